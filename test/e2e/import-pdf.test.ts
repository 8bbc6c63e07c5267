/**
 * Opening a PDF in the built app, in real Chromium: pdf.js is fetched from the app's own files only
 * when the PDF is opened (nothing from elsewhere, nothing before), the summary shows where the body
 * and year came from and the tables as read, and the opened draft holds the PDF's numbers.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { fullReport } from "../builders.ts";
import { launchChromium, serveDir } from "../support/chromium.ts";
import { cellValue, goTo } from "./app-page.ts";
import { writeReportFile } from "../../src/import/report-file.ts";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveDir();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a PDF opened in the app", () => {
  it("loads pdf.js from the app only when asked, summarises, and opens as a draft with its numbers", async () => {
    const report = fullReport("gb2021", 2);
    const printer = await browser.newPage();
    await printer.setContent(renderReportHtml(report, { draft: false, reportFile: writeReportFile }));
    const file = join(mkdtempSync(join(tmpdir(), "nianbao-e2e-pdf-")), "兴国镇年报.pdf");
    writeFileSync(file, await printer.pdf({ format: "A4" }));
    await printer.close();

    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(server.url);
    await page.getByRole("button", { name: "开始填写" }).waitFor();
    const before = requests.length;
    expect(requests.some((u) => /pdf/.test(u))).toBe(false);

    await page.setInputFiles('input[aria-label="选择要打开的报告文件"]', file);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ timeout: 60_000 });
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("兴国镇年报.pdf（PDF 文件）");
    expect(text).toContain("（取自：标题）");
    expect(text).toContain("读到的表格");
    expect(text).toContain(`${report.year} 年度`);
    expect(await dialog.locator("td.import-tables__cell").count()).toBe(200);
    expect(await dialog.locator("td.import-tables__cell--ambiguous, td.import-tables__cell--blank").count()).toBe(0);
    // pdf.js came from the app's own files, after the PDF was chosen
    const later = requests.slice(before);
    expect(later.some((u) => /pdf/.test(u))).toBe(true);
    expect(requests.every((u) => u.startsWith(server.url) || u.startsWith("data:") || u.startsWith("blob:"))).toBe(
      true,
    );

    await dialog.getByRole("button", { name: "打开（另存为新草稿）" }).click();
    await page.waitForSelector(".editor");
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    expect(await cellValue(page, "apply.newReceived.natural")).toBe(String(report.cells["apply.newReceived.natural"]));
    expect(await cellValue(page, "apply.result.granted.otherOrg")).toBe(
      String(report.cells["apply.result.granted.otherOrg"]),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
