/** The export action for components: runs the export and reports the outcome as a notice; a saved report file is the new backup. */
import { useCallback } from "react";
import { markBackedUp, showNotice, useAppStore } from "../../store/index.ts";
import { exportReport, type ExportKind, type ExportResult } from "./export-report.ts";

export function useExport(): (kind: ExportKind, draft: boolean) => Promise<ExportResult | null> {
  return useCallback(async (kind, draft) => {
    const report = useAppStore.getState().report;
    if (!report) return null;
    const result = await exportReport(report, kind, draft);
    if (result.ok && kind === "json") markBackedUp();
    if (result.ok && result.printed)
      showNotice(
        "已打开打印窗口：在“目标打印机”中选“另存为 PDF”即可保存，供网站发布时附上。报送、盖章请用 Word 文件（.docx）。",
      );
    else if (result.ok) showNotice(`已导出“${result.name}”，请在浏览器的下载列表中查看。`);
    else if ("error" in result) showNotice(result.error, "error");
    return result;
  }, []);
}
