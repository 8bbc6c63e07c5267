/**
 * Check `narrative-copied` (RD-07c): a section (五, problems) largely identical to the same section
 * of last year's report. Similarity is the Dice coefficient over character bigrams of the text
 * without blanks, punctuation and digits (so a changed year does not hide a copy). Runs only when
 * last year's report is given; when it has no text for the section, the check says it was skipped.
 */
import { narrativeName } from "../../model/report.ts";
import type { DocumentRuleDef } from "../../model/types.ts";
import type { RuleImpl } from "../context.ts";
import { narrativeFinding } from "./text-scan.ts";

/** whether a character counts for similarity: Chinese characters and Latin letters, not digits or punctuation */
export const countsForSimilarity = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** The text's character bigrams as sorted numbers (first × 65536 + second). */
function bigrams(s: string): Uint32Array {
  const out = new Uint32Array(s.length);
  let n = 0;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!countsForSimilarity(c)) continue;
    if (prev >= 0) out[n++] = prev * 65536 + c;
    prev = c;
  }
  return out.subarray(0, n).sort();
}

/** last year's text does not change between checks: its bigrams are kept for the next one */
let lastYear: { text: string; grams: Uint32Array } | null = null;
function bigramsOfLastYear(text: string): Uint32Array {
  if (lastYear?.text !== text) lastYear = { text, grams: bigrams(text) };
  return lastYear.grams;
}

/** Dice coefficient of the character bigrams of two texts (multiset), 0–1; `b` is last year's. */
export function bigramSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigramsOfLastYear(b));
}

function dice(x: Uint32Array, y: Uint32Array): number {
  if (x.length === 0 || y.length === 0) return x.length === y.length ? 1 : 0;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const p = x[i] ?? 0;
    const q = y[j] ?? 0;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

export const copiedText: RuleImpl<DocumentRuleDef<"narrative-copied">> = (rule, ctx, out) => {
  const opts = rule.options;
  if (!ctx.prev) return; // RD-07's other parts run; cross-year skips are reported by the cross-year rules
  const before = ctx.prev.narrative[opts.section];
  if (before === undefined || before.trim() === "") {
    ctx.skipped.set(rule.id, `上年报告没有“${narrativeName(ctx.edition, opts.section)}”正文，与上年雷同的核对未进行`);
    return;
  }
  const text = ctx.report.narrative[opts.section];
  const now = bigrams(text);
  const then = bigramsOfLastYear(before);
  // n characters make n − 1 bigrams
  if (now.length + 1 < opts.minLength || then.length + 1 < opts.minLength) return;
  const similarity = dice(now, then);
  if (similarity < opts.threshold) return;
  const percent = Math.round(similarity * 100);
  out.push(
    // about the section as a whole: an edit anywhere in it keeps the finding (and its explanation)
    narrativeFinding(rule, opts.section, null, {
      expected: `< ${Math.round(opts.threshold * 100)}%`,
      actual: `${percent}%`,
      message: `${narrativeName(ctx.edition, opts.section)}与 ${ctx.prev.year} 年报告的同一部分相似度为 ${percent}%，像是照搬上年：请写明本年度的问题和改进情况`,
    }),
  );
};
