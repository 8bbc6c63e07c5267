/**
 * The running text of a PDF: pieces outside the tables grouped into lines by their baseline, and
 * lines into paragraphs the way a reader sees them — a paragraph starts indented, or after a short
 * line, a heading, a change of type size or a wider gap; a line that runs to the right margin goes
 * on in the next one (also over a page break). Page numbers (`— 3 —`, `-4-`, `第3页`) in the top or
 * bottom margin are page furniture. Pure.
 */
import { headingNumber } from "../headings.ts";
import { isPageNumber } from "../page-text.ts";
import type { TextPiece } from "./pdf-engine.ts";

export interface TextLine {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly baseline: number;
  readonly size: number;
  readonly page: number;
}

/** Groups pieces into lines (same baseline within 40 % of the type size), left to right. */
export function linesOf(pieces: readonly TextPiece[], page: number, pageHeight: number): TextLine[] {
  const sorted = [...pieces].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const p of sorted) {
    const g = groups[groups.length - 1];
    const first = g?.[0];
    if (g && first && Math.abs(p.baseline - first.baseline) <= Math.max(first.size, p.size) * 0.4) g.push(p);
    else groups.push([p]);
  }
  const lines: TextLine[] = [];
  for (const g of groups) {
    const l = [...g].sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const p of l) {
      text += text !== "" && p.x - end > p.size * 0.6 && spaced(text, p.text) ? ` ${p.text}` : p.text;
      end = Math.max(end, p.x + p.width);
    }
    const first = l[0];
    if (!first || text.trim() === "") continue;
    const size = Math.max(...l.map((p) => p.size));
    const baseline = first.baseline;
    // a page number in the top or bottom tenth of the page
    const margin = baseline < pageHeight * 0.1 || baseline > pageHeight * 0.9;
    if (margin && isPageNumber(text.replace(/\s+/g, ""))) continue;
    lines.push({ text: unspread(text.trim()), left: first.x, right: end, baseline, size, page });
  }
  return lines;
}

/** Joins lines into paragraphs; `left`/`right` are the text block's margins (the most common edges). */
export function paragraphsOf(lines: readonly TextLine[]): string[] {
  if (lines.length === 0) return [];
  const common = (values: number[]) => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  };
  const left = common(lines.map((l) => l.left));
  const right = Math.max(
    ...lines.map((l) => Math.round(l.right)).filter((r) => Math.abs(r - common(lines.map((l) => l.right))) < 40),
    0,
  );
  const out: string[] = [];
  let current = "";
  let prev: TextLine | null = null;
  for (const line of lines) {
    const indented = line.left > left + line.size * 1.2;
    const prevFull = prev !== null && prev.right >= right - prev.size * 2.2;
    const sameSize = prev !== null && Math.abs(prev.size - line.size) < 1;
    const gap = prev !== null && prev.page === line.page ? line.baseline - prev.baseline : null;
    const normalGap = gap === null || gap < line.size * 2.4;
    const continues =
      prev !== null &&
      prevFull &&
      sameSize &&
      normalGap &&
      !indented &&
      headingNumber(line.text) === null &&
      headingNumber(prev.text) === null;
    if (continues) current += line.text;
    else {
      if (current !== "") out.push(current);
      current = line.text;
    }
    prev = line;
  }
  if (current !== "") out.push(current);
  return out;
}

/** Spaces between Chinese characters or punctuation are justification, not text. */
const CJK = "\\u2e80-\\u9fff\\u3000-\\u303f\\uff00-\\uffef";
const SPREAD = new RegExp(`(?<=[${CJK}])[ \\u00a0]+(?=[${CJK}0-9])|(?<=[0-9])[ \\u00a0]+(?=[${CJK}])`, "g");
export const unspread = (s: string): string => s.replace(SPREAD, "");

/** A gap between two pieces is a space only between Latin letters or digits (justified Chinese text is spread, not spaced). */
export const spaced = (before: string, after: string): boolean =>
  /[A-Za-z0-9.,%]$/.test(before) && /^[A-Za-z0-9(]/.test(after);
