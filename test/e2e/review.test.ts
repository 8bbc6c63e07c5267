/**
 * The county's 审核 page in real headless Chromium against the built app (dist/): the generated
 * county given as a folder or dropped as files, reviewed in the browser's web workers; every body
 * listed with its status, the planted defects, the copied 五, the missing body and the unreadable
 * file; the workbook downloaded and read back with exceljs, the area's sum downloaded and added up
 * again; a body's report opened in the editor as a copy. Then the loop back to the clerk: the
 * reviewer's notes exported as the body's 审核意见, opened on the report's draft, one problem fixed
 * and seen marked 已解决; a file for another body or year refused.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readReportFile } from "../../src/import/report-file.ts";
import { getEdition } from "../../src/model/editions/index.ts";
import { readReviewNotes } from "../../src/review/review-notes-file.ts";
import { launchChromium, serveDir } from "../support/chromium.ts";
import { AREA, COPIED, LEFT_OUT, MISSING, UNREADABLE, YEAR } from "../support/county.ts";
import { goTo, typeCell } from "./app-page.ts";
import {
  countyOnDisk,
  dropCountyFiles,
  giveCountyFolder,
  openBody,
  openReviewPage,
  startReview,
} from "./review-page.ts";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  server = await serveDir();
  browser = await launchChromium();
  await countyOnDisk();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: "zh-CN",
  });
  page = await context.newPage();
  errors.length = 0;
  requests.length = 0;
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith("blob:") && !r.url().startsWith("data:"))
      requests.push(r.url());
  });
});
afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
  // nothing is sent anywhere: every request is for the app's own files
  expect(requests).toEqual([]);
});

const rowOf = (name: string) =>
  page.locator(".review-table tbody tr", { has: page.locator("th", { hasText: name }) }).first();
/** the text of a body's row in a column (the row's header is 机关; the cells follow in COLUMNS order) */
const cellOf = async (name: string, column: number) =>
  (
    (await rowOf(name)
      .locator("td")
      .nth(column - 1)
      .textContent()) ?? ""
  ).trim();
const COPIED_COLUMN = 7;
const ERRORS_COLUMN = 3;

async function downloaded(button: RegExp): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

describe("the 审核 page", () => {
  it("reviews a county given as a folder: every body, the defects, the copy, the missing body; the workbook and the sum; a body opened as a copy", async () => {
    const county = await countyOnDisk();
    await openReviewPage(page, server.url);
    await giveCountyFolder(page, county);
    await page.getByText(`已选 ${county.bodies.length + 1} 个文件`).waitFor();
    await startReview(page);

    // a row per body that sent a report, per unreadable file, per missing body
    await expect
      .poll(() => page.locator(".review-table tbody tr").count())
      .toBe(county.bodies.length + 1 + MISSING.length);
    for (const b of county.bodies) expect(await rowOf(b.shortName).count(), b.shortName).toBe(1);
    expect(await rowOf("城关镇").getAttribute("data-status")).toBe("须修改");
    expect(await rowOf("青石镇").getAttribute("data-status")).toBe("须修改");
    expect(await rowOf("龙泉镇").getAttribute("data-status")).toBe("可发布");
    expect(await rowOf("松岭乡人民政府").getAttribute("data-status")).toBe("缺报");
    expect(await page.locator('.review-table tbody tr[data-status="无法读取"]').textContent()).toContain(UNREADABLE);
    // the copied 五 on both bodies' rows and no other
    for (const b of county.bodies)
      expect((await cellOf(b.shortName, COPIED_COLUMN)) !== "", b.shortName).toBe(COPIED.includes(b.shortName));
    expect(await page.locator(".review-cross").textContent()).toContain("RD-07d");

    // a body's findings on a click
    await openBody(page, "城关镇");
    expect(await page.locator(".review-detail .review-finding").first().textContent()).toContain("R3-01");

    // the workbook, read back: a row per body with the same counts as the table
    const book = new ExcelJS.Workbook();
    const workbook = await downloaded(/下载审核结果（Excel）/);
    expect(workbook.name).toBe("审核结果.xlsx");
    await book.xlsx.load(readFileSync(workbook.path) as unknown as Parameters<typeof book.xlsx.load>[0]);
    expect(book.worksheets.map((w) => w.name)).toEqual(["各机关", "问题", "汇总", "汇总范围"]);
    const sheet = book.getWorksheet("各机关");
    const header = (sheet?.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: unknown[][] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows).toHaveLength(county.bodies.length + 1 + MISSING.length);
    for (const b of county.bodies) {
      const row = rows.find((r) => String(r[0]).includes(b.shortName));
      expect(row?.[header.indexOf("错误")], b.shortName).toBe(Number(await cellOf(b.shortName, ERRORS_COLUMN)));
    }

    // the area's sum: a report file of the county government, every input cell the bodies' sum
    const sum = await downloaded(/下载汇总报告文件/);
    expect(sum.name).toBe(`汇总-${YEAR}.json`);
    const read = readReportFile(readFileSync(sum.path, "utf8"));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.org.name).toBe(`${AREA}人民政府`);
    const counted = county.bodies.filter((b) => !LEFT_OUT.includes(b.shortName));
    for (const cell of getEdition("gb2021")?.cells ?? []) {
      if (cell.sumOf) continue;
      const expected = counted.reduce((s, b) => s + Math.round((b.report.cells[cell.id] ?? 0) * 1e6), 0);
      expect(Math.round((read.report.cells[cell.id] ?? NaN) * 1e6), cell.id).toBe(expected);
    }

    // the review page, the same self-contained 审核结果.html the command line writes: every body, no outside script
    const html = await downloaded(/下载审核结果网页/);
    expect(html.name).toBe("审核结果.html");
    const pageText = readFileSync(html.path, "utf8");
    for (const b of county.bodies) expect(pageText, b.shortName).toContain(b.shortName);
    expect(pageText).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']https?:/);

    // a body's report opened in the editor as a copy; Back returns to the review as it was
    await openBody(page, "河口镇");
    await page.getByRole("button", { name: "在编辑器中打开副本" }).click();
    await page.waitForSelector(".editor");
    expect(await page.locator(".editor-header__title h1").textContent()).toContain("河口镇");
    await page.goBack();
    await page.locator("#result-title").waitFor();
    expect(await page.locator(".review-table tbody tr").count()).toBe(county.bodies.length + 1 + MISSING.length);
  });

  it("reviews files dropped on the page, and the 审核意见 goes back to the clerk: shown beside the findings, marked 已解决 once fixed, refused for another report", async () => {
    const county = await countyOnDisk();
    await openReviewPage(page, server.url);
    await dropCountyFiles(page, county);
    await page.getByLabel("名单（可不填）").fill(readFileSync(county.roster, "utf8"));
    await page.getByLabel("审核单位（写入审核意见）").fill("青山县人民政府办公室");
    await startReview(page);
    await expect
      .poll(() => page.locator(".review-table tbody tr").count())
      .toBe(county.bodies.length + 1 + MISSING.length);

    // the reviewer's notes on 城关镇 (table 三 does not balance: R3-01) and its 审核意见 file
    await openBody(page, "城关镇");
    await page.getByLabel("对这份报告的总体意见").fill("请核对第三部分后重新报送。");
    await page
      .getByLabel(/^对 R3-01/)
      .first()
      .fill("本年新收申请数与办理结果合计不符，请核实。");
    const exported = await downloaded(/导出审核意见/);
    expect(exported.name).toMatch(/^审核意见-城关镇.*\.json$/);
    const text = readFileSync(exported.path, "utf8");
    const notes = readReviewNotes(text);
    expect(notes.ok).toBe(true);
    if (!notes.ok) return;
    expect(notes.notes.reviewer).toBe("青山县人民政府办公室");
    expect(notes.notes.note).toBe("请核对第三部分后重新报送。");
    expect(notes.notes.report.year).toBe(YEAR);
    const r301 = notes.notes.points.find((p) => p.rule === "R3-01");
    expect(r301?.note).toBe("本年新收申请数与办理结果合计不符，请核实。");

    // the clerk: the report's draft (here the copy) with the 审核意见 opened on it
    await page.getByRole("button", { name: "在编辑器中打开副本" }).click();
    await page.waitForSelector(".editor");
    await page.setInputFiles('input[aria-label="打开审核意见文件"]', exported.path);
    const point = page.locator(".review-points__item", { hasText: "R3-01" }).first();
    await point.waitFor();
    expect(await point.getAttribute("data-point-state")).toBe("open");
    expect(await point.textContent()).toContain("待处理");
    expect(await point.textContent()).toContain("本年新收申请数与办理结果合计不符，请核实。");
    expect(await page.locator(".review-points").textContent()).toContain("请核对第三部分后重新报送。");

    // the clerk fixes the figure: the next check no longer finds it, the point is 已解决
    const sent = county.bodies.find((b) => b.shortName === "城关镇");
    const wrong = sent?.report.cells["apply.newReceived.natural"] ?? 0;
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    await typeCell(page, "apply.newReceived.natural", String(wrong - 1));
    await expect.poll(() => point.getAttribute("data-point-state")).toBe("done");
    expect(await point.textContent()).toContain("已解决");

    // a 审核意见 of another body, and of another year, is refused and the one open stays
    const dir = mkdtempSync(join(tmpdir(), "nianbao-notes-"));
    const value = JSON.parse(text) as { report: { org: string; shortName: string; year: number } };
    const other = join(dir, "审核意见-河口镇.json");
    writeFileSync(
      other,
      JSON.stringify({ ...value, report: { ...value.report, org: "河口镇人民政府", shortName: "河口镇" } }),
    );
    await page.setInputFiles('input[aria-label="打开审核意见文件"]', other);
    await expect
      .poll(() => page.locator(".review-points__error").textContent())
      .toContain("这份审核意见是针对 河口镇 的报告");
    const lastYear = join(dir, "审核意见-上年.json");
    writeFileSync(lastYear, JSON.stringify({ ...value, report: { ...value.report, year: YEAR - 1 } }));
    await page.setInputFiles('input[aria-label="打开审核意见文件"]', lastYear);
    await expect.poll(() => page.locator(".review-points__error").textContent()).toContain(`${YEAR - 1} 年度报告`);
    expect(await point.getAttribute("data-point-state")).toBe("done");
  });
});
