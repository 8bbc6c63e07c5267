/**
 * Last year's report beside this one: needed for the cross-year checks (上年结转 = last year's
 * 结转下年度, 现行有效件数 …). Attaching it fills carried-over cells that are still blank.
 */
import { useState } from "react";
import {
  ACCEPTED_FILES,
  openReportInput,
  replaceReport,
  showNotice,
  useAppStore,
  withPrevious,
} from "../../store/index.ts";
import { FilePick } from "../start/FilePick.tsx";

export function usePreviousYearPicker(): (file: File) => Promise<void> {
  return async (file: File) => {
    const report = useAppStore.getState().report;
    if (!report) return;
    const outcome = await openReportInput({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (!outcome.ok) return showNotice(`${file.name}：${outcome.reason}`, "error");
    if (outcome.report.year !== report.year - 1)
      return showNotice(`所选文件是 ${outcome.report.year} 年度报告，上年报告应为 ${report.year - 1} 年度。`, "error");
    const { report: next, filled } = withPrevious(report, outcome.report);
    replaceReport(next);
    showNotice(
      `已载入 ${outcome.report.year} 年度报告用于跨年度核对${filled > 0 ? `，并带入 ${filled} 格上年结转数字` : ""}。可按 Ctrl+Z 撤销。`,
    );
  };
}

export function PreviousYearBox() {
  const previous = useAppStore((s) => s.report?.previous);
  const year = useAppStore((s) => s.report?.year ?? 0);
  const pick = usePreviousYearPicker();
  const [busy, setBusy] = useState(false);
  return (
    <div className="info-group previous-box">
      <div className="previous-box__text">
        <h3 className="info-group__title">上年报告</h3>
        {previous ? (
          <p>已载入 {previous.year} 年度报告的数字，用于跨年度核对（如“上年结转”应等于上年“结转下年度继续办理”）。</p>
        ) : (
          <p className="muted">
            未载入 {year - 1} 年度报告，跨年度核对不会进行。载入去年的报告（Word、网页、文本或
            .json）即可核对，并自动带入上年结转数字。
          </p>
        )}
      </div>
      <FilePick
        accept={ACCEPTED_FILES}
        label={`选择 ${year - 1} 年度报告文件`}
        onFile={(f) => {
          setBusy(true);
          void pick(f).finally(() => setBusy(false));
        }}
      >
        {busy ? "正在读取…" : previous ? "更换上年报告…" : "载入上年报告…"}
      </FilePick>
    </div>
  );
}
