/**
 * What was read from a file, shown before it is used: the body, year and edition with where each
 * came from, the three tables as read (blank, ambiguous and arithmetic-split cells marked), label
 * deviations, and every finding by its rule.
 */
import { getEdition } from "../../model/editions/index.ts";
import { reportTitle } from "../../model/report.ts";
import type { Severity } from "../../model/types.ts";
import { carriedCellCount, type OpenOutcome } from "../../store/index.ts";
import { Dialog } from "../common/Dialog.tsx";
import { SEVERITY_LABEL } from "../common/labels.ts";
import { ImportFindings } from "./ImportFindings.tsx";
import { ImportTables } from "./ImportTables.tsx";

export type ImportMode = "open" | "carry";

export function ImportSummaryDialog({
  mode,
  outcome,
  name,
  onCancel,
  onConfirm,
}: {
  mode: ImportMode;
  outcome: Extract<OpenOutcome, { ok: true }>;
  name: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { report, summary } = outcome;
  const edition = getEdition(report.edition);
  const count = (s: Severity) => summary.findings.filter((f) => f.severity === s).length;
  const carried = mode === "carry" ? carriedCellCount(report) : 0;
  const copied = mode === "carry" ? Object.values(report.narrative).filter((t) => t.trim() !== "").length : 0;
  return (
    <Dialog
      wide
      title={mode === "carry" ? `从 ${report.year} 年度报告开始 ${report.year + 1} 年度报告` : "打开报告"}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            取消
          </button>
          <button type="button" className="button button--primary" onClick={onConfirm} data-autofocus>
            {mode === "carry" ? `开始 ${report.year + 1} 年度报告` : "打开（另存为新草稿）"}
          </button>
        </>
      }
    >
      <dl className="summary">
        <dt>来源</dt>
        <dd>
          {name}（{summary.source}）
        </dd>
        <dt>报告</dt>
        <dd>{reportTitle(report)}</dd>
        <dt>机关</dt>
        <dd>
          {report.org.name || report.org.shortName} <span className="muted small">（取自：{summary.origins.org}）</span>
        </dd>
        <dt>报告年度</dt>
        <dd>
          {report.year} 年度 <span className="muted small">（取自：{summary.origins.year}）</span>
        </dd>
        <dt>表格格式</dt>
        <dd>
          {edition ? `${edition.basis}（${report.year} 年度）` : report.edition}{" "}
          <span className="muted small">（{summary.origins.edition}）</span>
        </dd>
        <dt>读到的数字</dt>
        <dd>
          {summary.recovered} 格有数字，{summary.blank} 格空白
          {summary.ambiguous.length > 0 && `，${summary.ambiguous.length} 格无法确定位置`}
          {summary.resolved.length > 0 && `，${summary.resolved.length} 行按勾稽关系拆分`}
          {summary.differences.length > 0 && `，${summary.differences.length} 格与网页中的报告数据不一致`}
        </dd>
        <dt>检查结果</dt>
        <dd>
          {summary.findings.length === 0
            ? "未发现问题"
            : (["E", "W", "I"] as const)
                .filter((s) => count(s) > 0)
                .map((s) => `${SEVERITY_LABEL[s]} ${count(s)} 项`)
                .join("，")}
        </dd>
      </dl>
      {summary.tables.length > 0 && <ImportTables tables={summary.tables} />}
      {summary.resolved.length > 0 && (
        <section className="summary__list">
          <h3>按表中勾稽关系拆分的数字（请核对）</h3>
          <ul>
            {summary.resolved.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      {summary.differences.length > 0 && (
        <section className="summary__list">
          <h3>与网页中的报告数据不一致的数字（已采用网页上显示的数字，请核对）</h3>
          <ul>
            {summary.differences.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      {summary.ambiguous.length > 0 && (
        <section className="summary__list">
          <h3>无法确定位置的内容（已留空，请核对后填写）</h3>
          <ul>
            {summary.ambiguous.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      {summary.deviations.length > 0 && (
        <section className="summary__list">
          <h3>与官方格式不一致的标签</h3>
          <p className="small muted">
            这是原文件的问题；本软件生成的 Word 和网页一律使用官方格式的标签，导入后不再提示。
          </p>
          <ul>
            {summary.deviations.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      {summary.notes.length > 0 && (
        <section className="summary__list">
          <h3>说明</h3>
          <ul>
            {summary.notes.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      <ImportFindings findings={summary.findings} editionId={report.edition} />
      {mode === "carry" && (
        <div className="notice notice--info">
          <div className="notice__text">
            将新建 <strong>{report.year + 1} 年度</strong>报告：
            <ul className="summary__carry">
              <li>带入 {carried} 格数字（如“二、上年结转政府信息公开申请数量”取自去年的“四、结转下年度继续办理”）；</li>
              <li>保留去年的表格数字，用于跨年度核对；</li>
              <li>
                {copied > 0
                  ? `复制去年 ${copied} 个部分的正文，标为“待核对”，请逐段修改为今年的情况。`
                  : "去年的报告没有正文可复制。"}
              </li>
            </ul>
          </div>
        </div>
      )}
    </Dialog>
  );
}
