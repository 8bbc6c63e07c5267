/**
 * What a first-time clerk tripped over (issue 12), and the grouped findings of issue 15, in real
 * headless Chromium against the built app. Each test runs in Asia/Shanghai with Chromium's clock
 * set, so "on 1 December" and "published on time" mean the same on any machine.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import type { Report } from "../../src/model/types.ts";
import { fullReport, prevOf } from "../builders.ts";
import { launchChromium, serveDir } from "../support/chromium.ts";
import { cellDescription, cellSel, cellValue, goTo, saved, startReport, typeCell } from "./app-page.ts";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext | undefined;
const errors: string[] = [];
const dir = mkdtempSync(join(tmpdir(), "nianbao-clerk-"));

beforeAll(async () => {
  server = await serveDir();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(errors).toEqual([]);
  errors.length = 0;
});

/** A page in Shanghai at 1366×768 whose clock says `at`. */
async function pageAt(at: string): Promise<Page> {
  context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(at));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    // the preview's frame is sandboxed without scripts: Chromium says so when the test driver's own
    // helper script is refused there (the page itself has no script)
    if (m.type() === "error" && !m.text().startsWith("Blocked script execution in 'about:srcdoc'"))
      errors.push(m.text());
  });
  return page;
}

/** A clean 2022 report (nothing blocks), last year's figures and text kept with it. */
function cleanReport(): Report {
  const report = fullReport("gb2021");
  const prev = prevOf(report);
  report.previous = {
    year: prev.year,
    edition: prev.edition,
    cells: prev.cells,
    narrative: { problems: "去年的问题是培训不够，已在本年度整改。" },
  };
  return report;
}

/** Opens a report file from the start page (a new draft). */
async function openFile(page: Page, report: Report, name = "报告.json"): Promise<void> {
  const file = join(dir, `${Date.now()}-${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(file, writeReportFile(report));
  await page.setInputFiles('input[aria-label="选择要打开的报告文件"]', file);
  await page.getByRole("dialog").getByRole("button", { name: "打开（另存为新草稿）" }).click();
  await page.waitForSelector(".editor");
}

const N = "apply.newReceived.natural";
const finding = (page: Page, rule: string) => page.locator(`.findings .finding[data-rule="${rule}"]`);
const describedBy = cellDescription;

describe("start and drafts", () => {
  it("on 1 December the new-report form offers this year's report (due next 31 January), in Shanghai time", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    expect(await page.getByLabel("报告年度").inputValue()).toBe("2025");
    // 31 January 23:30 in Shanghai (15:30 UTC): last year's report is still the one due
    await page.clock.setFixedTime(new Date("2026-01-31T15:30:00Z"));
    await page.reload();
    expect(await page.getByLabel("报告年度").inputValue()).toBe("2025");
    // 1 February 00:30 in Shanghai, still 31 January in UTC: this year's
    await page.clock.setFixedTime(new Date("2026-01-31T16:30:00Z"));
    await page.reload();
    expect(await page.getByLabel("报告年度").inputValue()).toBe("2026");
  });

  it("keeps 开始填写 in view at 1366×768; a failed submit takes the clerk to 机关全称, and the mark and the message agree", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    const submit = page.getByRole("button", { name: "开始填写" });
    const box = await submit.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
    // far down the form, with only the short name
    await page.getByLabel("简称", { exact: true }).fill("兴国镇");
    await page.getByLabel("电子邮箱").focus();
    await page.mouse.wheel(0, 2000);
    expect(await submit.boundingBox().then((b) => b && b.y + b.height <= 768)).toBe(true);
    await submit.click();
    expect(await page.getByRole("alert").textContent()).toBe("请填写机关全称。");
    expect(await page.locator(".field__label", { hasText: "机关全称" }).textContent()).toBe("机关全称 *");
    expect(await page.locator(".field__label", { hasText: "简称" }).textContent()).toBe("简称");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel("机关全称").getAttribute("id"),
    );
    const name = await page.getByLabel("机关全称").boundingBox();
    expect(name && name.y >= 0 && name.y + name.height <= 768).toBe(true);
  });

  it("with no drafts, says where drafts are kept (this exact address) and offers to open a report file", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    const none = page.locator(".drafts__none");
    expect(await none.textContent()).toContain(server.url);
    expect(await none.textContent()).toContain("localhost 与 127.0.0.1 是两个地址");
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      none.getByRole("button", { name: "打开报告文件…" }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(false);
  });

  it("opening a draft without changing it keeps its 最后修改 time and its place; cards show errors red and warnings orange", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    const older = cleanReport();
    older.org.kind = "township"; // R2-04 (a warning): the 规章 row is not 0
    older.cells["apply.result.total.natural"] = 999; // R3-03 (an error): a stated total ≠ its parts
    await openFile(page, older, "older.json");
    await saved(page);
    await page.getByRole("button", { name: /首页/ }).click();
    await page.clock.setFixedTime(new Date("2025-12-02T10:00:00+08:00"));
    const newer = cleanReport();
    newer.org = { ...newer.org, name: "青石镇人民政府", shortName: "青石镇" };
    await openFile(page, newer, "newer.json");
    await saved(page);
    await page.getByRole("button", { name: /首页/ }).click();
    const items = page.locator(".drafts__item");
    const titles = () => items.locator(".drafts__title").allTextContents();
    await expect.poll(() => items.count()).toBe(2);
    const order = ["青石镇2022年政府信息公开工作年度报告", "兴国镇2022年政府信息公开工作年度报告"];
    expect(await titles()).toEqual(order);
    expect(await items.nth(1).textContent()).toContain("最后修改：12月1日 09:00");
    // a day later the older draft is opened, looked at and closed without a change
    await page.clock.setFixedTime(new Date("2025-12-03T11:00:00+08:00"));
    await items.nth(1).getByRole("button", { name: /^打开/ }).click();
    await page.waitForSelector(".editor");
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    await page.getByRole("button", { name: /首页/ }).click();
    await expect.poll(() => items.count()).toBe(2);
    expect(await titles()).toEqual(order);
    expect(await items.nth(1).textContent()).toContain("最后修改：12月1日 09:00");
    // the older one has an error and a warning, each in its severity's colour
    const error = items.nth(1).locator(".badge--E");
    const warning = items.nth(1).locator(".badge--W");
    expect(await error.textContent()).toBe("错误 2"); // R3-03 and, with it, R3-01
    expect(await warning.textContent()).toBe("警告 1");
    const colour = (l: typeof error) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [red, orange] = [await colour(error), await colour(warning)];
    const rgb = (c: string) => c.match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
    const [er, eg] = rgb(red);
    const [wr, wg] = rgb(orange);
    expect((er ?? 0) > 150 && (eg ?? 255) < 90).toBe(true); // red
    expect((wr ?? 0) > 200 && (wg ?? 0) > 120 && (wg ?? 0) < 200).toBe(true); // orange
  });

  it("starts next year's report from a draft, with the same carry-over as from last year's file", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    const prev = cleanReport(); // 2022
    await openFile(page, prev);
    await saved(page);
    await page.getByRole("button", { name: /首页/ }).click();
    await page
      .locator(".drafts__item")
      .getByRole("button", { name: /开始 2023 年度报告/ })
      .click();
    await page.waitForSelector(".editor");
    expect(await page.locator(".editor-header h1").textContent()).toBe("兴国镇2023年政府信息公开工作年度报告");
    expect(await page.locator(".notice-bar").textContent()).toContain("带入 6 格数字");
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    for (const c of ["natural", "commercial", "research", "publicWelfare", "legalService", "otherOrg"])
      expect(await cellValue(page, `apply.carriedOver.${c}`)).toBe(String(prev.cells[`apply.carryForward.${c}`]));
    // last year's figures are there for the cross-year rules: none is skipped
    expect(await page.locator(".findings__skipped").count()).toBe(0);
    expect(await page.locator(".section-nav__item", { hasText: "一、总体情况" }).textContent()).toContain("待核对");
    // and the draft it came from is still there
    await page.getByRole("button", { name: /首页/ }).click();
    await expect.poll(() => page.locator(".drafts__item").count()).toBe(2);
  });

  it("reminds the clerk to save the report file after many changes, until it is saved", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    const reminder = page.locator(".storage-banner", { hasText: "建议导出报告文件" });
    const cells = await page
      .locator(".grid [data-cell]:not([readonly])")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-cell") ?? ""));
    for (const id of cells.slice(0, 29)) await page.fill(cellSel(id), "1");
    expect(await reminder.count()).toBe(0);
    await page.fill(cellSel(cells[29] ?? ""), "1");
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain("自开始填写以来已修改 30 次");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      reminder.getByRole("button", { name: "导出报告文件（.json）" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await expect.poll(() => reminder.count()).toBe(0);
    // kept with the draft: after a reload, 29 more changes are not yet "many"
    await saved(page);
    await page.reload();
    await page.waitForSelector(".editor");
    expect(await reminder.count()).toBe(0);
  });
});

describe("in the tables", () => {
  it("shows last year's figures beside this year's, in each cell's description and as a muted value", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    const report = cleanReport();
    await openFile(page, report);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    const prevCarried = report.previous?.cells["apply.carryForward.natural"];
    const last = report.previous?.cells["apply.carriedOver.natural"];
    expect(await page.locator(`td:has(${cellSel("apply.carriedOver.natural")}) .cell__prev`).textContent()).toBe(
      String(last),
    );
    expect(await describedBy(page, "apply.carriedOver.natural")).toContain(`上年：${last}`);
    // 上年结转 this year = 结转下年度 last year (R3-05): both visible at a glance
    expect(await page.locator(`td:has(${cellSel("apply.carryForward.natural")}) .cell__prev`).textContent()).toBe(
      String(prevCarried),
    );
    await goTo(page, "二、主动公开政府信息情况");
    const valid = report.previous?.cells["active.normativeDocs.valid"];
    expect(await describedBy(page, "active.normativeDocs.valid")).toContain(`上年：${valid}`);
  });

  it("shows the focused cell's message and 填报口径 below the work area, covering no cell or label; Enter moves down as the hint says", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    expect(await page.locator(".section__help").textContent()).toContain("Enter 移到下一行（与 Excel 相同）");
    const bar = page.locator(".cell-status");
    expect(await bar.textContent()).toContain("Enter 移到下一行");
    await typeCell(page, "apply.result.partial.natural", "十二");
    await expect.poll(() => bar.textContent()).toContain("「十二」不是数字");
    expect(await bar.textContent()).toContain("区分处理的申请（部分公开、部分不公开）只计入“（二）部分公开”");
    expect(await bar.textContent()).toContain("出处：年度报告格式（国办公开办函〔2021〕30号）的表格原文");
    // the bar lies below the scrolling work area: no cell or label of the grid is under it
    const barBox = await bar.boundingBox();
    const main = await page.locator("#main").boundingBox();
    expect(barBox && main && barBox.y >= main.y + main.height - 1).toBe(true);
    // what is shown of each cell and label (clipped by the scrolling work area) lies above the bar
    const overlaps = await page.evaluate((b) => {
      const main = document.querySelector("#main")?.getBoundingClientRect();
      if (!b || !main) return -1;
      return [...document.querySelectorAll(".grid th, .grid td")].filter((el) => {
        const r = el.getBoundingClientRect();
        const top = Math.max(r.top, main.top);
        const bottom = Math.min(r.bottom, main.bottom);
        return bottom > top && bottom > b.y && top < b.y + b.height && r.right > b.x && r.left < b.x + b.width;
      }).length;
    }, barBox);
    expect(overlaps).toBe(0);
    expect(await page.locator(".grid td, .grid th").count()).toBeGreaterThan(100);
    // the cell's own description says the same, for a screen reader
    expect(await describedBy(page, "apply.result.partial.natural")).toContain("「十二」不是数字");
    expect(await describedBy(page, "apply.result.partial.natural")).toContain("出处：");
    // 填报口径 beside the table, each note with its source
    await page.locator(".counting-help summary").click();
    const notes = page.locator(".counting-help__note");
    expect(await notes.count()).toBe(6);
    for (const text of await notes.allTextContents()) expect(text).toContain("出处：");
    // Enter moves down, as in Excel
    await page.click(cellSel(N));
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).toBe(
      "apply.carriedOver.natural",
    );
  });

  it("pastes a block copied with its label column (numbers only, and says so); a paste error goes when the clerk moves on", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await context?.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    const paste = async (id: string, text: string) => {
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await page.click(cellSel(id));
      await page.keyboard.press("Control+V");
    };
    await paste(
      N,
      "一、本年新收政府信息公开申请数量\t7\t1\t0\t0\t0\t2\n二、上年结转政府信息公开申请数量\t3\t0\t0\t0\t0\t0\n",
    );
    expect(await cellValue(page, N)).toBe("7");
    expect(await cellValue(page, "apply.newReceived.otherOrg")).toBe("2");
    expect(await cellValue(page, "apply.carriedOver.natural")).toBe("3");
    const notice = page.locator(".notice-bar");
    expect(await notice.textContent()).toContain("已粘贴 12 格。跳过了粘贴内容中的标签（1 列），只粘贴数字。");
    // a refused paste: its message goes at the next edit…
    await paste("apply.result.granted.otherOrg", "1\t2\t3\n4\t5\t6");
    expect(await notice.textContent()).toContain("没有粘贴任何内容");
    await typeCell(page, "apply.result.granted.natural", "1");
    await expect.poll(() => notice.textContent()).toBe("");
    // …or in another section
    await paste("apply.result.granted.otherOrg", "1\t2\t3\n4\t5\t6");
    expect(await notice.textContent()).toContain("没有粘贴任何内容");
    await goTo(page, "四、政府信息公开行政复议、行政诉讼情况");
    await expect.poll(() => notice.textContent()).toBe("");
  });

  it("keeps `1 234` (a space inside digits) as typed and asks, as `1,2` is", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    await typeCell(page, N, "1 234");
    await page.keyboard.press("Tab");
    expect(await cellValue(page, N)).toBe("1 234");
    expect(await page.getAttribute(cellSel(N), "aria-invalid")).toBe("true");
    expect(await describedBy(page, N)).toContain("「1 234」数字中间有空格：是一个数还是两个数？");
    expect(await cellValue(page, "apply.newReceived.total")).toBe("");
  });
});

describe("text checks, fixes and find & replace", () => {
  it("flags clerks' phrasings and a stale year mid-paragraph, where the panel said 可以导出最终版", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    const report = cleanReport();
    await openFile(page, report);
    await expect.poll(() => page.locator(".findings__ok").first().textContent()).toContain("可以导出最终版");
    const received = String((report.cells[N] ?? 0) + (report.cells["apply.newReceived.commercial"] ?? 0) + 100);
    await goTo(page, "一、总体情况");
    await page.fill(
      'textarea[data-narrative="overview"]',
      `${report.narrative.overview}\n全年共收到申请${received}件。2021年本单位未发生政府信息公开工作责任追究情况。`,
    );
    await expect.poll(() => finding(page, "RD-04").count()).toBe(1);
    expect(await finding(page, "RD-04").textContent()).toContain(`写“收到申请${received}件”`);
    expect(await finding(page, "RD-07b").textContent()).toContain("把 2021 年当作本年度来写");
    expect(await page.locator(".findings__ok").count()).toBe(0);
  });

  it("fixes a known typo in one click, every place at once, as one undo step", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    await openFile(page, cleanReport());
    await goTo(page, "五、存在的主要问题及改进情况");
    const area = 'textarea[data-narrative="problems"]';
    const typed = "对逾期不补证的申请不再处理。逾期不补证的。逾期不补证的。做到公开、便民、高校。";
    await page.fill(area, typed);
    const typo = finding(page, "RD-10").filter({ hasText: "补证" });
    await expect.poll(() => typo.textContent()).toContain("（等 3 处）");
    await typo.getByRole("button", { name: "全部改为“补正”（3 处）" }).click();
    expect(await page.inputValue(area)).toBe(
      "对逾期不补正的申请不再处理。逾期不补正的。逾期不补正的。做到公开、便民、高校。",
    );
    await finding(page, "RD-10").getByRole("button", { name: "改为“高效”" }).click();
    expect(await page.inputValue(area)).toBe(
      "对逾期不补正的申请不再处理。逾期不补正的。逾期不补正的。做到公开、便民、高效。",
    );
    await expect.poll(() => finding(page, "RD-10").count()).toBe(0);
    await page.keyboard.press("Control+Z");
    await page.keyboard.press("Control+Z");
    expect(await page.inputValue(area)).toBe(typed);
  });

  it("采用全部计算值: every wrong stated total at once, beside the per-cell fix", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    const report = cleanReport();
    report.cells["apply.result.total.natural"] = 999;
    report.cells["review.adminReview.total"] = 999;
    await openFile(page, report);
    await expect.poll(() => page.locator(".finding", { hasText: "可“采用计算值”" }).count()).toBe(2);
    expect(await page.locator(".finding").getByRole("button", { name: "采用计算值", exact: true }).count()).toBe(2);
    await page.getByRole("button", { name: "采用全部计算值" }).click();
    await expect.poll(() => page.locator(".finding", { hasText: "可“采用计算值”" }).count()).toBe(0);
    await goTo(page, "四、政府信息公开行政复议、行政诉讼情况");
    expect(await cellValue(page, "review.adminReview.total")).not.toBe("999");
    await page.keyboard.press("Control+Z");
    expect(await cellValue(page, "review.adminReview.total")).toBe("999");
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    expect(await cellValue(page, "apply.result.total.natural")).toBe("999");
  });

  it("查找替换 (Ctrl+H or the button) shows each hit in its sentence, replaces the chosen ones as one undo step", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    const report = cleanReport(); // 2022
    report.narrative.overview = "2021年，我镇认真落实条例。我镇按时发布2021年政府信息公开工作年度报告。";
    report.narrative.problems = "2021年存在的问题已整改。";
    await openFile(page, report);
    await goTo(page, "一、总体情况");
    await page.keyboard.press("Control+h");
    const dialog = page.getByRole("dialog", { name: "查找替换" });
    await dialog.waitFor();
    expect(await dialog.getByLabel("查找", { exact: true }).inputValue()).toBe("2021");
    expect(await dialog.getByLabel("替换为", { exact: true }).inputValue()).toBe("2022");
    const hits = dialog.locator(".find-replace__hit");
    expect(await hits.count()).toBe(3);
    expect(await hits.nth(1).textContent()).toBe("一、总体情况我镇按时发布20212022年政府信息公开工作年度报告。");
    expect(await hits.nth(2).textContent()).toContain("五、存在的主要问题及改进情况");
    // the one about last year's report stays
    await hits.nth(1).getByRole("checkbox").uncheck();
    await dialog.getByRole("button", { name: "替换选中的 2 处" }).click();
    const overview = () => page.inputValue('textarea[data-narrative="overview"]');
    expect(await overview()).toBe("2022年，我镇认真落实条例。我镇按时发布2021年政府信息公开工作年度报告。");
    expect(await page.locator(".notice-bar").textContent()).toContain("已将 2 处“2021”替换为“2022”");
    await page.keyboard.press("Control+Z");
    expect(await overview()).toBe(report.narrative.overview);
    // the header's button opens it too
    await page.getByRole("button", { name: "查找替换" }).click();
    await dialog.waitFor();
    expect(await dialog.locator(".find-replace__hit").count()).toBe(3);
  });

  it("shows 10,000 identical typos as one grouped warning (…等 10000 处), in the panel and in the refusal of a final", async () => {
    // (a run of 20,000 《 gives one warning too — test/rules/bounded-output.test.ts — but Chromium's own
    // text area takes seconds to lay out such a run, with or without the checks)
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    await openFile(page, cleanReport());
    await goTo(page, "五、存在的主要问题及改进情况");
    await page.fill('textarea[data-narrative="problems"]', "逾期不补证的，".repeat(10_000));
    await expect.poll(() => finding(page, "RD-10").count()).toBe(1);
    const grouped = "五、存在的主要问题及改进情况中“补证”疑为错别字，应为“补正”（等 10000 处）";
    expect(await finding(page, "RD-10").locator(".finding__message").textContent()).toBe(grouped);
    await page.getByRole("button", { name: "导出 ▾" }).click();
    await page.getByRole("button", { name: /最终版网页/ }).click();
    const dialog = page.getByRole("dialog", { name: /还不能导出最终版/ });
    await dialog.waitFor();
    expect(await dialog.locator(".blocked-list li", { hasText: "补证" }).allTextContents()).toEqual([`警告${grouped}`]);
  });
});

describe("deadline and preview", () => {
  it("a report published on or before its deadline is on time, however long ago", async () => {
    const page = await pageAt("2026-12-01T09:00:00+08:00");
    await page.goto(server.url);
    await openFile(page, cleanReport()); // 2022, published 2023-01-20, due 2023-01-31
    const meta = page.locator(".editor-header__meta");
    expect(await meta.textContent()).toContain("已按期发布（2023年1月20日，期限 2023年1月31日）");
    expect(await meta.textContent()).not.toContain("已超过");
    await page.getByLabel("发布日期").fill("2023-02-10");
    await expect
      .poll(() => meta.textContent())
      .toContain("发布日期（2023年2月10日）晚于发布期限（2023年1月31日）10 天");
  });

  it("previews a report with nothing blocking as the final (no 草稿), and one with findings as a draft", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.goto(server.url);
    await openFile(page, cleanReport());
    await page.getByRole("button", { name: "预览发布页面" }).click();
    const mark = page.getByLabel("显示“草稿”标记");
    await mark.waitFor();
    expect(await mark.isChecked()).toBe(false);
    // the sandboxed frame runs no script (not even a test's): its document is read from srcdoc
    const html = () => page.locator(".preview__frame").getAttribute("srcdoc");
    expect(await html()).toContain("兴国镇2022年政府信息公开工作年度报告");
    expect(await html()).not.toContain(`class="nb-draft"`);
    await page.getByRole("button", { name: "填写", exact: true }).click();
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    await page.fill(cellSel(N), "");
    await page.getByRole("button", { name: "预览发布页面" }).click();
    await mark.waitFor();
    expect(await mark.isChecked()).toBe(true);
    await expect.poll(html).toContain(`class="nb-draft"`);
  });
});

describe("the published page on a phone", () => {
  it("shows that a wide table scrolls: a shadow on the side with more to see", async () => {
    const page = await pageAt("2025-12-01T09:00:00+08:00");
    await page.setViewportSize({ width: 375, height: 740 });
    const { renderReportHtml } = await import("../../src/render/html/render-html.ts");
    const { writeReportFile } = await import("../../src/import/report-file.ts");
    await page.setContent(renderReportHtml(cleanReport(), { draft: false, reportFile: writeReportFile }));
    const box = page.locator('.nb-scroll:has([data-table="apply"])');
    const layers = await box.evaluate((el) => {
      const s = getComputedStyle(el);
      return { image: s.backgroundImage, attachment: s.backgroundAttachment, wide: el.scrollWidth > el.clientWidth };
    });
    expect(layers.wide).toBe(true);
    expect(layers.image.match(/gradient/g)).toHaveLength(4);
    expect(layers.attachment).toBe("local, local, scroll, scroll");
  });
});
