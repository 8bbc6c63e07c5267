/**
 * Plain-text editing of a narrative section, paragraphs kept as lines. Findings that point at a
 * range of the text are marked in place (a highlight layer behind the transparent textarea) and
 * listed below it; choosing one selects the range. Text copied from last year is flagged until
 * the clerk marks it reviewed.
 */
import { useLayoutEffect, useMemo, useRef } from "react";
import type { Finding, NarrativeKey } from "../../model/types.ts";
import { applyFixes, checkOf, editNarrative, markReviewed, showNotice, useAppStore } from "../../store/index.ts";
import { SEVERITY_LABEL } from "../common/labels.ts";
import { fixLabel } from "../findings/fix-label.ts";
import { markTouched } from "./insert-text.ts";
import { markRuns } from "./text-marks.ts";
import "./narrative.css";

/** Findings about this section's text (a range, or the section as a whole). */
export function narrativeFindings(findings: readonly Finding[], key: NarrativeKey): Finding[] {
  return findings.filter((f) => f.target.kind === "text" && f.target.section === key);
}

/** the places of one grouped finding marked in the text at most */
const MAX_MARKS = 500;

/** The range of its section a finding marks, if it marks one. */
const spanOf = (f: Finding) => (f.target.kind === "text" ? f.target.span : null);

/** Focuses a narrative editor and selects a range of its text. */
export function selectNarrativeRange(key: NarrativeKey, start: number, end: number): boolean {
  const area = document.querySelector<HTMLTextAreaElement>(`textarea[data-narrative="${key}"]`);
  if (!area) return false;
  area.focus();
  area.setSelectionRange(start, end);
  // scroll the selection into view: place the caret line near the top of the window
  const before = area.value.slice(0, start).split("\n").length;
  const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 24;
  const top = area.getBoundingClientRect().top + window.scrollY + (before - 1) * lineHeight;
  area.closest(".editor__main")?.scrollTo?.({ top: Math.max(0, top - 160), behavior: "smooth" });
  return true;
}

export function NarrativeEditor({
  narrativeKey: key,
  label,
  help,
}: {
  narrativeKey: NarrativeKey;
  label: string;
  help?: string;
}) {
  const text = useAppStore((s) => s.report?.narrative[key] ?? "");
  const review = useAppStore((s) => s.report?.review?.includes(key) ?? false);
  const prevYear = useAppStore((s) => s.report?.previous?.year);
  const findings = useAppStore((s) => (s.report ? checkOf(s.report).findings : []));
  const mine = useMemo(() => narrativeFindings(findings, key), [findings, key]);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = `narrative-${key}`;

  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.max(el.scrollHeight, 160)}px`;
  }, [text]);

  const runs = useMemo(
    () =>
      markRuns(
        text,
        mine.flatMap((f) => {
          const level = f.explanation !== undefined ? "explained" : f.severity;
          // a grouped finding marks each of its places (the first MAX_MARKS: the text stays light to draw)
          const spans = f.places ?? (spanOf(f) ? [spanOf(f)] : []);
          return spans
            .slice(0, MAX_MARKS)
            .flatMap((span) => (span ? [{ start: span.start, end: span.end, level }] : []));
        }),
      ),
    [text, mine],
  );
  const paragraphs = text.split("\n").filter((p) => p.trim() !== "").length;
  const chars = text.replace(/\s/g, "").length;

  return (
    <div className="narr">
      <div className="narr__head">
        <label className="narr__label" htmlFor={id}>
          {label}
        </label>
        <span className="narr__count small muted">
          {paragraphs} 段 · {chars} 字
        </span>
      </div>
      {review && (
        <div className="notice notice--warn narr__review" role="note">
          <span className="notice__text">
            这部分是从{prevYear ? ` ${prevYear} 年度` : "去年的"}
            报告复制的，请逐段改写为今年的情况（年份、数字、工作内容），核对完毕后点“已核对”。
          </span>
          <button type="button" className="button button--small" onClick={() => markReviewed(key)}>
            已核对
          </button>
        </div>
      )}
      <div className="narr__field">
        <div className="narr__backdrop" aria-hidden="true">
          {runs.map((r, i) =>
            r.level ? (
              <mark key={i} className={`narr__mark narr__mark--${r.level}`}>
                {r.text}
              </mark>
            ) : (
              <span key={i}>{r.text}</span>
            ),
          )}
          {"\u200b"}
        </div>
        <textarea
          ref={area}
          id={id}
          data-narrative={key}
          className="narr__textarea"
          value={text}
          spellCheck={false}
          aria-describedby={`${id}-help${mine.length > 0 ? ` ${id}-findings` : ""}`}
          aria-invalid={mine.some((f) => f.severity !== "I" && f.explanation === undefined) ? true : undefined}
          onChange={(e) => editNarrative(key, e.target.value)}
          onFocus={(e) => markTouched(e.currentTarget)}
        />
      </div>
      <p id={`${id}-help`} className="narr__help small muted">
        {help ??
          "每段一行（按回车分段）。以“（一）”开头的段落是二级标题，以“1.”开头的是三级标题。六个部分的标题由系统生成，不用在正文中再写。"}
      </p>
      {mine.length > 0 && (
        <ul id={`${id}-findings`} className="narr__findings" aria-label="本部分正文的问题">
          {mine.map((f) => (
            <li
              key={f.id}
              className={`narr__finding narr__finding--${f.explanation !== undefined ? "explained" : f.severity}`}
            >
              <span className={`badge badge--${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
              <span className="narr__finding-text">{f.message}</span>
              {f.fix && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    if (f.fix && applyFixes([f.fix])) showNotice(`已${fixLabel(f.fix)}，可按 Ctrl+Z 撤销。`);
                  }}
                >
                  {fixLabel(f.fix)}
                </button>
              )}
              {spanOf(f) && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const span = spanOf(f);
                    if (span) selectNarrativeRange(key, span.start, span.end);
                  }}
                >
                  在正文中选中
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
