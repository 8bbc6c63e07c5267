/**
 * Rendering one full report (every cell filled) in Node, warm: the Word document (view-model,
 * tree, XML, zip) and the web page (view-model, template). Budgets: DOCX ≤ 20 ms, HTML ≤ 1 ms median.
 */
import { renderReportDocx } from "../src/render/docx/index.ts";
import { renderReportHtml } from "../src/render/html/render-html.ts";
import { fullReport } from "../test/builders.ts";
import { report, time } from "./measure.ts";

export default async function bench(): Promise<void> {
  for (const editionId of ["gb2021", "gb2019"]) {
    const r = fullReport(editionId);
    const docx = await time(() => renderReportDocx(r, { draft: false }), 200, 30);
    report(`render DOCX ${editionId} (median, p95 ${docx.p95.toFixed(2)} ms)`, docx.median, "ms", 20);
    const html = await time(() => renderReportHtml(r, { draft: false }), 1000, 100);
    report(`render HTML ${editionId} (median, p95 ${html.p95.toFixed(3)} ms)`, html.median, "ms", 1);
  }
}
