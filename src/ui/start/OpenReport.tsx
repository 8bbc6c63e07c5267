/**
 * Bringing a report in: open a report file (a new draft is made; nothing the clerk has is
 * overwritten), or start this year's report from last year's file. Pasted text works the same way.
 * What was read is summarised before it is used.
 */
import { lazy, Suspense, useState } from "react";
import {
  ACCEPTED_FILES,
  createDraft,
  openReportInput,
  startFromLastYear,
  type OpenOutcome,
} from "../../store/index.ts";
import { FilePick } from "./FilePick.tsx";
import type { ImportMode } from "./ImportSummaryDialog.tsx";

// the summary (with the tables as read) is loaded with the importer, only when a file is opened
const ImportSummaryDialog = lazy(async () => ({
  default: (await import("./ImportSummaryDialog.tsx")).ImportSummaryDialog,
}));

type Pending = { mode: ImportMode; outcome: Extract<OpenOutcome, { ok: true }>; name: string };

export function OpenReport() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState("");

  const read = async (mode: ImportMode, input: { name: string; bytes?: Uint8Array; text?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await openReportInput(input);
      if (!outcome.ok) setError(`${input.name}：${outcome.reason}`);
      else setPending({ mode, outcome, name: input.name });
    } finally {
      setBusy(false);
    }
  };
  const readFile = async (mode: ImportMode, file: File) =>
    read(mode, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });

  const confirm = () => {
    if (!pending) return;
    const { mode, outcome } = pending;
    setPending(null);
    void createDraft(mode === "carry" ? startFromLastYear(outcome.report) : outcome.report);
  };

  return (
    <div className="open-report">
      <div className="open-report__row">
        <div>
          <h3 className="open-report__title">打开报告文件</h3>
          <p className="muted small">
            Word 文档（.docx）、有文字层的 PDF、保存的网页（.html、.mht）、Markdown 或文本（.md、.txt），
            或本软件导出的报告文件（.json），读入后另存为一份新草稿。
          </p>
        </div>
        <FilePick accept={ACCEPTED_FILES} label="选择要打开的报告文件" onFile={(f) => void readFile("open", f)}>
          选择文件…
        </FilePick>
      </div>
      <div className="open-report__row">
        <div>
          <h3 className="open-report__title">从去年的报告开始</h3>
          <p className="muted small">
            选择去年的报告（Word、PDF、网页、文本或
            .json）：自动带入“上年结转”等数字，保留去年数据用于跨年度核对，复制去年正文供修改。
          </p>
        </div>
        <FilePick accept={ACCEPTED_FILES} label="选择去年的报告文件" onFile={(f) => void readFile("carry", f)}>
          选择去年的文件…
        </FilePick>
      </div>
      <details className="open-report__paste">
        <summary>粘贴报告内容</summary>
        <textarea
          className="textarea"
          rows={5}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          aria-label="粘贴的报告内容"
          placeholder="把网页或 Word 中的报告全文（含表格）复制后粘贴到这里"
        />
        <div className="open-report__paste-actions">
          <button
            type="button"
            className="button button--small"
            disabled={pasted.trim() === "" || busy}
            onClick={() => void read("open", { name: "粘贴的内容", text: pasted })}
          >
            作为报告打开
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={pasted.trim() === "" || busy}
            onClick={() => void read("carry", { name: "粘贴的内容", text: pasted })}
          >
            作为去年的报告开始
          </button>
        </div>
      </details>
      {busy && <p className="muted small">正在读取……</p>}
      {error && (
        <div className="notice notice--error" role="alert">
          <span className="notice__text">{error}</span>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setError(null)}
            aria-label="关闭"
          >
            ✕
          </button>
        </div>
      )}
      {pending && (
        <Suspense fallback={<p className="muted small">正在读取……</p>}>
          <ImportSummaryDialog {...pending} onCancel={() => setPending(null)} onConfirm={confirm} />
        </Suspense>
      )}
    </div>
  );
}
