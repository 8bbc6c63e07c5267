/**
 * The clerk's journeys in real headless Chromium against the built app (dist/): fill in a report,
 * see totals and findings live, fix them, export the final Word file and read it back, reload and
 * find the draft; paste a block; bad values kept and flagged; undo/redo; start from last year.
 */
import { readFileSync } from "node:fs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import { fullReport } from "../builders.ts";
import { launchChromium, serveDir } from "../support/chromium.ts";
import { cellDescription, cellSel, cellValue, goTo, saved, startReport, typeCell } from "./app-page.ts";
import { cellText, docxTables } from "./docx-tables.ts";

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
    acceptDownloads: true,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  page = await context.newPage();
  errors.length = 0;
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
});
afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

const N = "apply.newReceived.natural";

describe("the clerk's app", () => {
  it("fills a report, shows and fixes an inconsistency, exports the final Word file and keeps the draft over a reload", async () => {
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    await typeCell(page, N, "5");
    await typeCell(page, "apply.newReceived.commercial", "1");
    await typeCell(page, "apply.result.granted.natural", "3");
    expect(await cellValue(page, "apply.newReceived.total")).toBe("6");
    expect(await cellValue(page, "apply.result.total.natural")).toBe("3");
    expect(await cellValue(page, "apply.result.total.total")).toBe("3");
    await page.getByRole("button", { name: /^空白填 0/ }).click();

    // 5 + 0 ≠ 3 + 0 in the 自然人 column: marked on the cell and listed in the panel
    const received = page.locator(cellSel(N));
    await expect.poll(() => received.getAttribute("aria-invalid")).toBe("true");
    expect(await cellDescription(page, N)).toContain("自然人列");
    const panelItem = page.locator(".findings .finding", { hasText: "自然人列" });
    await expect.poll(() => panelItem.count()).toBe(1);
    // the panel takes the clerk to the cell
    await panelItem.locator(".finding__message").click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-cell")))
      .toMatch(/^apply\..*\.natural$/);

    // fix: 2 carried forward (自然人), 1 granted (商业企业)
    await typeCell(page, "apply.carryForward.natural", "2");
    await typeCell(page, "apply.result.granted.commercial", "1");
    await expect.poll(() => received.getAttribute("aria-invalid")).toBe(null);
    expect(await page.locator(".findings .finding", { hasText: "列：" }).count()).toBe(0);

    for (const heading of ["二、主动公开政府信息情况", "四、政府信息公开行政复议、行政诉讼情况"]) {
      await goTo(page, heading);
      await page.getByRole("button", { name: /^空白填 0/ }).click();
    }
    await goTo(page, "一、总体情况");
    await page.fill(
      'textarea[data-narrative="overview"]',
      "本年度，我镇认真贯彻落实《中华人民共和国政府信息公开条例》。监督保障方面，将政府信息公开工作纳入年度绩效考核，开展社会评议，本年度未发生责任追究情况。",
    );
    await goTo(page, "五、存在的主要问题及改进情况");
    await page.fill(
      'textarea[data-narrative="problems"]',
      "一是公开内容还不够丰富；二是工作人员业务水平有待提高。下一步将加强培训。",
    );
    await goTo(page, "六、其他需要报告的事项");
    await page.getByRole("button", { name: "插入：未收取信息处理费（如属实）" }).click();
    expect(await page.inputValue('textarea[data-narrative="other"]')).toBe("本年度未收取信息处理费。");
    await expect.poll(() => page.locator(".findings__ok").first().textContent()).toContain("可以导出最终版");

    // final Word file: downloaded, unzips, holds the typed numbers in the right cells of table 三
    await page.getByRole("button", { name: "导出 ▾" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /最终版 Word/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^兴国镇\d{4}年政府信息公开工作年度报告\.docx$/);
    const bytes = new Uint8Array(readFileSync(await download.path()));
    const apply = docxTables(bytes).find((t) => t.some((row) => row[0] === "一、本年新收政府信息公开申请数量"));
    expect(apply).toBeDefined();
    if (!apply) return;
    expect(cellText(apply, "一、本年新收政府信息公开申请数量", 3)).toBe("5"); // 自然人
    expect(cellText(apply, "一、本年新收政府信息公开申请数量", 4)).toBe("1"); // 商业企业
    expect(cellText(apply, "一、本年新收政府信息公开申请数量", 9)).toBe("6"); // 总计
    expect(cellText(apply, "四、结转下年度继续办理", 3)).toBe("2");
    expect(cellText(apply, "二、上年结转政府信息公开申请数量", 5)).toBe("0");

    // reload: the same draft, intact
    await saved(page);
    await page.reload();
    await page.waitForSelector(".editor");
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    expect(await cellValue(page, N)).toBe("5");
    expect(await cellValue(page, "apply.carryForward.natural")).toBe("2");
    expect(await cellValue(page, "apply.newReceived.total")).toBe("6");
    await goTo(page, "六、其他需要报告的事项");
    expect(await page.inputValue('textarea[data-narrative="other"]')).toBe("本年度未收取信息处理费。");
  });

  it("refuses the final while something blocks it, listing what, and still exports a draft", async () => {
    await startReport(page, server.url);
    await page.getByRole("button", { name: "导出 ▾" }).click();
    await page.getByRole("button", { name: /最终版网页/ }).click();
    await page.getByRole("button", { name: "仍然导出" }).click(); // the empty-sections reminder
    const dialog = page.getByRole("dialog", { name: /还不能导出最终版/ });
    await dialog.waitFor();
    // the real problems first (RD-05, RD-06), then the blank cells as one line, not one line each
    const items = dialog.locator(".blocked-list li");
    expect(await items.count()).toBeLessThan(10);
    expect(await items.first().textContent()).not.toContain("未填写");
    expect(await items.last().textContent()).toMatch(/^错误\d{3} 格未填写/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: /导出草稿/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/（草稿）\.html$/);
    // the keyboard focus is back on 导出, not lost to the page's start
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("导出 ▾");
    expect(readFileSync(await download.path(), "utf8")).toContain("草稿");
  });

  it("pastes a block copied from a spreadsheet from the focused cell, and refuses one that does not fit", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    const paste = async (id: string, text: string) => {
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await page.click(cellSel(id));
      await page.keyboard.press("Control+V");
    };
    await paste(N, "7\t1\t0\t0\t0\t2\n3\t0\t0\t0\t0\t0\r\n");
    expect(await cellValue(page, N)).toBe("7");
    expect(await cellValue(page, "apply.newReceived.otherOrg")).toBe("2");
    expect(await cellValue(page, "apply.newReceived.total")).toBe("10");
    expect(await cellValue(page, "apply.carriedOver.natural")).toBe("3");
    expect(await page.locator(".notice-bar").textContent()).toContain("已粘贴 12 格");

    await paste("apply.result.granted.otherOrg", "1\t2\t3\n4\t5\t6");
    expect(await page.locator(".notice-bar").textContent()).toContain("没有粘贴任何内容");
    expect(await cellValue(page, "apply.result.granted.otherOrg")).toBe("");
  });

  it("shows a focused cell's message below the work area, where a click still reaches every cell; keeps long insert buttons inside the guide", async () => {
    await startReport(page, server.url);
    // no request for /favicon.ico (a 404 in the console on an intranet server)
    expect(await page.locator('link[rel="icon"]').getAttribute("href")).toBe("data:,");
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    await typeCell(page, "apply.newReceived.publicWelfare", "十二");
    // the message is shown (in the bar below the work area, see clerk-details.test.ts)
    const message = page.locator(".cell-status", { hasText: "「十二」不是数字" });
    await expect.poll(() => message.isVisible()).toBe(true);
    // the cell below 本年新收 社会公益组织 (二、上年结转 商业企业): clicking there goes to that cell at once
    await page.click(cellSel("apply.carriedOver.commercial"), { timeout: 3000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).toBe(
      "apply.carriedOver.commercial",
    );

    await goTo(page, "六、其他需要报告的事项");
    const button = await page.getByRole("button", { name: "插入：未收取信息处理费（如属实）" }).boundingBox();
    const guide = await page.locator(".guide").boundingBox();
    expect(button && guide && button.x + button.width <= guide.x + guide.width - 8).toBe(true);
  });

  it("keeps a bad value as typed and flags it on that cell, also after a reload", async () => {
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    const bad = [
      [N, "十二", "「十二」不是数字，请填写阿拉伯数字"],
      ["apply.newReceived.commercial", "-3", "「-3」：件数不能为负数"],
      ["apply.newReceived.research", "1.5", "「1.5」：件数应为整数，不能有小数"],
    ] as const;
    for (const [id, text, reason] of bad) {
      await typeCell(page, id, text);
      await page.keyboard.press("Tab");
      expect(await cellValue(page, id)).toBe(text);
      expect(await page.getAttribute(cellSel(id), "aria-invalid")).toBe("true");
      expect(await cellDescription(page, id)).toContain(reason);
    }
    expect(await cellValue(page, "apply.newReceived.total")).toBe("");
    // reload at once, before the pause that merges keystrokes has passed: nothing may be lost
    await typeCell(page, "apply.newReceived.legalService", "9");
    expect(page.url()).toMatch(/#\/draft\/[\w-]+\/apply$/);
    await page.reload();
    await page.waitForSelector(".editor");
    // the reload reopens the section the clerk was in
    await page.locator(".section__title", { hasText: "三、收到和处理政府信息公开申请情况" }).waitFor();
    for (const [id, text] of bad) expect(await cellValue(page, id)).toBe(text);
    expect(await cellValue(page, "apply.newReceived.legalService")).toBe("9");
    // moving between sections does not fill the history: Back leads to the start page
    await goTo(page, "四、政府信息公开行政复议、行政诉讼情况");
    await goTo(page, "一、总体情况");
    await page.goBack();
    await page.waitForSelector(".start");
    expect(new URL(page.url()).hash).toMatch(/^(#\/)?$/);
  });

  it("undoes and redoes cell and text edits with the keyboard", async () => {
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    await typeCell(page, N, "12");
    await goTo(page, "五、存在的主要问题及改进情况");
    await page.click('textarea[data-narrative="problems"]');
    await page.keyboard.type("一是公开不够及时。");
    const problems = () => page.inputValue('textarea[data-narrative="problems"]');
    await page.keyboard.press("Control+Z");
    expect(await problems()).toBe("");
    await page.keyboard.press("Control+Z");
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    expect(await cellValue(page, N)).toBe("");
    await page.keyboard.press("Control+Y");
    expect(await cellValue(page, N)).toBe("12");
    await page.keyboard.press("Control+Shift+Z");
    await goTo(page, "五、存在的主要问题及改进情况");
    expect(await problems()).toBe("一是公开不够及时。");
    // while a dialog is open, Ctrl+Z does not change the report behind it
    await page.getByRole("button", { name: "导出 ▾" }).click();
    await page.getByRole("button", { name: /最终版网页/ }).click();
    await page.getByRole("dialog").first().waitFor();
    await page.keyboard.press("Control+Z");
    await page.keyboard.press("Escape");
    expect(await problems()).toBe("一是公开不够及时。");
  });

  it("starts from last year's report file: carries the numbers over, keeps last year for the checks, flags copied text", async () => {
    const prev = fullReport("gb2021"); // 2022
    const dir = mkdtempSync(join(tmpdir(), "nianbao-e2e-"));
    const file = join(dir, "兴国镇2022年报.json");
    writeFileSync(file, writeReportFile(prev));
    await page.goto(server.url);
    await page.setInputFiles('input[aria-label="选择去年的报告文件"]', file);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("兴国镇2022年政府信息公开工作年度报告");
    expect(await dialog.textContent()).toContain("带入 6 格数字");
    // sections are counted, not paragraphs; the source is named once, without nested brackets
    expect(await dialog.textContent()).toContain(
      `复制去年 ${Object.values(prev.narrative).filter((t) => t.trim() !== "").length} 个部分的正文`,
    );
    expect(await dialog.textContent()).toContain("兴国镇2022年报.json（本软件的报告文件）");
    await dialog.getByRole("button", { name: "开始 2023 年度报告" }).click();
    await page.waitForSelector(".editor");
    expect(await page.locator(".editor-header h1").textContent()).toBe("兴国镇2023年政府信息公开工作年度报告");
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    for (const c of ["natural", "commercial", "research", "publicWelfare", "legalService", "otherOrg"])
      expect(await cellValue(page, `apply.carriedOver.${c}`)).toBe(String(prev.cells[`apply.carryForward.${c}`]));
    expect(await page.locator(".findings__skipped").count()).toBe(0);
    expect(await page.locator(".section-nav__item", { hasText: "一、总体情况" }).textContent()).toContain("待核对");
    await goTo(page, "一、总体情况");
    expect(await page.inputValue('textarea[data-narrative="overview"]')).toBe(prev.narrative.overview);
    await page.getByRole("button", { name: "已核对" }).click();
    expect(await page.locator(".section-nav__item", { hasText: "一、总体情况" }).textContent()).not.toContain("待核对");
  });

  it("lists drafts on the start page; duplicates and deletes after confirmation", async () => {
    await startReport(page, server.url);
    await saved(page);
    await page.getByRole("button", { name: /首页/ }).click();
    const items = page.locator(".drafts__item");
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().textContent()).toContain("项待处理");
    await items.first().getByRole("button", { name: /^复制/ }).click();
    await expect.poll(() => items.count()).toBe(2);
    await items.first().getByRole("button", { name: /^删除/ }).click();
    await page.getByRole("dialog", { name: "删除草稿" }).getByRole("button", { name: "删除" }).click();
    await expect.poll(() => items.count()).toBe(1);
    await items.first().getByRole("button", { name: /^打开/ }).click();
    await page.waitForSelector(".editor");
  });

  it("keeps a change the browser's database never confirmed when the tab is reloaded", async () => {
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    await typeCell(page, N, "3");
    await saved(page);
    // from now on every write to IndexedDB fails, as when the page is torn down mid-write
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("页面正在关闭", "AbortError");
      };
    });
    await page.fill(cellSel(N), "7");
    await page.locator(".storage-banner").waitFor();
    await page.reload();
    await page.waitForSelector(".editor");
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    expect(await cellValue(page, N)).toBe("7");
  });

  it("warns when the same draft is open in two tabs", async () => {
    await startReport(page, server.url);
    await saved(page);
    const second = await context.newPage();
    await second.goto(page.url());
    await second.waitForSelector(".editor");
    for (const p of [page, second])
      await expect.poll(() => p.locator(".notice-bar").textContent()).toContain("已在另一个标签页");
  });

  it("tells the clerk to export the file when the browser cannot store drafts", async () => {
    // in January the new-report form starts with last year's report (due by 31 January)
    await page.clock.setFixedTime(new Date(`${new Date().getFullYear()}-01-10T10:00:00+08:00`));
    await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
    await page.goto(server.url);
    expect(await page.locator(".start .notice--error").textContent()).toContain("IndexedDB 不可用");
    await startReport(page, server.url);
    const banner = page.locator(".storage-banner");
    await banner.waitFor();
    expect(await banner.textContent()).toContain("导出");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      banner.getByRole("button", { name: /立即导出报告文件/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      "兴国镇2025年政府信息公开工作年度报告.json".replace("2025", String(new Date().getFullYear() - 1)),
    );
  });
});
