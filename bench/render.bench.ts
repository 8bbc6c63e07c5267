/**
 * Rendering one full report (every cell filled) in Node, warm: the Word document (view-model,
 * docx document, its XML, zip) and the web page (view-model, template, the one-page graphic in
 * both layouts and the data island). Budgets (issue 9): DOCX
 * median ≤ 15 ms and p95 ≤ 30 ms a report; HTML median ≤ 1 ms, graphic and island included (issue 13); the graphic alone ≤ 0.5 ms (half of the page's budget, which includes it). The Word document's table cells are
 * made once and shared (`render/docx/shared-cells.ts`), so the same report rendered again finds
 * all of its cells made; the DOCX budget is met as well by a run in which every report has figures
 * of its own (a county's batch: only the labels' cells are found made).
 */
import { renderReportDocx } from "../src/render/docx/index.ts";
import { reportChart } from "../src/render/chart/index.ts";
import { renderReportHtml } from "../src/render/html/render-html.ts";
import type { Report } from "../src/model/types.ts";
import { fullReport } from "../test/builders.ts";
import { report, time } from "./measure.ts";
import { writeReportFile } from "../src/import/report-file.ts";

/** `r` with figures no other report of the run has (the i-th of the run) */
const ownFigures = (r: Report, i: number): Report => ({
  ...r,
  cells: Object.fromEntries(Object.keys(r.cells).map((id, k) => [id, 1000 + ((i * 7919 + k * 104729) % 99000)])),
});

export default async function bench(): Promise<void> {
  for (const editionId of ["gb2021", "gb2019"]) {
    const r = fullReport(editionId);
    const docx = await time(() => renderReportDocx(r, { draft: false }), 300, 50);
    report(`render DOCX ${editionId}, median`, docx.median, "ms", 15);
    report(`render DOCX ${editionId}, p95`, docx.p95, "ms", 30);
    const others = Array.from({ length: 1100 }, (_, i) => ownFigures(r, i));
    let next = 0;
    const own = await time(() => renderReportDocx(others[next++] ?? r, { draft: false }), 300, 50);
    report(`render DOCX ${editionId}, every report with its own figures, median`, own.median, "ms", 15);
    report(`render DOCX ${editionId}, every report with its own figures, p95`, own.p95, "ms", 30);
    const html = await time(() => renderReportHtml(r, { draft: false, reportFile: writeReportFile }), 1000, 100);
    report(`render HTML ${editionId} (median, p95 ${html.p95.toFixed(3)} ms)`, html.median, "ms", 1);
    // last year's figures beside this year's: the graphic's biggest drawing
    const withPrev = {
      ...r,
      previous: { year: r.year - 1, edition: r.edition, cells: fullReport(editionId, 3).cells },
    };
    const chart = await time(() => reportChart(withPrev, { draft: false }), 1000, 100);
    report(
      `render 一图读懂 ${editionId}, both layouts (median, p95 ${chart.p95.toFixed(3)} ms)`,
      chart.median,
      "ms",
      0.5,
    );
  }
}
