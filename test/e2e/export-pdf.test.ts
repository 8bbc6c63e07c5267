/**
 * Exports in real headless Chromium against the built app (dist/): the Word writer (the docx
 * package) is not among the scripts of the first screen and is loaded when a Word file is asked for;
 * 导出 → PDF prints the published page from a hidden frame, says that the Word file is the one to
 * submit, and Chromium's own print of that page is A4 with 草稿 on every page of a draft.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium, serveDir } from "../support/chromium.ts";
import { pdfPages } from "../support/libreoffice.ts";
import { goTo, startReport } from "./app-page.ts";

/** a namespace only the docx package writes: the Word writer's code is in a script that holds it */
const DOCX_SIGNATURE = "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
/** every script the page loaded, by URL, with its text */
const scripts = new Map<string, string>();

beforeAll(async () => {
  server = await serveDir();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  errors.length = 0;
  scripts.clear();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("response", async (r) => {
    if (new URL(r.url()).pathname.endsWith(".js")) scripts.set(r.url(), await r.text().catch(() => ""));
  });
});
afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

const docxLoaded = () => [...scripts.values()].some((text) => text.includes(DOCX_SIGNATURE));

describe("exports", () => {
  it("loads the Word writer only when a Word file is asked for", async () => {
    await startReport(page, server.url);
    await goTo(page, "三、收到和处理政府信息公开申请情况");
    expect(scripts.size).toBeGreaterThan(0);
    expect(docxLoaded()).toBe(false);
    await page.getByRole("button", { name: "导出 ▾" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /草稿 Word/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/（草稿）\.docx$/);
    await expect.poll(docxLoaded).toBe(true);
  });

  it("prints the published page for a PDF: A4, 草稿 on every page of a draft, and says the Word file is the one to submit", async () => {
    await startReport(page, server.url);
    await page.getByRole("button", { name: "导出 ▾" }).click();
    await expect.poll(() => page.getByRole("button", { name: /最终版 PDF/ }).textContent()).toContain("报送请用 Word");
    await page.getByRole("button", { name: /草稿 PDF/ }).click();
    await expect
      .poll(() => page.locator("[role=status], .notice").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/另存为 PDF.*报送、盖章请用 Word 文件/)]));
    const frame = page.locator("#nb-print-frame");
    expect(await frame.getAttribute("sandbox")).not.toContain("allow-scripts");
    const html = (await frame.getAttribute("srcdoc")) ?? "";
    expect(html).toContain("【草稿】兴国镇");
    expect(docxLoaded()).toBe(false);

    // the page as Chromium prints it
    const printed = await context.newPage();
    await printed.setContent(html);
    const dir = mkdtempSync(join(tmpdir(), "nianbao-print-"));
    const pdf = join(dir, "draft.pdf");
    writeFileSync(pdf, await printed.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = await pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync("pdftotext", ["-raw", "-f", String(p), "-l", String(p), "-enc", "UTF-8", pdf, "-"], {
        encoding: "utf8",
      });
      // the mark is set diagonally: in content order (-raw) its two characters stay together
      expect(text.replace(/\s+/g, ""), `page ${p}`).toContain("草稿");
    }
  });
});
