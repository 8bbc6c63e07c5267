/**
 * PDFs made at test time the ways real ones are: LibreOffice exports nianbao's Word file (tables
 * crossing pages with their header rows repeated, page numbers `— 3 —` below the text, labels
 * wrapped in their cells), Chromium prints nianbao's web page — also broken the ways portals' PDFs
 * are: numbering `1、` for `1.`, a narrow first column that writes the group labels one character
 * a line, a page footer `-4-`. Every cell comes back, none wrongly. A scan (a picture of a page, no
 * text layer) and a 300-page PDF get a clear reason.
 */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importReport } from "../../src/import/index.ts";
import { MAX_PDF_PAGES } from "../../src/import/limits.ts";
import type { Report } from "../../src/model/types.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { fullReport } from "../builders.ts";
import { launchChromium } from "../support/chromium.ts";
import { measure } from "../support/import-measure.ts";
import { convertWithLibreOffice } from "../support/libreoffice.ts";
import { writeReportFile } from "../../src/import/report-file.ts";

const dir = mkdtempSync(join(tmpdir(), "nianbao-import-pdf-"));
const REPORTS: Record<string, Report> = { gb2019: fullReport("gb2019", 3), gb2021: fullReport("gb2021", 2) };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Chromium's print of a page, as a portal's "打印/保存为 PDF" makes it. */
async function printed(html: string, footer = false): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    return new Uint8Array(
      await page.pdf({
        format: "A4",
        printBackground: false,
        displayHeaderFooter: footer,
        headerTemplate: "<span></span>",
        footerTemplate:
          '<div style="font-size:10px;width:100%;text-align:center">-<span class="pageNumber"></span>-</div>',
        margin: { top: "25mm", bottom: "25mm", left: "20mm", right: "20mm" },
      }),
    );
  } finally {
    await page.close();
  }
}

async function expectWhole(report: Report, bytes: Uint8Array) {
  const out = await importReport({ name: "年报.pdf", bytes });
  if (!out.ok) throw new Error(out.reason);
  expect(out.summary.source).toBe("pdf");
  expect([out.report.year, out.report.edition, out.report.org.name]).toEqual([
    report.year,
    report.edition,
    report.org.name,
  ]);
  const m = measure(report, out);
  expect(m.wrong).toEqual([]);
  expect(m.placed).toBe(m.cells);
  return out;
}

describe("PDFs of nianbao's own outputs", { timeout: 180_000 }, async () => {
  it("exported by LibreOffice from the Word file: every cell, the narrative, no page numbers in the text", async () => {
    const files = Object.entries(REPORTS).map(([id, r]) => [join(dir, `${id}.docx`), r] as const);
    for (const [f, r] of files) writeFileSync(f, await renderReportDocx(r, { draft: false }));
    const pdfs = await convertWithLibreOffice(
      files.map(([f]) => f),
      "pdf",
      dir,
    );
    for (const [i, pdf] of pdfs.entries()) {
      const report = files[i]?.[1];
      if (!report) continue;
      const out = await expectWhole(report, new Uint8Array(readFileSync(pdf)));
      expect(out.report.narrative.overview).toBe(report.narrative.overview);
      expect(out.report.narrative.problems).toBe(report.narrative.problems);
      expect(Object.values(out.report.narrative).join("\n")).not.toMatch(/—\s*\d+\s*—/);
    }
  });

  it("printed by Chromium from the web page", async () => {
    for (const report of Object.values(REPORTS))
      await expectWhole(report, await printed(renderReportHtml(report, { draft: false, reportFile: writeReportFile })));
  });

  it("printed with a page footer `-4-`, group labels one character a line, numbering `1、` for `1.`", async () => {
    for (const report of Object.values(REPORTS)) {
      const html = renderReportHtml(report, { draft: false, reportFile: writeReportFile })
        // group labels (rowspan > 1) written one character a line down their merged cell
        .replace(
          /(<th scope="rowgroup"[^>]*rowspan="(?:[2-9]|\d\d)"[^>]*>)([^<]+)(<\/th>)/g,
          (_, open: string, text: string, close: string) => `${open}${[...text].join("<br>")}${close}`,
        )
        .replace(/>(\d)\.(?=[\u4e00-\u9fa5])/g, ">$1、");
      const out = await expectWhole(report, await printed(html, true));
      expect(out.summary.deviations.map((d) => d.seen)).toContain("1、属于国家秘密");
      expect(Object.values(out.report.narrative).join("\n")).not.toMatch(/^-\d+-$/m);
    }
  });
});

describe("PDFs that cannot be read, said clearly", { timeout: 180_000 }, async () => {
  it("a scan: pages that are pictures, no text layer", async () => {
    const page = await browser.newPage();
    // a picture of text (drawn on a canvas, so the PDF holds an image and no text)
    await page.setContent(
      `<canvas id="c" width="800" height="1100"></canvas><script>const g=document.getElementById("c").getContext("2d");g.fillStyle="#fff";g.fillRect(0,0,800,1100);g.fillStyle="#000";g.font="40px sans-serif";g.fillText("二、主动公开政府信息情况",60,120);</script>`,
    );
    const scan = new Uint8Array(await page.pdf({ format: "A4" }));
    await page.close();
    const out = await importReport({ name: "扫描件.pdf", bytes: scan });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toContain("这是扫描件");
  });

  it(`more than ${MAX_PDF_PAGES} pages`, async () => {
    const many = await printed(
      `<html><body>${Array.from({ length: 300 }, (_, i) => `<p style="page-break-after:always">第 ${i + 1} 页</p>`).join("")}</body></html>`,
    );
    const out = await importReport({ name: "a.pdf", bytes: many });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(/^PDF 有 30\d 页，超过 80 页/);
  });

  it("a truncated PDF", async () => {
    const good = await printed(
      renderReportHtml(REPORTS.gb2021 ?? fullReport("gb2021"), { draft: false, reportFile: writeReportFile }),
    );
    const out = await importReport({ name: "a.pdf", bytes: good.slice(0, 2000) });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(/PDF/);
  });
});
