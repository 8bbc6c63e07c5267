/**
 * The app with the keyboard alone, in real headless Chromium: a clerk opens a report file, fills a
 * cell, fixes the finding it raises and exports a draft without touching the mouse (the page counts
 * pointer events: none may occur); the skip links keep the report open; dialogs keep the focus
 * inside and give it back; findings are read out politely while the focus stays in the cell.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import { fullReport } from "../builders.ts";
import { launchChromium, serveDir } from "../support/chromium.ts";
import { APP_SCREENS } from "./a11y-screens.ts";
import { getEdition } from "../../src/model/editions/index.ts";
import { cellSel, cellValue, goTo, startReport } from "./app-page.ts";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveDir();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  page = await context.newPage();
  errors.length = 0;
  page.on("pageerror", (e) => errors.push(e.message));
});
afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

/** what has the focus: its tag, data-cell, class and text */
const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLElement
      ? { tag: el.tagName, cell: el.dataset.cell ?? "", cls: el.className, text: (el.textContent ?? "").trim() }
      : null;
  });

/** Presses Tab (or Shift+Tab) until the focused element matches `selector` (and holds `text`). */
async function tabTo(p: Page, selector: string, { text = "", back = false, max = 400 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press(back ? "Shift+Tab" : "Tab");
    const hit = await p.evaluate(
      ([sel, t]) => {
        const el = document.activeElement;
        return el instanceof HTMLElement && el.matches(sel) && (el.textContent ?? "").includes(t);
      },
      [selector, text] as const,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

const N = "apply.newReceived.natural";

describe("the keyboard alone", () => {
  it("opens a report file, fills a cell, fixes the finding it raises and exports a draft, with no mouse", async () => {
    await page.addInitScript(() => {
      const w = window as unknown as { pointerEvents: number };
      w.pointerEvents = 0;
      for (const type of ["pointerdown", "mousedown", "wheel"])
        window.addEventListener(type, () => (w.pointerEvents += 1), { capture: true });
    });
    const report = fullReport("gb2021");
    const original = String(report.cells[N]);
    const file = join(mkdtempSync(join(tmpdir(), "nianbao-keys-")), "兴国镇2022年报.json");
    writeFileSync(file, writeReportFile(report));
    await page.goto(server.url);
    await page.waitForSelector(".start");

    // open the report file: the chooser opens from the keyboard, the summary dialog takes the focus
    await tabTo(page, 'input[aria-label="选择要打开的报告文件"]');
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
    await chooser.setFiles(file);
    await page.getByRole("dialog").waitFor();
    expect((await focused(page))?.text).toBe("打开（另存为新草稿）");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".editor");

    // the dialog's opener went with the start page: the focus is on the work area, not lost
    expect((await focused(page))?.cls).toContain("editor__main");
    // the skip link goes to the findings and the report stays open (the address is the app's route)
    await tabTo(page, ".skip-link", { text: "跳到检查结果", back: true });
    await page.keyboard.press("Enter");
    expect((await focused(page))?.text).toBe("检查结果");
    expect(await page.locator(".editor").count()).toBe(1);

    // to table 三 by the sections list, into its first cell, named by its row and column
    await tabTo(page, ".section-nav__item", { text: "三、收到和处理政府信息公开申请情况", back: true });
    await page.keyboard.press("Enter");
    await tabTo(page, cellSel(N));
    const cell = page.getByRole("textbox", { name: "一、本年新收政府信息公开申请数量 自然人", exact: true });
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);

    // fill it: the finding is marked on the cell and read out, and the focus stays in the cell
    await page.keyboard.type(String(Number(original) + 7));
    await expect.poll(() => page.getAttribute(cellSel(N), "aria-invalid")).toBe("true");
    const live = page.getByRole("status", { name: "检查结果的变化" });
    await expect.poll(() => live.textContent(), { timeout: 10_000 }).toContain("自然人列");
    expect((await focused(page))?.cell).toBe(N);

    // fix it from the findings panel: Enter on the finding goes to its cell
    await tabTo(page, ".finding__message", { text: "自然人列" });
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page))?.cell).toBe(N);
    await page.keyboard.type(original);
    await expect.poll(() => page.getAttribute(cellSel(N), "aria-invalid")).toBe(null);
    await expect
      .poll(() => live.textContent(), { timeout: 10_000 })
      .toMatch(/已解决 \d+ 项。现有错误 0 项，警告 0 项。$/);

    // export a draft web page from the menu
    await tabTo(page, ".export-menu__button", { back: true });
    await page.keyboard.press("Enter");
    expect((await focused(page))?.text).toContain("最终版 Word");
    await tabTo(page, ".export-menu__item", { text: "草稿网页" });
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/（草稿）\.html$/);
    expect(readFileSync(await download.path(), "utf8")).toContain("草稿");
    await expect.poll(async () => (await focused(page))?.text).toBe("导出 ▾");
    expect(await cellValue(page, N)).toBe(original);

    expect(await page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents)).toBe(0);
  });

  it("keeps the focus inside a dialog at both ends, and gives it back when the dialog closes", async () => {
    const screen = APP_SCREENS.find((s) => s.name === "还不能导出最终版");
    if (!screen) throw new Error("screen");
    await screen.open({ page, url: server.url });
    const inDialog = () => page.evaluate(() => document.activeElement?.closest("dialog[open]") !== null);
    const stops = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      expect(await inDialog()).toBe(true);
      stops.add((await focused(page))?.text ?? "");
    }
    expect(stops.has("返回修改")).toBe(true);
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Shift+Tab");
      expect(await inDialog()).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await focused(page))?.text).toBe("导出 ▾");
  });

  it("after deleting a draft, the focus goes to the list of drafts, not to the page's start", async () => {
    const screen = APP_SCREENS.find((s) => s.name === "删除草稿");
    if (!screen) throw new Error("screen");
    await screen.open({ page, url: server.url });
    await tabTo(page, "dialog button", { text: "删除" });
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".drafts__item").count()).toBe(0);
    expect((await focused(page))?.text).toBe("我的草稿");
  });
});

const TABLE_SECTIONS = [2020, 2024].flatMap((year) => {
  const edition = getEdition(year === 2020 ? "gb2019" : "gb2021");
  return (edition?.sections ?? [])
    .filter((s) => s.table)
    .map((s) => [`${s.heading}（${year} 年度）`, year, s.heading] as const);
});

describe("Tab through a whole table", () => {
  it.each(TABLE_SECTIONS)(
    "%s: reaches every cell to fill and every unit choice, in order",
    async (_name, year, heading) => {
      await startReport(page, server.url, undefined, year);
      await goTo(page, heading);
      await tabTo(page, ".grid input");
      const visited: string[] = [];
      for (let i = 0; i < 400; i++) {
        const at = await page.evaluate(() => {
          const el = document.activeElement;
          if (!(el instanceof HTMLElement) || !el.closest(".grid")) return null;
          // a total passed on the way out of the table is read-only: nothing to do there
          if (el instanceof HTMLInputElement && el.readOnly) return "";
          return el instanceof HTMLSelectElement
            ? `unit:${el.getAttribute("aria-label") ?? ""}`
            : (el.dataset.cell ?? "");
        });
        if (at === null) break;
        if (at !== "") visited.push(at);
        await page.keyboard.press("Tab");
      }
      const expected = await page.$$eval(".grid input:not([readonly]), .grid select", (els) =>
        els.map((el) =>
          el instanceof HTMLSelectElement
            ? `unit:${el.getAttribute("aria-label") ?? ""}`
            : ((el as HTMLElement).dataset.cell ?? ""),
        ),
      );
      expect(expected.length).toBeGreaterThan(5);
      expect(visited).toEqual(expected);
    },
  );
});
