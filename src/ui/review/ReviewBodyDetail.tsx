/**
 * One body on the 审核 page: its status, every finding of its own check and every finding across
 * bodies that names it, each with a place for the reviewer's note, a note on the whole report; the
 * body's 审核意见 file to save, its report to open in the editor as a copy (a new draft; the file
 * is read again), and its tables as read.
 */
import { useState } from "react";
import { SEVERITY_LABEL } from "../../model/report.ts";
import { crossBodyOf, findingRow } from "../../review/review-rows.ts";
import { crossBodyKey, EMPTY_NOTES, notesFileName, reviewNotesFor, type BodyNotes } from "../../review/review-notes.ts";
import type { BodyResult, ReviewResult } from "../../review/review-types.ts";
import { createDraft, openReportInput, showNotice } from "../../store/index.ts";
import { ReadOnlyTables } from "./ReadOnlyTables.tsx";
import { downloadNotes } from "./review-downloads.ts";
import { getSession, notesKey, updateSession, useReviewSession } from "./review-session.ts";

const today = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

function setNotes(body: BodyResult, change: (n: BodyNotes) => BodyNotes): void {
  const all = getSession().notes;
  const key = notesKey(body);
  updateSession({ notes: { ...all, [key]: change(all[key] ?? EMPTY_NOTES) } });
}

function NoteField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <label className="field review-note">
      <span className="field__label">{label}</span>
      <textarea className="textarea" rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** Reads the body's file again and opens it in the editor as a new draft. */
async function openCopy(body: BodyResult): Promise<void> {
  const file = getSession().files.get(body.file);
  if (!file) return showNotice(`找不到文件 ${body.file}，请重新选择报告文件`, "error");
  const outcome = await openReportInput({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!outcome.ok) return showNotice(`${file.name}：${outcome.reason}`, "error");
  await createDraft(outcome.report);
  showNotice(`已把 ${body.title} 作为副本打开（新草稿），原文件不变。`, "info");
}

export function ReviewBodyDetail({ body, result }: { body: BodyResult; result: ReviewResult }) {
  const session = useReviewSession();
  const notes = session.notes[notesKey(body)] ?? EMPTY_NOTES;
  const [busy, setBusy] = useState(false);
  const across = crossBodyOf(result, body.file);
  const findingNote = (id: string, label: string) => (
    <NoteField
      label={label}
      value={notes.findings[id] ?? ""}
      onChange={(v) => setNotes(body, (n) => ({ ...n, findings: { ...n.findings, [id]: v } }))}
    />
  );
  const act = (what: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await what();
    } catch (e) {
      showNotice(`操作失败：${e instanceof Error ? e.message : String(e)}`, "error");
    } finally {
      setBusy(false);
    }
  };
  const exportNotes = act(async () =>
    downloadNotes(reviewNotesFor(body, result.crossBody, notes, session.reviewer.trim(), today()), notesFileName(body)),
  );
  return (
    <section className="review-detail" aria-labelledby="review-detail-title">
      <h2 id="review-detail-title" className="review-detail__title" tabIndex={-1}>
        {body.title}
      </h2>
      <p className="muted small">
        {body.file} · {body.ok ? "可发布" : "须修改（有错误）"}
      </p>
      <div className="review-detail__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={exportNotes}>
          导出审核意见
        </button>
        <button type="button" className="button" disabled={busy} onClick={act(() => openCopy(body))}>
          在编辑器中打开副本
        </button>
      </div>
      <NoteField
        label="对这份报告的总体意见"
        value={notes.note}
        onChange={(v) => setNotes(body, (n) => ({ ...n, note: v }))}
      />
      <h3>本报告的检查结果（{body.findings.length}）</h3>
      {body.findings.length === 0 ? (
        <p className="muted">未发现问题。</p>
      ) : (
        <ol className="review-findings">
          {body.findings.map((f) => {
            const row = findingRow(f, body.edition);
            return (
              <li key={f.id} className="review-finding" data-finding={f.id}>
                <p>
                  <span className={`badge badge--${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span> {f.rule}{" "}
                  {row.where}：{row.message}
                </p>
                {findingNote(f.id, `对 ${f.rule}（${row.where}）的意见`)}
              </li>
            );
          })}
        </ol>
      )}
      {across.length > 0 && (
        <>
          <h3>跨机关核对（{across.length}）</h3>
          <ol className="review-findings">
            {across.map((c) => (
              <li key={crossBodyKey(c)} className="review-finding">
                <p>
                  <span className={`badge badge--${c.severity}`}>{SEVERITY_LABEL[c.severity]}</span> {c.rule}{" "}
                  {c.message}
                </p>
                {findingNote(crossBodyKey(c), `对 ${c.rule} 的意见`)}
              </li>
            ))}
          </ol>
        </>
      )}
      {body.skipped.length > 0 && (
        <p className="muted small">未运行的规则：{body.skipped.map(([r, why]) => `${r}（${why}）`).join("；")}</p>
      )}
      <ReadOnlyTables body={body} />
    </section>
  );
}
