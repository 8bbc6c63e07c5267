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
import { halfWidth } from "./labels.ts";
import { isValueLike } from "./value-text.ts";

/** a digit run (decimals kept whole) */
const RUN = /\d+(?:\.\d+)?/g;
/** after a run: a label's numbering (`2.其他…`, `2、其他…`) */
const NUMBERING = /^[.、．，,](?=[^\d\s])/;

/** The official number of the label that `text` begins with, when the catalogue knows the label. */
function officialNumber(cat: Catalogue, text: string): number | null {
  const m = cat.match(text, null);
  if (!m || m.entry.kind === "head") return null;
  const n = /^(\d+)[.、]/.exec(halfWidth(m.entry.spec.label))?.[1];
  return n === undefined ? null : Number(n);
}

/** A piece of a line without whitespace → label texts and value runs. */
function tokens(cat: Catalogue, piece: string): SeenCell[] {
  if (isValueLike(piece)) return [{ text: piece }];
  const s = halfWidth(piece);
  const out: SeenCell[] = [];
  let label = "";
  let at = 0;
  for (const m of s.matchAll(RUN)) {
    const start = m.index ?? 0;
    const run = m[0];
    label += s.slice(at, start);
    at = start + run.length;
    const rest = s.slice(at);
    if (NUMBERING.test(rest)) {
      // the run ends with the next label's number — when the catalogue knows that label and its number
      const next = rest.slice(1).split(/\d/)[0] ?? "";
      const n = officialNumber(cat, next);
      const digits = n === null ? "" : String(n);
      if (n !== null && run.endsWith(digits) && !run.includes(".")) {
        const value = run.slice(0, run.length - digits.length);
        if (label.trim() !== "") out.push({ text: label });
        if (value !== "") out.push({ text: value, alternatives: [run] });
        label = digits;
        continue;
      }
      label += run;
      continue;
    }
    if (label.trim() === "" && run.length <= 2 && officialNumber(cat, rest.split(/\d/)[0] ?? "") === Number(run)) {
      // a label's own number without its dot (`1属于国家秘密`)
      label += run;
      continue;
    }
    if (label.trim() !== "") out.push({ text: label });
    label = "";
    out.push({ text: run });
  }
  label += s.slice(at);
  if (label.trim() !== "") out.push({ text: label });
  return out;
}

export function flattenedTable(lines: readonly string[], cat: Catalogue): TableBlock | null {
  const cells: SeenCell[] = [];
  let joined = false;
  for (const line of lines) {
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
    if (values > 0 && labels.length > 0 && labels.some((c) => cat.match(c.text, null) !== null)) {
      cells.push(...split);
      joined = true;
    } else cells.push({ text: line });
  }
  if (cells.length === 0) return null;
  return { kind: "table", rows: [cells], blanksKept: false, runsJoined: joined };
}
