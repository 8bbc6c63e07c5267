/**
 * The published page and its graphic in the built app, in real headless Chromium: a page nianbao
 * published, with one number changed by hand after publishing, opens through its data island and
 * the import summary names the changed cell; the preview ends with the graphic; 一图读懂 exports as
 * SVG (the report's numbers) and as PNG drawn by the browser from the SVG on a canvas — nothing
 * fetched from anywhere but the app itself; a final graphic is refused while something blocks.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import { computeReport } from "../../src/model/compute.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { editionOf, fullReport } from "../builders.ts";
import { launchChromium, serveDir } from "../support/chromium.ts";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];
const dir = mkdtempSync(join(tmpdir(), "nianbao-chart-"));

const report = fullReport("gb2021", 3);
const shown = computeReport(editionOf("gb2021"), report).value;
const EDITED = "apply.result.partial.commercial";

beforeAll(async () => {
  server = await serveDir();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** The published page with one number changed in its table, as an editor would after publishing. */
function editedPage(): string {
  const html = renderReportHtml(report, { draft: false, reportFile: writeReportFile });
  const at = html.indexOf(`data-cell="${EDITED}"`);
  const open = html.indexOf(">", at) + 1;
  return `${html.slice(0, open)}${(shown[EDITED] ?? 0) + 3}${html.slice(html.indexOf("</td>", open))}`;
}

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe("the published page back in the app, and its graphic out of it", () => {
  it("opens a published page by its data island and names the number changed after publishing", async () => {
    const file = join(dir, "兴国镇年报.html");
    writeFileSync(file, editedPage());
    await page.goto(server.url);
    await page.setInputFiles('input[aria-label="选择要打开的报告文件"]', file);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ timeout: 60_000 });
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("取自：网页中的报告数据");
    expect(text).toContain("与网页中的报告数据不一致的数字（已采用网页上显示的数字，请核对）");
    expect(text).toContain(`网页上为 ${(shown[EDITED] ?? 0) + 3}，报告数据为 ${shown[EDITED]}`);
    expect(await dialog.locator("td.import-tables__cell--differs").allTextContents()).toEqual([
      `${(shown[EDITED] ?? 0) + 3}!`,
    ]);
    await dialog.getByRole("button", { name: "打开（另存为新草稿）" }).click();
    await page.waitForSelector(".editor");
  });

  it("shows the graphic at the end of the preview", async () => {
    await page.getByRole("button", { name: "预览发布页面" }).click();
    const frame = page.frameLocator("iframe.preview__frame");
    await expect.poll(() => frame.locator("svg[role=img]").count()).toBe(2);
    expect(await frame.locator(".nb-chart--wide svg title").textContent()).toContain("一图读懂：兴国镇");
  });

  it("exports the graphic as SVG with the report's numbers, and as a PNG the browser draws from it", async () => {
    const before = requests.length;
    const [svgDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 SVG" }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe("一图读懂·兴国镇2022年政府信息公开工作年度报告（草稿）.svg");
    const svg = readFileSync((await svgDownload.path()) ?? "", "utf8");
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    const received = (shown["apply.newReceived.total"] ?? 0) + (shown["apply.carriedOver.total"] ?? 0);
    expect(svg).toContain(
      `data-figure="received."><tspan font-size="28" font-weight="bold" fill="#1d4f91">${received}<`,
    );
    expect(svg).toContain(">草稿</text>");

    const [pngDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 PNG" }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe("一图读懂·兴国镇2022年政府信息公开工作年度报告（草稿）.png");
    const png = readFileSync((await pngDownload.path()) ?? "");
    writeFileSync(join(dir, "chart.png"), png);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const box = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
    const size = pngSize(png);
    expect(size.width).toBe(1080);
    expect(size.height).toBe(Math.round((Number(box?.[2]) * 1080) / Number(box?.[1])));

    // what was drawn: a white page with the graphic's dark blue bars and black text on it
    const ink = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) return null;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      let blue = 0;
      let dark = 0;
      let white = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (r > 245 && g > 245 && b > 245) white++;
        else if (r < 60 && g < 110 && b > 120) blue++;
        else if (r < 60 && g < 60 && b < 60) dark++;
      }
      const n = data.length / 4;
      return { white: white / n, blue: blue / n, dark: dark / n };
    }, png.toString("base64"));
    expect(ink?.white).toBeGreaterThan(0.5);
    expect(ink?.blue).toBeGreaterThan(0.03);
    expect(ink?.dark).toBeGreaterThan(0.003);
    // nothing came from outside the app
    const later = requests.slice(before);
    expect(later.every((u) => u.startsWith(server.url) || u.startsWith("blob:") || u.startsWith("data:"))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("refuses a final graphic while something blocks, and says how to export a draft", async () => {
    await page.getByLabel("显示“草稿”标记").uncheck();
    let downloaded = false;
    page.once("download", () => {
      downloaded = true;
    });
    await page.getByRole("button", { name: "导出 PNG" }).click();
    await expect
      .poll(() => page.locator("[role=status], [role=alert], .notice").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/还不能导出最终版图片：报告还有 \d+ 个问题/)]));
    expect(downloaded).toBe(false);
  });
});
