import { writeFileSync } from "node:fs";
import { writeReportFile } from "./src/import/report-file.ts";
import { readReportFile } from "./src/import/report-file.ts";
import { readFileSync } from "node:fs";
import { renderReportHtml } from "./src/render/html/render-html.ts";
import { launchChromium } from "./test/support/chromium.ts";
const browser = await launchChromium();
const r = readReportFile(readFileSync("test/fixtures/seeds/seed-002-zhangcun-2019.json", "utf8"));
if (!r.ok) throw new Error("x");
const html = renderReportHtml(r.report, { draft: true, reportFile: writeReportFile });
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.setContent(html);
  const box = await page.locator(width === 375 ? ".nb-chart--narrow" : ".nb-chart--wide").boundingBox();
  await page.screenshot({ path: `/tmp/shots/seed-${width}.png`, clip: box ?? undefined, fullPage: true });
  await page.close();
}
await browser.close();
