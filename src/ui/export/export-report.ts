/**
 * Exporting the open report: the Word document and the published page (final or 草稿), and the
 * report file (.json). A final is refused while any finding blocks it. The renderers (the Word
 * writer and the page's templates) are loaded only when an export is asked for, so they are not
 * part of the app's first load.
 */
import { draftFileStem, reportFileStem } from "../../model/report.ts";
import type { Finding, Report } from "../../model/types.ts";
import { blockingOf, reportFileText } from "../../store/index.ts";
import { download } from "./download.ts";

export type ExportKind = "docx" | "html" | "json";

export type ExportResult =
  { ok: true; name: string } | { ok: false; blocked: Finding[] } | { ok: false; error: string };

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function exportReport(report: Report, kind: ExportKind, draft: boolean): Promise<ExportResult> {
  const base = reportFileStem(report);
  if (kind === "json") {
    const name = `${base}.json`;
    download(name, reportFileText(report), "application/json");
    return { ok: true, name };
  }
  if (!draft) {
    const blocked = blockingOf(report);
    if (blocked.length > 0) return { ok: false, blocked };
  }
  const name = `${draft ? draftFileStem(report) : base}.${kind}`;
  try {
    if (kind === "docx") {
      const { renderReportDocx } = await import("../../render/docx/index.ts");
      download(name, await renderReportDocx(report, { draft }), DOCX_TYPE);
    } else {
      const { renderReportHtml } = await import("../../render/html/render-html.ts");
      download(name, renderReportHtml(report, { draft }), "text/html;charset=utf-8");
    }
    return { ok: true, name };
  } catch (e) {
    return {
      ok: false,
      error: `导出失败：${e instanceof Error ? e.message : String(e)}。请先导出报告文件（.json）保存工作，再重试。`,
    };
  }
}
