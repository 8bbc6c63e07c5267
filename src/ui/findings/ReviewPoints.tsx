/**
 * The county's 审核意见 beside the clerk's own findings: the clerk opens the file the reviewer sent
 * (refused, with the reason, when it is about another body's or another year's report), and each
 * of the reviewer's points shows where it stands after the clerk's latest check — 已解决 once the
 * check no longer finds it (by the finding's stable id), 待处理 while it does — with the reviewer's
 * note. Read through the notes file's bounded door.
 */
import { useState } from "react";
import type { Finding } from "../../model/types.ts";
import { describeNotesErrors, MAX_NOTES_BYTES, readReviewNotesBytes } from "../../review/review-notes-file.ts";
import { notesMismatch, pointState, POINT_STATE_LABEL, type PointState } from "../../review/review-points.ts";
import { showNotice, useAppStore } from "../../store/index.ts";
import { SEVERITY_LABEL } from "../common/labels.ts";
import { FilePick } from "../start/FilePick.tsx";
import { setReviewPoints, useReviewPoints } from "./review-points-store.ts";

const TONE: Readonly<Record<PointState, string>> = { done: "ok", open: "W", explained: "I", county: "I" };

export function ReviewPoints({ findings }: { findings: readonly Finding[] }) {
  const draftId = useAppStore((s) => s.draftId);
  const report = useAppStore((s) => s.report);
  const notes = useReviewPoints(draftId);
  const [error, setError] = useState<string | null>(null);
  if (!draftId || !report) return null;

  const open = async (file: File) => {
    setError(null);
    if (file.size > MAX_NOTES_BYTES) return setError(`${file.name}：文件太大，不像是审核意见文件`);
    const read = readReviewNotesBytes(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return setError(`${file.name} 无法打开：${describeNotesErrors(read.errors)}`);
    const mismatch = notesMismatch(read.notes, report);
    if (mismatch) return setError(`${file.name} 没有打开：${mismatch}。`);
    setReviewPoints(draftId, read.notes);
    showNotice(`已打开 ${read.notes.reviewer || "审核单位"} 的审核意见（${read.notes.points.length} 条）。`);
  };
  const states = notes?.points.map((p) => pointState(p, findings)) ?? [];
  const resolved = states.filter((s) => s === "done").length;
  const own = notes?.points.filter((p) => p.scope === "report").length ?? 0;

  return (
    <section className="review-points" aria-labelledby="review-points-title">
      <h3 id="review-points-title" className="review-points__title">
        审核意见
      </h3>
      {error && (
        <p className="review-points__error" role="alert">
          {error}
        </p>
      )}
      {!notes ? (
        <p className="small muted">收到上级审核单位发回的审核意见文件（审核意见-….json）后在这里打开，逐条对照修改。</p>
      ) : (
        <>
          <p className="small">
            {notes.reviewer || "审核单位"}
            {notes.date ? ` ${notes.date}` : ""} 审核 · 本报告问题已解决 {resolved} / {own} 条
          </p>
          {notes.note && <p className="review-points__note">总体意见：{notes.note}</p>}
          <ul className="review-points__list">
            {notes.points.map((p, i) => {
              const state = states[i] ?? "open";
              return (
                <li key={`${p.scope}:${p.id}:${i}`} className="review-points__item" data-point-state={state}>
                  <p>
                    <span className={`badge badge--${TONE[state]}`}>{POINT_STATE_LABEL[state]}</span>{" "}
                    {SEVERITY_LABEL[p.severity]} {p.rule} {p.where}：{p.message}
                  </p>
                  {p.note && <p className="review-points__note">审核意见：{p.note}</p>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="review-points__actions">
        <FilePick accept=".json,application/json" label="打开审核意见文件" onFile={(f) => void open(f)}>
          {notes ? "换一份审核意见…" : "打开审核意见…"}
        </FilePick>
        {notes && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setReviewPoints(draftId, null)}
          >
            移除审核意见
          </button>
        )}
      </div>
    </section>
  );
}
