/**
 * All findings of the open report, live: blank cells grouped (with 空白填 0), then errors,
 * warnings and notes, and explained warnings; rules that could not run (no last-year report) are
 * named. Clicking a finding takes the clerk to the cell or text; a finding with a certain correction
 * offers it, and all wrong stated totals can take their computed sums at once (采用全部计算值).
 * Last, the county's 审核意见 on this report, when the clerk opened one (ReviewPoints).
 */
import { lazy, Suspense, useMemo, useState } from "react";
import { cellIndex } from "../../model/editions/index.ts";
import { cellsOf } from "../../model/findings.ts";
import type { EditionDef, Finding, Severity } from "../../model/types.ts";
import {
  ACCEPTED_FILES,
  applyFixes,
  checkOf,
  fillBlanksWithZero,
  isBlankFinding,
  showNotice,
  useAppStore,
} from "../../store/index.ts";
import { SEVERITY_LABEL } from "../common/labels.ts";
import { usePreviousYearPicker } from "../editor/PreviousYearBox.tsx";
import { FilePick } from "../start/FilePick.tsx";
import { FindingItem } from "./FindingItem.tsx";
import { goToCell } from "./go-to-finding.ts";
import "./findings.css";

const ORDER: readonly Severity[] = ["E", "W", "I"];

// the county's 审核意见 (and the notes file's reader) are loaded after the editor, not with the first screen
const ReviewPoints = lazy(async () => ({ default: (await import("./ReviewPoints.tsx")).ReviewPoints }));

function BlankGroup({ edition, blanks }: { edition: EditionDef; blanks: readonly Finding[] }) {
  const [open, setOpen] = useState(false);
  const byTable = useMemo(() => {
    const tables = new Map<string, string[]>();
    for (const f of blanks)
      for (const id of cellsOf(f.target)) {
        const table = cellIndex(edition).get(id)?.table ?? "";
        tables.set(table, [...(tables.get(table) ?? []), id]);
      }
    return tables;
  }, [blanks, edition]);
  const headingOf = (table: string) => edition.sections.find((s) => s.table === table)?.heading ?? table;
  return (
    <div className="findings__blank">
      <div className="findings__blank-head">
        <span>
          <span className="badge badge--E">{blanks.length}</span> 格未填写
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            if (fillBlanksWithZero()) showNotice(`已将 ${blanks.length} 个空白格填为 0，可按 Ctrl+Z 撤销。`);
          }}
        >
          全部空白填 0
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? "收起" : "查看"}
        </button>
      </div>
      <p className="small muted findings__blank-help">没有发生的事项请填 0。定稿时不能有空白格。</p>
      {open && (
        <ul className="findings__blank-list">
          {[...byTable].map(([table, ids]) => (
            <li key={table}>
              <button type="button" className="link-button" onClick={() => ids[0] && goToCell(edition, ids[0])}>
                {headingOf(table)}：{ids.length} 格
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Skipped({ skipped }: { skipped: ReadonlyMap<string, string> }) {
  const pick = usePreviousYearPicker();
  const year = useAppStore((s) => s.report?.year ?? 0);
  if (skipped.size === 0) return null;
  const reasons = [...new Set(skipped.values())];
  return (
    <div className="notice notice--info findings__skipped">
      <div className="notice__text">
        <div>
          {reasons.join("；")}（{[...skipped.keys()].join("、")}）。
        </div>
        <FilePick accept={ACCEPTED_FILES} label={`载入 ${year - 1} 年度报告文件`} onFile={(f) => void pick(f)}>
          载入上年报告…
        </FilePick>
      </div>
    </div>
  );
}

/** 采用全部计算值: every stated total that differs from its parts takes the computed sum, in one step. */
function AdoptAll({ findings }: { findings: readonly Finding[] }) {
  const fixes = findings.flatMap((f) => (f.fix?.kind === "adopt-computed" ? [f.fix] : []));
  if (fixes.length < 2) return null;
  return (
    <div className="findings__adopt-all">
      <span className="small">{fixes.length} 处填写的总计与各项之和不符</span>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          if (applyFixes(fixes)) showNotice(`已对 ${fixes.length} 处总计采用计算值，可按 Ctrl+Z 撤销。`);
        }}
      >
        采用全部计算值
      </button>
    </div>
  );
}

export function FindingsPanel({ edition }: { edition: EditionDef }) {
  const check = useAppStore((s) => (s.report ? checkOf(s.report) : null));
  const [showExplained, setShowExplained] = useState(false);
  if (!check) return null;
  const blanks = check.findings.filter((f) => isBlankFinding(edition, f));
  const rest = check.findings.filter((f) => !isBlankFinding(edition, f));
  const open = rest.filter((f) => f.explanation === undefined);
  const explained = rest.filter((f) => f.explanation !== undefined);
  const count = (s: Severity) => open.filter((f) => f.severity === s).length + (s === "E" ? blanks.length : 0);
  const blocking = count("E") + count("W");
  return (
    <aside className="findings" aria-labelledby="findings-title">
      <div className="findings__head">
        <h2 id="findings-title" className="findings__title" tabIndex={-1}>
          检查结果
        </h2>
        {/* not a live region: FindingsAnnouncer reads out the changes once the clerk pauses */}
        <p className="findings__summary">
          {check.findings.length === 0 ? (
            <span className="findings__ok">未发现问题，可以导出最终版</span>
          ) : (
            <>
              {ORDER.map((s) => (
                <span key={s} className={`findings__count findings__count--${s}`}>
                  {SEVERITY_LABEL[s]} {count(s)}
                </span>
              ))}
              {blocking === 0 && <span className="findings__ok">可以导出最终版</span>}
            </>
          )}
        </p>
      </div>
      <div className="findings__scroll">
        <Skipped skipped={check.skipped} />
        {blanks.length > 0 && <BlankGroup edition={edition} blanks={blanks} />}
        {ORDER.map((s) => {
          const list = open.filter((f) => f.severity === s);
          if (list.length === 0) return null;
          return (
            <section key={s} className="findings__group" aria-label={SEVERITY_LABEL[s]}>
              <h3 className={`findings__group-title findings__group-title--${s}`}>
                {SEVERITY_LABEL[s]}
                <span className="findings__group-hint">
                  {s === "E" ? "须改正才能定稿" : s === "W" ? "改正，或说明原因" : "供参考，不影响定稿"}
                </span>
              </h3>
              <AdoptAll findings={list} />
              <ul className="findings__list">
                {list.map((f) => (
                  <FindingItem key={f.id} edition={edition} finding={f} />
                ))}
              </ul>
            </section>
          );
        })}
        {explained.length > 0 && (
          <section className="findings__group" aria-label="已说明的警告">
            <button
              type="button"
              className="findings__toggle"
              aria-expanded={showExplained}
              onClick={() => setShowExplained(!showExplained)}
            >
              已说明的警告（{explained.length}）{showExplained ? "▴" : "▾"}
            </button>
            {showExplained && (
              <ul className="findings__list">
                {explained.map((f) => (
                  <FindingItem key={f.id} edition={edition} finding={f} />
                ))}
              </ul>
            )}
          </section>
        )}
        <Suspense fallback={null}>
          <ReviewPoints findings={check.findings} />
        </Suspense>
      </div>
    </aside>
  );
}
