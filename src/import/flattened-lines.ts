/**
 * The lines under 二–四 of a page whose tables a crawler or CMS flattened into text: one cell a
 * line, a row's label and numbers on one line, or a row's cells joined without a space so that the
 * digits run together (`一、本年新收政府信息公开申请数量3000003`, `…00000002.其他法律…`). Read as one
 * long table row whose blank cells vanished; a digit run stays one value here (the placement step
 * splits it only by the tables' identities), and where the next label's number may have run into
 * it, both readings are kept.
 */
import type { SeenCell, TableBlock } from "./blocks.ts";
import type { Catalogue } from "./catalogue.ts";
import { halfWidth, labelKey } from "./labels.ts";
import { isValueLike } from "./value-text.ts";

/** a digit run (decimals kept whole, a sign kept with the digits after it) */
const RUN = /[-−–—－]?\d+(?:\.\d+)?/g;
/** what may stand between two runs of a row: a label's words (never bare punctuation, which would pass for a placeholder) */
const WORDS = /[\u4e00-\u9fffA-Za-z]/;
/** after a run: a label's numbering (`2.其他…`, `2、其他…`) */
const NUMBERING = /^[.、．，,](?=[^\d\s])/;

/**
 * Whether the last digits of a run are the number of the label after it: `2` of `…00000002.其他法律…`
 * when “2.其他法律…” is an official label. Returns how many digits (1 or 2), or 0.
 */
function labelNumberDigits(cat: Catalogue, run: string, after: string): number {
  const words = after.split(/\d/)[0] ?? "";
  for (const len of [1, 2]) {
    if (run.length < len || run.includes(".")) continue;
    const n = run.slice(run.length - len);
    if (n.startsWith("0")) continue;
    const m = cat.match(`${n}${after.startsWith("、") ? "、" : "."}${words.replace(/^[.、．，,]/, "")}`, null);
    if (m && m.entry.kind !== "head" && labelKey(m.entry.spec.label).num === Number(n)) return len;
  }
  return 0;
}

/** A piece of a line without whitespace → label texts and value runs (as written: only matched half-width). */
function tokens(cat: Catalogue, piece: string): SeenCell[] {
  if (isValueLike(piece)) return [{ text: piece }];
  // halfWidth keeps every position: matched half-width, sliced from the text as written
  const s = halfWidth(piece);
  const out: SeenCell[] = [];
  let labelFrom = 0;
  const pushLabel = (to: number) => {
    const text = piece.slice(labelFrom, to);
    if (text.trim() !== "") out.push({ text });
  };
  for (const m of s.matchAll(RUN)) {
    const start = m.index ?? 0;
    const run = m[0];
    const end = start + run.length;
    const between = s.slice(labelFrom, start);
    // punctuation alone between numbers (`0/0`): not a row this reader can cut
    if (between !== "" && !WORDS.test(between) && out.length > 0) return [{ text: piece }];
    const rest = s.slice(end);
    if (NUMBERING.test(rest)) {
      // the run ends with the next label's number: both readings are kept
      const len = labelNumberDigits(cat, run, rest);
      if (len > 0) {
        pushLabel(start);
        const value = run.slice(0, run.length - len);
        if (value !== "") out.push({ text: value, alternatives: [run] });
        labelFrom = end - len;
      }
      continue;
    }
    // a label's own number without its dot (`1属于国家秘密`)
    if (between === "" && run.length <= 2 && labelNumberDigits(cat, run, `.${rest}`) === run.length) continue;
    pushLabel(start);
    out.push({ text: piece.slice(start, end) });
    labelFrom = end;
  }
  pushLabel(piece.length);
  return out;
}

/** a flattened report table has a few hundred lines; beyond these, lines are not cut into runs */
const MAX_CUT_LINES = 3000;
/** a whole table flattened onto one line is a few thousand characters */
const MAX_CUT_LINE = 8000;

export function flattenedTable(lines: readonly string[], cat: Catalogue): TableBlock | null {
  const cells: SeenCell[] = [];
  let joined = false;
  for (const [i, line] of lines.entries()) {
    if (i >= MAX_CUT_LINES || line.length > MAX_CUT_LINE) {
      cells.push({ text: line });
      continue;
    }
    const parts = line.split(/[\s\u00a0\u3000]+/).filter((p) => p !== "");
    const firstValue = parts.findIndex((p) => isValueLike(p));
    if (parts.length > 1 && firstValue >= 0 && parts.slice(firstValue).every((p) => isValueLike(p))) {
      if (firstValue > 0) cells.push({ text: parts.slice(0, firstValue).join("") });
      for (const p of parts.slice(firstValue)) cells.push({ text: p });
      continue;
    }
    // digits glued to labels: only where the words around them are labels of the tables
    const split = parts.flatMap((p) => tokens(cat, p));
    const labels = split.filter((c) => !isValueLike(c.text));
    const values = split.length - labels.length;
    if (values > 0 && labels.length > 0 && labels.some((c) => cat.match(c.text, null) !== null || cat.unglue(c.text))) {
      cells.push(...split);
      joined = true;
    } else cells.push({ text: line });
  }
  if (cells.length === 0) return null;
  return { kind: "table", rows: [cells], blanksKept: false, runsJoined: joined };
}
