/**
 * The published page in real headless Chromium: the tables' grids read back from the DOM match
 * the official layout and the report's values; hostile text stays visible text and runs nothing;
 * no request leaves the page; on a 375 px phone the page does not scroll sideways (wide tables
 * scroll inside their own box), and on a desktop every table fits.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/model/types.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { fullReport } from "../builders.ts";
import { launchChromium } from "../support/chromium.ts";
import { pdfText } from "../support/libreoffice.ts";
import { HOSTILE, HOSTILE_URL, hostileReport } from "../support/hostile.ts";
import { expectedGrids } from "../support/view-grid.ts";
import { writeReportFile } from "../../src/import/report-file.ts";

interface DomTable {
  id: string;
  caption: string;
  rows: {
    cells: { tag: string; scope: string; rowSpan: number; colSpan: number; text: string; cell: string | null }[];
  }[];
  head: number;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Loads the page with every request recorded and refused, and every dialog recorded. */
async function open(
  html: string,
  width: number,
): Promise<{ page: Page; requests: string[]; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: true });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await page.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setContent(html, { waitUntil: "load" });
  await page.waitForTimeout(100);
  return { page, requests, dialogs, errors };
}

const readTables = (page: Page): Promise<DomTable[]> =>
  page.$$eval("table", (tables) =>
    tables.map((t) => ({
      id: t.getAttribute("data-table") ?? "",
      caption: t.caption?.textContent ?? "",
      head: t.tHead ? t.tHead.rows.length : 0,
      rows: [...t.rows].map((tr) => ({
        cells: [...tr.cells].map((c) => ({
          tag: c.tagName.toLowerCase(),
          scope: c.getAttribute("scope") ?? "",
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
          text: (c.textContent ?? "").trim(),
          cell: c.getAttribute("data-cell"),
        })),
      })),
    })),
  );

/** text and owner of each grid position, from the DOM's rowSpan/colSpan */
function expand(table: DomTable) {
  const text: string[][] = [];
  const owner: string[][] = [];
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (owner[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) {
          (text[r + dr] ??= [])[c + dc] = cell.text;
          (owner[r + dr] ??= [])[c + dc] = `${r},${c}`;
        }
      c += cell.colSpan;
    }
  });
  return { text, owner };
}

describe.each([["gb2019"], ["gb2021"]])("the %s page in Chromium", (editionId) => {
  const report: Report = fullReport(editionId);
  report.narrative.preamble = ""; // the standard preface, with a link to the site

  it("reads back every table's grid, spans and values as the edition lays them out, with no request", async () => {
    const { page, requests, dialogs, errors } = await open(
      renderReportHtml(report, { draft: false, reportFile: writeReportFile }),
      1280,
    );
    const tables = await readTables(page);
    const expected = expectedGrids(report);
    expect(tables.map((t) => t.id)).toEqual(expected.map((e) => e.table.id));
    // each table is named by its section's heading (a caption a screen reader announces)
    const headings = await page.$$eval("section", (ss) =>
      ss.filter((s) => s.querySelector("table")).map((s) => s.querySelector("h2")?.textContent ?? ""),
    );
    expect(tables.map((t) => t.caption)).toEqual(headings);
    expect(headings.every((h) => h !== "")).toBe(true);
    tables.forEach((table, i) => {
      const want = expected[i];
      if (!want) throw new Error("table");
      const got = expand(table);
      expect(got.text, table.id).toEqual(want.text);
      expect(got.owner, table.id).toEqual(want.owner);
      expect(table.head, table.id).toBe(want.table.rows.filter((r) => r.kind === "head").length);
      const cells = table.rows.flatMap((r) => r.cells);
      for (const v of want.values) expect(cells.find((c) => c.cell === v.id)?.text, v.id).toBe(v.text);
      for (const c of cells.filter((x) => x.tag === "th"))
        expect(["col", "row", "colgroup", "rowgroup"]).toContain(c.scope);
    });
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")))).toEqual([
      "http://www.qinan.gov.cn/",
    ]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a 375 px phone: the page never scrolls sideways, wide tables scroll in their own box", async () => {
    const { page } = await open(renderReportHtml(report, { draft: false, reportFile: writeReportFile }), 375);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      boxes: [...document.querySelectorAll<HTMLElement>(".nb-scroll")].map((b) => ({
        id: b.querySelector("table")?.getAttribute("data-table"),
        scrolls: b.scrollWidth > b.clientWidth,
        overflow: getComputedStyle(b).overflowX,
      })),
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.boxes.find((b) => b.id === "review")).toMatchObject({ scrolls: true, overflow: "auto" });
    await page.close();
    const desktop = await open(renderReportHtml(report, { draft: false, reportFile: writeReportFile }), 1280);
    const scrolls = await desktop.page.$$eval(".nb-scroll", (boxes) => boxes.map((b) => b.scrollWidth > b.clientWidth));
    expect(scrolls).toEqual([false, false, false]);
    await desktop.page.close();
  });
});

describe.each([["gb2019"], ["gb2021"]])("the %s page's data island and graphic in Chromium", (editionId) => {
  const report: Report = fullReport(editionId);
  report.narrative.other = "结尾</script><script>alert('island')</script><!-- \u2028\u2029";
  const html = renderReportHtml(report, { draft: false, reportFile: writeReportFile });

  it("holds the report file as data: one script element, never run, its text the file exactly", async () => {
    const { page, requests, dialogs, errors } = await open(html, 1280);
    const island = await page.$$eval("script", (ss) => ss.map((s) => ({ type: s.type, id: s.id, text: s.text })));
    expect(island.map((s) => [s.type, s.id])).toEqual([["application/json", "nianbao-report"]]);
    expect(JSON.parse(island[0]?.text ?? "")).toEqual(JSON.parse(writeReportFile(report)));
    // no text escaped the element: the page ends with it, and the text of 六 shows as written
    expect(await page.evaluate(() => document.body.lastElementChild?.tagName)).toBe("SCRIPT");
    expect(await page.evaluate(() => document.body.innerText)).toContain(
      "结尾</script><script>alert('island')</script>",
    );
    expect([requests, dialogs, errors]).toEqual([[], [], []]);
    await page.close();
  });

  it("shows the one-column graphic on a phone, the two-column one on a desktop and in print, each legible", async () => {
    const shown = async (width: number, media: "screen" | "print") => {
      const { page } = await open(html, width);
      await page.emulateMedia({ media });
      const charts = await page.$$eval(".nb-chart svg", (svgs) =>
        (svgs as SVGSVGElement[]).map((svg) => {
          const box = svg.getBoundingClientRect();
          const viewBox = svg.viewBox.baseVal;
          const sizes = [...svg.querySelectorAll("text")].map((t) => Number(t.getAttribute("font-size") ?? 0));
          return {
            visible: box.width > 0,
            columns: viewBox.width > 600 ? 2 : 1,
            width: box.width,
            // the smallest text as drawn, in CSS px
            smallest: (Math.min(...sizes) * box.width) / viewBox.width,
            name: svg.getAttribute("aria-labelledby"),
          };
        }),
      );
      const page_ = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
      }));
      await page.close();
      return { visible: charts.filter((c) => c.visible), page: page_ };
    };
    const phone = await shown(375, "screen");
    expect(phone.visible.map((c) => c.columns)).toEqual([1]);
    expect(phone.visible[0]?.smallest).toBeGreaterThanOrEqual(12);
    expect(phone.page.page).toBeLessThanOrEqual(phone.page.view);
    const desktop = await shown(1280, "screen");
    expect(desktop.visible.map((c) => c.columns)).toEqual([2]);
    expect(desktop.visible[0]?.smallest).toBeGreaterThanOrEqual(12);
    const print = await shown(1280, "print");
    expect(print.visible.map((c) => c.columns)).toEqual([2]);
  });
});

describe("the printed page", () => {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-print-"));
  const printed = async (draft: boolean): Promise<string[]> => {
    const { page } = await open(renderReportHtml(fullReport("gb2021"), { draft, reportFile: writeReportFile }), 1280);
    const pdf = join(dir, `${draft ? "draft" : "final"}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    return (await pdfText(pdf)).split("\f").filter((t) => t.trim() !== "");
  };

  it("marks every printed page of a draft 草稿, and no page of a final", async () => {
    const draft = await printed(true);
    expect(draft.length).toBeGreaterThan(2);
    // the mark is set at an angle, so its two characters come out of the PDF on separate lines
    for (const text of draft) expect([text.includes("草"), text.includes("稿")]).toEqual([true, true]);
    const final = await printed(false);
    expect(final.length).toBe(draft.length);
    for (const text of final) expect([text.includes("草"), text.includes("稿")]).toEqual([false, false]);
  });
});

describe("hostile text in Chromium", () => {
  it("(control) the harness does see a dialog and a request when a page has them", async () => {
    const { page, requests, dialogs } = await open(
      '<img src="http://127.0.0.1:9/x.png"><script>alert("ran")</script>',
      800,
    );
    expect(dialogs).toEqual(["ran"]);
    expect(requests).toEqual(["http://127.0.0.1:9/x.png"]);
    await page.close();
  });

  it.each(["gb2019", "gb2021"])("%s: every string shows as text; nothing runs, nothing loads", async (editionId) => {
    const { page, requests, dialogs, errors } = await open(
      renderReportHtml(hostileReport(editionId), { draft: true, reportFile: writeReportFile }),
      1280,
    );
    // the one script element is the data island: JSON that never runs, holding the report file exactly
    expect(await page.$$("img, iframe, object, embed")).toHaveLength(0);
    const scripts = await page.$$eval("script", (ss) => ss.map((s) => ({ type: s.type, id: s.id, text: s.text })));
    expect(scripts.map((s) => [s.type, s.id])).toEqual([["application/json", "nianbao-report"]]);
    expect(JSON.parse(scripts[0]?.text ?? "")).toEqual(JSON.parse(writeReportFile(hostileReport(editionId))));
    const text = await page.evaluate(() => document.body.innerText);
    for (const tag of ["简称", "网站", "办公室", "问题", "其他", "输入"]) expect(text).toContain(`${tag}${HOSTILE}`);
    expect(text).toContain(HOSTILE_URL);
    expect(await page.$$eval("a", (as) => as.map((a) => a.href))).toEqual(["http://example.cn/a"]);
    expect(await page.title()).toContain(`简称${HOSTILE}`);
    expect(await page.isVisible("text=草稿")).toBe(true);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
