import { writeFileSync } from "node:fs";
import { writeReportFile } from "./src/import/report-file.ts";
import type { Report } from "./src/model/types.ts";
import { renderReportHtml } from "./src/render/html/render-html.ts";
import { fullReport, prevOf } from "./test/builders.ts";
import { launchChromium } from "./test/support/chromium.ts";

const browser = await launchChromium();
for (const id of ["gb2021", "gb2019"])
  for (const prev of [false, true]) {
    const r: Report = fullReport(id, 3);
    if (prev) {
      const p = prevOf(r);
      r.previous = { year: p.year, edition: p.edition, cells: p.cells };
    }
    const html = renderReportHtml(r, { draft: false, reportFile: writeReportFile });
    const name = `${id}${prev ? "-prev" : ""}`;
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.setContent(html);
      const box = await page.locator(width === 375 ? ".nb-chart--narrow" : ".nb-chart--wide").boundingBox();
      await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, clip: box ?? undefined, fullPage: true });
      await page.close();
    }
    const page = await browser.newPage();
    await page.setContent(html);
    writeFileSync(`/tmp/shots/${name}.pdf`, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
  }
await browser.close();
