/**
 * Beside a narrative editor: what the section must cover (format.md §2.2, from the model's
 * `guidanceFor`) and sentences made from the report's own figures that the clerk can insert at the
 * caret and then edit (`suggestedSentences`).
 */
import { useMemo } from "react";
import { guidanceFor } from "../../model/narrative-guidance.ts";
import { suggestedSentences } from "../../model/narrative-sentences.ts";
import type { NarrativeKey } from "../../model/types.ts";
import { editNarrative, useAppStore } from "../../store/index.ts";
import { insertAtCaret } from "./insert-text.ts";

export function GuidancePanel({ narrativeKey: key }: { narrativeKey: NarrativeKey }) {
  const report = useAppStore((s) => s.report);
  const guidance = useMemo(() => (report ? guidanceFor(report, key) : null), [report, key]);
  const sentences = useMemo(() => (report ? suggestedSentences(report, key) : []), [report, key]);
  if (!report || !guidance) return null;
  return (
    <aside className="guide" aria-label={`${guidance.title}：写作要点`}>
      <h3 className="guide__title">写作要点</h3>
      <ul className="guide__points">
        {guidance.points.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {sentences.length > 0 && (
        <>
          <h3 className="guide__title">按表格数字生成的句子</h3>
          <p className="guide__note small muted">插入到光标处后可以修改；表格数字变了，检查会提示正文不一致。</p>
          <ul className="guide__sentences">
            {sentences.map((s, i) => (
              <li key={i} className="guide__sentence">
                <p className="guide__sentence-text">{s.text}</p>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    const current = useAppStore.getState().report?.narrative[key] ?? "";
                    const { text, caret } = insertAtCaret(key, current, s.text);
                    editNarrative(key, text);
                    requestAnimationFrame(() => {
                      const area = document.querySelector<HTMLTextAreaElement>(`textarea[data-narrative="${key}"]`);
                      area?.focus();
                      area?.setSelectionRange(caret, caret);
                    });
                  }}
                  aria-label={`插入：${s.label}`}
                >
                  插入：{s.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
