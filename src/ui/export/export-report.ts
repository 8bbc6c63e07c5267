/**
 * Exporting the open report: the Word document, the published page and its PDF (the page printed
 * by the browser), the one-page graphic (一图读懂) as SVG or as PNG (drawn by the browser from the
 * SVG), final or 草稿, and the report file (.json). A final is refused while any finding blocks it. The renderers (the Word writer and the page's templates) are loaded only when an
 * export is asked for, so they are not part of the app's first load.
 */
import { draftFileStem, reportFileStem } from "../../model/report.ts";
import type { Finding, Report } from "../../model/types.ts";
import { blockingOf, reportFileText } from "../../store/index.ts";
import { download } from "./download.ts";
import { printPage } from "./print-page.ts";

export type ExportKind = "docx" | "html" | "pdf" | "json" | "svg" | "png";

/** The graphic as a PNG is this wide (as portals and messaging apps show a one-page graphic). */
export const CHART_PNG_WIDTH = 1080;

export type ExportResult =
  /** `printed`: handed to the browser's print dialog rather than downloaded */
  { ok: true; name: string; printed: boolean } | { ok: false; blocked: Finding[] } | { ok: false; error: string };

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function exportReport(report: Report, kind: ExportKind, draft: boolean): Promise<ExportResult> {
  const base = reportFileStem(report);
  if (kind === "json") {
    const name = `${base}.json`;
    download(name, reportFileText(report), "application/json");
    return { ok: true, name, printed: false };
  }
  if (!draft) {
    const blocked = blockingOf(report);
    if (blocked.length > 0) return { ok: false, blocked };
  }
  const stem = draft ? draftFileStem(report) : base;
  const name = `${stem}.${kind}`;
  try {
    if (kind === "svg" || kind === "png") {
      const [{ chartSvgFile, reportChart }, { svgToPng }] = await Promise.all([
        import("../../render/chart/index.ts"),
        import("./svg-to-png.ts"),
      ]);
      const chart = reportChart(report, { draft });
      const chartName = `一图读懂·${stem}.${kind}`;
      if (kind === "svg") download(chartName, chartSvgFile(chart), "image/svg+xml");
      else download(chartName, await svgToPng(chart.svg, CHART_PNG_WIDTH), "image/png");
      return { ok: true, name: chartName, printed: false };
    }
    if (kind === "docx") {
      const { renderReportDocx } = await import("../../render/docx/index.ts");
      download(name, await renderReportDocx(report, { draft }), DOCX_TYPE);
      return { ok: true, name, printed: false };
    }
    const { renderReportHtml } = await import("../../render/html/render-html.ts");
    const html = renderReportHtml(report, { draft, reportFile: reportFileText });
    if (kind === "pdf") {
      await printPage(html, name);
      return { ok: true, name, printed: true };
    }
    download(name, html, "text/html;charset=utf-8");
    return { ok: true, name, printed: false };
  } catch (e) {
    return {
      ok: false,
      error: `导出失败：${e instanceof Error ? e.message : String(e)}。请先导出报告文件（.json）保存工作，再重试。`,
    };
  }
}
