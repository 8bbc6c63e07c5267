/**
 * 查找替换 (Ctrl+H, or the header's button): finds words in the whole report's text, shows each hit
 * in its sentence with a box to leave it out, and replaces the chosen ones as one undo step. It
 * opens with last year → this year filled in (2021 → 2022), the usual change.
 */
import { useId, useMemo, useState } from "react";
import type { EditionDef } from "../../model/types.ts";
import { findHits, inContext, replaceInText, showNotice, useAppStore, type TextHit } from "../../store/index.ts";
import { Dialog } from "../common/Dialog.tsx";

/** hits listed one by one at most (all of them are replaced unless left out) */
const MAX_SHOWN = 200;

const keyOf = (h: TextHit) => `${h.section}:${h.start}`;

export function FindReplaceDialog({ edition, onClose }: { edition: EditionDef; onClose: () => void }) {
  const report = useAppStore((s) => s.report);
  const year = report?.year ?? 0;
  const [query, setQuery] = useState(String(year - 1));
  const [replacement, setReplacement] = useState(String(year));
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const id = useId();
  const hits = useMemo(() => (report ? findHits(report, query) : []), [report, query]);
  const chosen = hits.filter((h) => !left.has(keyOf(h)));
  if (!report) return null;
  const toggle = (h: TextHit) => {
    const next = new Set(left);
    if (next.has(keyOf(h))) next.delete(keyOf(h));
    else next.add(keyOf(h));
    setLeft(next);
  };
  const replace = () => {
    if (chosen.length === 0 || query === "") return;
    if (replaceInText(chosen, query, replacement))
      showNotice(`已将 ${chosen.length} 处“${query}”替换为“${replacement}”，可按 Ctrl+Z 撤销。`);
    onClose();
  };
  return (
    <Dialog
      wide
      title="查找替换"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            取消
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={chosen.length === 0 || query === ""}
            onClick={replace}
          >
            替换选中的 {chosen.length} 处
          </button>
        </>
      }
    >
      <form
        className="find-replace__fields"
        onSubmit={(e) => {
          e.preventDefault();
          replace();
        }}
      >
        <label htmlFor={`${id}-find`}>查找</label>
        <input
          id={`${id}-find`}
          className="input"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setLeft(new Set());
          }}
          onFocus={(e) => e.currentTarget.select()}
          data-local-undo=""
          data-autofocus
        />
        <label htmlFor={`${id}-replace`}>替换为</label>
        <input
          id={`${id}-replace`}
          className="input"
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
          data-local-undo=""
        />
      </form>
      <p className="small muted" role="status">
        {query === ""
          ? "输入要查找的文字。"
          : hits.length === 0
            ? `正文中没有“${query}”。`
            : `正文中共 ${hits.length} 处“${query}”，已选 ${chosen.length} 处。替换前请逐处核对：不该改的（如“按时发布${query}年度报告”）取消勾选。`}
      </p>
      {hits.length > 0 && (
        <ul className="find-replace__hits" aria-label="查找结果">
          {hits.slice(0, MAX_SHOWN).map((h) => {
            const c = inContext(edition, report, h);
            return (
              <li key={keyOf(h)} className="find-replace__hit">
                <label>
                  <input type="checkbox" checked={!left.has(keyOf(h))} onChange={() => toggle(h)} />
                  <span className="find-replace__where">{c.where}</span>
                  <span className="find-replace__sentence">
                    {c.before}
                    <mark>{c.match}</mark>
                    {replacement !== "" && !left.has(keyOf(h)) && <ins>{replacement}</ins>}
                    {c.after}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {hits.length > MAX_SHOWN && (
        <p className="small muted">另有 {hits.length - MAX_SHOWN} 处未逐一列出，也会被替换。</p>
      )}
    </Dialog>
  );
}
