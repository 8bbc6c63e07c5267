/**
 * One finding in the panel: its message (click → the cell or text), its rule, and what can be
 * done about it here: its certain correction in one click (采用计算值 for a stated total, 改为“补正”
 * for a known typo — the fix is data on the finding), 说明原因 for a warning (decisions §4).
 */
import { memo, useEffect, useId, useRef, useState } from "react";
import type { EditionDef, Finding } from "../../model/types.ts";
import { applyFixes, explainable, explainFinding, showNotice } from "../../store/index.ts";
import { fixLabel } from "./fix-label.ts";
import { goToFinding } from "./go-to-finding.ts";

/** Re-renders only when what it shows changes (findings are new objects after every check). */
export const FindingItem = memo(
  FindingItemView,
  (a, b) => a.edition === b.edition && sameFinding(a.finding, b.finding),
);

/** The same finding showing the same thing (its id names its rule and target). */
function sameFinding(a: Finding, b: Finding): boolean {
  return a.id === b.id && a.message === b.message && a.explanation === b.explanation && a.severity === b.severity;
}

/**
 * After an explanation is saved or withdrawn the finding moves to the other list (this item goes
 * away): focus follows it, or goes to the list of explained warnings, never to the page's start.
 */
function focusAfterMove(id: string): void {
  requestAnimationFrame(() => {
    const item = [...document.querySelectorAll<HTMLElement>(".findings [data-finding]")].find(
      (el) => el.dataset.finding === id,
    );
    const moved = item?.querySelector<HTMLElement>(".finding__message");
    (
      moved ??
      document.querySelector<HTMLElement>(".findings__toggle") ??
      document.querySelector<HTMLElement>("#findings-title")
    )?.focus();
  });
}

function FindingItemView({ edition, finding: f }: { edition: EditionDef; finding: Finding }) {
  const [explaining, setExplaining] = useState(false);
  const explainId = useId();
  const [draft, setDraft] = useState(f.explanation ?? "");
  const explainButton = useRef<HTMLButtonElement>(null);
  // closing the form without saving returns focus to the button that opened it
  const wasExplaining = useRef(false);
  useEffect(() => {
    if (wasExplaining.current && !explaining) explainButton.current?.focus();
    wasExplaining.current = explaining;
  }, [explaining]);
  const stopExplaining = (moved: boolean) => {
    if (moved) wasExplaining.current = false;
    setExplaining(false);
  };
  const explained = f.explanation !== undefined;
  return (
    <li className={`finding finding--${explained ? "explained" : f.severity}`} data-finding={f.id} data-rule={f.rule}>
      <button
        type="button"
        className="finding__message"
        onClick={() => goToFinding(edition, f)}
        title="定位到相关单元格或文字"
      >
        {f.message}
      </button>
      <div className="finding__meta">
        <span className="finding__rule">{f.rule}</span>
        {f.fix && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              if (f.fix && applyFixes([f.fix])) showNotice(`已${fixLabel(f.fix)}，可按 Ctrl+Z 撤销。`);
            }}
          >
            {fixLabel(f.fix)}
          </button>
        )}
        {explainable(f) && !explaining && (
          <button
            ref={explainButton}
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setDraft(f.explanation ?? "");
              setExplaining(true);
            }}
          >
            {explained ? "修改说明" : "说明原因"}
          </button>
        )}
        {explained && !explaining && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              if (explainFinding(f, "")) focusAfterMove(f.id);
            }}
          >
            撤销说明
          </button>
        )}
      </div>
      {explained && !explaining && <p className="finding__explanation">说明：{f.explanation}</p>}
      {explaining && (
        <form
          className="finding__explain"
          onSubmit={(e) => {
            e.preventDefault();
            const moved = explainFinding(f, draft.trim()) && !explained;
            stopExplaining(moved);
            if (moved) focusAfterMove(f.id);
          }}
        >
          <label className="small muted" htmlFor={explainId}>
            说明为什么这样填（会保存在报告文件中，说明后不再阻止定稿）
          </label>
          <textarea
            id={explainId}
            className="textarea"
            rows={3}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.stopPropagation();
                stopExplaining(false);
              }
            }}
            placeholder="如：本年机构改革，上年结转件数已按合并后的口径重新统计"
            data-local-undo=""
            autoFocus
          />
          <div className="finding__explain-actions">
            <button type="button" className="button button--small" onClick={() => stopExplaining(false)}>
              取消
            </button>
            <button type="submit" className="button button--small button--primary" disabled={draft.trim() === ""}>
              保存说明
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
