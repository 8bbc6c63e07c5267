/**
 * A row label wrapped over lines, where each line came as a text of its own: text copied out of a
 * PDF viewer (a cell's lines one after another), a PDF table rebuilt from the positions of its text
 * (a label's lines as rows of their own, the row's numbers on the line of one of them, or on a line
 * between them). Consecutive pieces are joined where the official labels say so: the pieces run
 * together are one official label, while the first alone is not, nor the last. Only labels of the
 * edition decide (the catalogue); pieces that make no label stay as they were. Pure.
 */
import { perObject } from "../model/memo.ts";
import type { Catalogue } from "./catalogue.ts";
import { compact, halfWidth, labelKey } from "./labels.ts";
import type { Segment } from "./table-segments.ts";
import { isBlank } from "./value-text.ts";

/** pieces a wrapped label is joined from at most (a long label in a narrow cell takes four lines) */
const MAX_PIECES = 4;
/** a piece longer than this is no line of a label cell */
const MAX_PIECE = 45;
/** join attempts per table block (a report's tables have about 100 labels) */
const MAX_TRIES = 4000;

const hasValues = (s: Segment) => s.values.some((v) => !isBlank(v.cell.text) && !v.cell.vspan);

const pairsOf = (t: string): string[] => {
  const chars = [...halfWidth(compact(t))];
  return chars.slice(1).map((c, i) => `${chars[i] ?? ""}${c}`);
};

/** Every two characters that stand side by side in an official label (a quick test before matching). */
const labelPairs = perObject((cat: Catalogue): ReadonlySet<string> => new Set([...cat.texts].flatMap(pairsOf)));

/** Whether a piece may be a line of an official label: most of its character pairs are found in the labels. */
function mayBeLabelPart(cat: Catalogue, piece: string): boolean {
  const pairs = pairsOf(piece);
  if (pairs.length === 0) return true;
  const known = labelPairs(cat);
  return pairs.filter((p) => known.has(p)).length * 2 >= pairs.length;
}

/**
 * How these pieces read as one official label run over lines: `exact`, `close` (a slip in it; its
 * number, if the label has one, leads the first piece), or not at all — never when the first or
 * the last piece is a label in itself.
 */
function joins(cat: Catalogue, pieces: readonly string[], table: string | null): "exact" | "close" | null {
  if (pieces.some((p) => compact(p).length > MAX_PIECE || compact(p) === "" || !mayBeLabelPart(cat, p))) return null;
  const joined = pieces.join("");
  const whole = cat.match(joined, table);
  if (!whole || whole.entry.kind === "group") return null;
  const first = cat.match(pieces[0] ?? "", table);
  const last = cat.match(pieces[pieces.length - 1] ?? "", table);
  if (first?.exact || last?.exact) return null;
  if (whole.exact) return "exact";
  const num = labelKey(whole.entry.spec.label).num;
  return first === null && last === null && labelKey(joined).num === num ? "close" : null;
}

/** Of the windows that join, the shortest read exactly, else the longest read closely. */
function best(found: readonly { k: number; how: "exact" | "close" }[]): number | null {
  const exact = found.filter((f) => f.how === "exact").map((f) => f.k);
  if (exact.length > 0) return Math.min(...exact);
  const close = found.map((f) => f.k);
  return close.length > 0 ? Math.max(...close) : null;
}

/** Texts of one segment run over lines (a flattened page): joined in place. */
function joinWithin(cat: Catalogue, seg: Segment, table: string | null, tries: { left: number }): Segment {
  const texts = [...seg.texts];
  const places = [...seg.places];
  for (let i = 0; i < texts.length - 1; i++) {
    const found: { k: number; how: "exact" | "close" }[] = [];
    for (let k = 2; k <= MAX_PIECES && i + k <= texts.length; k++) {
      if (--tries.left < 0) return { ...seg, texts, places };
      const how = joins(cat, texts.slice(i, i + k), table);
      if (how) found.push({ k, how });
    }
    const k = best(found);
    if (k === null) continue;
    texts.splice(i, k, texts.slice(i, i + k).join(""));
    places.splice(i + 1, k - 1);
  }
  return { ...seg, texts, places };
}

/**
 * The segments with wrapped labels joined. In a grid a label's lines are the last texts of
 * consecutive segments (rows), at most one of them holding the row's values (or a row of values
 * only between them); the joined label takes those values.
 */
export function joinWrapped(
  cat: Catalogue,
  segments: readonly Segment[],
  grid: boolean,
  table: string | null,
): Segment[] {
  const tries = { left: MAX_TRIES };
  if (!grid) return segments.map((s) => (s.texts.length > 1 ? joinWithin(cat, s, table, tries) : s));
  const out = [...segments];
  for (let i = 0; i < out.length; i++) {
    const start = out[i];
    if (!start || start.texts.length === 0) continue;
    // windows: segments i..j, their last texts the pieces, values in at most one of them
    const found: { k: number; how: "exact" | "close" }[] = [];
    for (let j = i + 1; j < out.length && j - i < MAX_PIECES + 1; j++) {
      const window = out.slice(i, j + 1);
      if (window.filter(hasValues).length > 1 || window.slice(1, -1).some((s) => s.texts.length > 1)) break;
      const pieces = window.flatMap((s) => (s.texts.length > 0 ? [s.texts[s.texts.length - 1] ?? ""] : []));
      if ((window[window.length - 1]?.texts.length ?? 0) === 0 || pieces.length < 2) continue;
      if (--tries.left < 0) return out;
      const how = joins(cat, pieces, table);
      if (how) found.push({ k: window.length, how });
    }
    const k = best(found);
    if (k === null) continue;
    const window = out.slice(i, i + k);
    const pieces = window.flatMap((s) => (s.texts.length > 0 ? [s.texts[s.texts.length - 1] ?? ""] : []));
    const values = window.find(hasValues);
    // the other texts of the rows (group labels beside them) stay before the label
    const others = window.flatMap((s) => s.texts.slice(0, -1));
    out.splice(i, k, {
      texts: [...others, pieces.join("")],
      places: start.places,
      values: values ? values.values : start.values,
      width: values?.width ?? start.width,
    });
  }
  return out;
}
