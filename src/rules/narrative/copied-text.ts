/**
 * Check `narrative-copied` (RD-07 c): a section (五, problems) largely identical to the same section
 * of last year's report. Similarity is the Dice coefficient over character bigrams of the text
 * without blanks, punctuation and digits (so a changed year does not hide a copy). Runs only when
 * last year's report with its text is given; otherwise the check says it was skipped.
 */
import type { NarrativeKey } from "../../model/types.ts";
import { registerDocumentCheck } from "../document-checks.ts";
import { narrativeFinding, sectionLabel } from "./text-scan.ts";

interface CopiedOptions {
  readonly section: NarrativeKey;
  /** similarity (0–1) from which the text counts as copied */
  readonly threshold: number;
  /** texts shorter than this (after normalising) are not compared */
  readonly minLength: number;
}

const NOISE = /[\s\p{P}\p{S}0-9０-９]/gu;

/** Dice coefficient of the character bigrams of two texts (multiset), 0–1. */
export function bigramSimilarity(a: string, b: string): number {
  const x = a.replace(NOISE, "");
  const y = b.replace(NOISE, "");
  if (x.length < 2 || y.length < 2) return x === y ? 1 : 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < x.length; i++) {
    const g = x.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < y.length; i++) {
    const g = y.slice(i, i + 2);
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

registerDocumentCheck("narrative-copied", (rule, ctx, out) => {
  const opts = rule.options as CopiedOptions | undefined;
  if (!opts) return;
  const before = ctx.prev?.narrative[opts.section];
  if (!ctx.prev || before === undefined || before.trim() === "") {
    ctx.skipped.set(rule.id, `未提供上年报告的“${sectionLabel(opts.section)}”正文，与上年雷同的核对未进行`);
    return;
  }
  const text = ctx.report.narrative[opts.section];
  if (text.replace(NOISE, "").length < opts.minLength || before.replace(NOISE, "").length < opts.minLength) return;
  const similarity = bigramSimilarity(text, before);
  if (similarity < opts.threshold) return;
  const percent = Math.round(similarity * 100);
  out.push(
    narrativeFinding(rule, opts.section, { start: 0, end: text.length }, {
      expected: `< ${Math.round(opts.threshold * 100)}%`,
      actual: `${percent}%`,
      message: `${sectionLabel(opts.section)}与 ${ctx.prev.year} 年报告的同一部分相似度为 ${percent}%，像是照搬上年：请写明本年度的问题和改进情况`,
    }),
  );
});
