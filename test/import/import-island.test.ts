/**
 * The published page's data island: every fixture report comes back exactly (cells, organisation,
 * year, text — the file as the door reads it) from the page nianbao wrote, also after a CMS
 * rewrote its tables; a number changed by hand after publishing is kept as shown and named for
 * review; a hostile island (another format, too big, too deep, broken) is not used and the page is
 * read as shown, with the reason; no text can close the island's element.
 */
import { readdirSync, readFileSync } from "node:fs";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { importReport } from "../../src/import/index.ts";
import { MAX_ISLAND_CHARS } from "../../src/import/limits.ts";
import { readReportFile, writeReportFile } from "../../src/import/report-file.ts";
import { computeReport } from "../../src/model/compute.ts";
import type { Report } from "../../src/model/types.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { editionOf, fullReport, prevOf } from "../builders.ts";

const FIXTURES = ["reports", "seeds"].flatMap((dir) => {
  const folder = new URL(`../fixtures/${dir}/`, import.meta.url);
  return readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const read = readReportFile(readFileSync(new URL(f, folder), "utf8"));
      if (!read.ok) throw new Error(`${f}: ${JSON.stringify(read.errors)}`);
      return { name: `${dir}/${f}`, report: read.report };
    });
});

const page = (report: Report, draft = false) => renderReportHtml(report, { draft, reportFile: writeReportFile });

async function imported(html: string) {
  const r = await importReport({ name: "年报.html", bytes: new TextEncoder().encode(html) });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

/** The report as its file holds it (what the door reads back from what the serialiser wrote). */
const asFiled = (report: Report) => {
  const read = readReportFile(writeReportFile(report));
  if (!read.ok) throw new Error("not a valid report");
  return read.report;
};

/** What a portal's CMS does to a pasted page: styles, widths and classes, th as td, no thead/tbody/colgroup, numbers wrapped. */
function cmsRewrite(html: string): string {
  return html
    .replace(/ style="[^"]*"/g, ' class="MsoNormal"')
    .replace(/<(\/?)th\b/g, "<$1td")
    .replace(/<\/?(?:thead|tbody|colgroup)>/g, "")
    .replace(/<col [^>]*>/g, "")
    .replace(/ (?:scope|data-cell|data-table)="[^"]*"/g, "")
    .replace(
      /(<td[^>]*>)(\d[\d.]*)(<\/td>)/g,
      '$1<p class="MsoNormal" align="center"><span lang="EN-US">$2</span>&nbsp;</p>$3',
    )
    .replace(/<td /g, '<td width="61" nowrap valign="middle" ');
}

/** The page with one shown number changed, as an editor would in the CMS after publishing. */
function handEdited(html: string, cell: string, value: number): string {
  const at = html.indexOf(`data-cell="${cell}"`);
  const open = html.indexOf(">", at) + 1;
  const close = html.indexOf("</td>", open);
  return `${html.slice(0, open)}${value}${html.slice(close)}`;
}

describe("round trip through the data island", () => {
  it.each(FIXTURES)("$name comes back exactly, final and draft", async ({ report }) => {
    for (const draft of [false, true]) {
      const r = await imported(page(report, draft));
      expect(r.report).toEqual(asFiled(report));
      expect([r.report.year, r.report.org, r.report.cells]).toEqual([report.year, report.org, report.cells]);
      expect(r.summary).toMatchObject({ source: "html", differences: [], ambiguous: [], deviations: [] });
      expect(r.summary.notes.join("")).toContain("网页中带有本软件写入的报告数据");
      expect(r.summary.origins.org).toBe("网页中的报告数据");
    }
  });

  it.each(["gb2019", "gb2021"])(
    "a %s report with last year's figures, typed entries and explanations comes back whole",
    async (id) => {
      const report = fullReport(id, 2);
      const prev = prevOf(report);
      report.previous = {
        year: prev.year,
        edition: prev.edition,
        cells: prev.cells,
        narrative: { problems: "去年的问题" },
      };
      report.explanations = [
        { rule: "R3-05", target: { kind: "cells", cells: ["apply.carriedOver.natural"] }, text: "上年结转有误" },
      ];
      delete report.cells["apply.newReceived.natural"];
      report.typed = { "apply.newReceived.natural": "十二" };
      const r = await imported(page(report, true));
      expect(r.report).toEqual(asFiled(report));
      expect(r.summary.differences).toEqual([]);
    },
  );

  it.each(FIXTURES)("$name comes back exactly after a CMS rewrote the tables", async ({ report }) => {
    const rewritten = cmsRewrite(page(report));
    expect(rewritten).not.toContain("data-cell");
    const r = await imported(rewritten);
    expect(r.report).toEqual(asFiled(report));
    expect(r.summary.differences).toEqual([]);
  });

  it("comes back exactly when the CMS dropped the tables altogether, and says the tables were not compared", async () => {
    const report = fullReport("gb2021");
    const html = page(report).replace(/<table[\s\S]*?<\/table>/g, "<p>（表格见附件）</p>");
    const r = await imported(html);
    expect(r.report).toEqual(asFiled(report));
    expect(r.summary.differences).toEqual([]);
  });

  it("reads the island from a page saved as .mht and from pasted markup", async () => {
    const report = fullReport("gb2019");
    const html = page(report);
    const pasted = await importReport({ name: "粘贴的内容", text: html });
    if (!pasted.ok) throw new Error(pasted.reason);
    expect(pasted.report).toEqual(asFiled(report));
    const mht = [
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; boundary="B"',
      "",
      "--B",
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      html,
      "--B--",
      "",
    ].join("\r\n");
    const saved = await importReport({ name: "年报.mht", bytes: new TextEncoder().encode(mht) });
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.report).toEqual(asFiled(report));
  });
});

describe("a number changed by hand after publishing", () => {
  const report = fullReport("gb2021");
  const edition = editionOf("gb2021");
  const shown = computeReport(edition, report).value;
  const cell = "apply.result.granted.natural";
  const was = shown[cell] ?? 0;

  it("is kept as the page shows it, named in the summary with both numbers, and its shown total stated and checked", async () => {
    const r = await imported(handEdited(page(report), cell, was + 5));
    expect(r.report.cells[cell]).toBe(was + 5);
    expect(r.summary.differences).toEqual([
      { cell, name: edition.cells.find((c) => c.id === cell)?.name, data: was, shown: was + 5 },
    ]);
    expect(r.summary.cells[cell]).toEqual({ text: String(was + 5), reading: "differs" });
    expect(r.summary.notes.join("")).toContain("1 格数字与网页中的报告数据不同");
    // the totals over it the page shows are the published ones: stated, and the rules find they no longer add up
    const totals = ["apply.result.granted.total", "apply.result.total.natural", "apply.result.total.total"];
    for (const t of totals) expect(r.report.cells[t]).toBe(shown[t]);
    expect(r.summary.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["R3-02", "R3-03"]));
    // everything else is the data's
    const rest = Object.fromEntries(
      Object.entries(r.report.cells).filter(([id]) => id !== cell && !totals.includes(id)),
    );
    const { [cell]: _a, ...original } = report.cells;
    expect(rest).toEqual(original);
    expect(r.report.narrative).toEqual(report.narrative);
  });

  it("is found after a CMS rewrite too, and a changed total is kept and named", async () => {
    const total = "apply.newReceived.total";
    const html = cmsRewrite(handEdited(handEdited(page(report), cell, was + 1), total, (shown[total] ?? 0) + 7));
    const r = await imported(html);
    expect(r.summary.differences.map((d) => [d.cell, d.shown])).toEqual([
      [total, (shown[total] ?? 0) + 7],
      [cell, was + 1],
    ]);
    expect(r.report.cells[total]).toBe((shown[total] ?? 0) + 7);
  });
});

describe("a hostile island", () => {
  const report = fullReport("gb2021");
  const html = page(report);
  const withIsland = (text: string) =>
    html.replace(/(<script type="application\/json" id="nianbao-report">)[^<]*(<\/script>)/, `$1${text}$2`);
  const visible = async () => imported(withIsland(""));

  it.each([
    ["of another format", JSON.stringify({ format: "other.report", version: 1 }), "format"],
    ["invalid JSON", '{"format": "nianbao.report", ', "JSON"],
    ["nested deep", `${"[".repeat(100_000)}${"]".repeat(100_000)}`, "报告"],
    [
      "with a wrong cell",
      writeReportFile({ ...report, cells: { ...report.cells, "no.such.cell": 1 } }),
      "no.such.cell",
    ],
    ["too big", `"${"x".repeat(MAX_ISLAND_CHARS + 10)}"`, "超过"],
  ])("%s is not used: the page is read as shown, and the summary says why", async (_what, island, reason) => {
    const r = await imported(withIsland(island));
    const note = r.summary.notes.find((n) => n.startsWith("网页中的报告数据"));
    expect(note).toContain(reason);
    expect(note).toContain("按网页上显示的内容导入");
    expect(r.report).toEqual((await visible()).report);
    expect(r.summary.origins.org).not.toBe("网页中的报告数据");
  });

  it("and no tables: refused with the page's reason and the island's", async () => {
    const bare = `<html><body><p>通知</p><script type="application/json" id="nianbao-report">{"format":1}</script></body></html>`;
    const r = await importReport({ name: "a.html", text: bare });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason).toMatch(/^网页中没有.*（网页中的报告数据无效（.*），没有使用：按网页上显示的内容导入）$/);
  });
});

describe("the island's element", () => {
  const CLOSERS = "</script><!--<script>alert(1)</script>--></SCRIPT ><!-- \u2028\u2029 & &amp; <![CDATA[ ]]>";
  const report = fullReport("gb2019");
  report.org = { ...report.org, name: `机关${CLOSERS}`, shortName: `简称${CLOSERS}` };
  report.narrative = { ...report.narrative, other: `其他${CLOSERS}\n第二段 </script >` };
  report.explanations = [
    { rule: "R3-05", target: { kind: "cells", cells: ["apply.carriedOver.natural"] }, text: CLOSERS },
  ];
  const html = page(report);

  it("holds no text that could close it or open a comment", () => {
    const island = /<script type="application\/json" id="nianbao-report">([^<]*)<\/script>/.exec(html)?.[1] ?? "";
    expect(island.length).toBeGreaterThan(1000);
    expect(island).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(island)).toEqual(JSON.parse(writeReportFile(report)));
  });

  it("is the page's only script, and the page ends after it as written", () => {
    const doc = parseDocument(html);
    const scripts = DomUtils.findAll((e) => e.name === "script", doc.children);
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(DomUtils.textContent(scripts))).toEqual(JSON.parse(writeReportFile(report)));
    expect(html.endsWith("</script>\n</body>\n</html>\n") || html.endsWith("</script>\n</body>\n</html>")).toBe(true);
  });

  it("gives the report back exactly", async () => {
    expect((await imported(html)).report).toEqual(asFiled(report));
  });
});
