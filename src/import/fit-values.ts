/**
 * Which seen value goes into which slot of an official row — only where that is certain. In a real
 * grid: as many cells as slots; or more, when the extra ones are blank on one side only (a label's
 * span copied as an empty cell by a converter, the 2019 （八）/（九） empty fourth cell) — and, when
 * both sides would do, the one that puts each value under its official column. A row wider than the
 * official grid has an added column somewhere and is not fitted by position — only by the columns
 * its header rows name (column-heads.ts: an added 小计 or 备注 column left out). Where blank cells
 * vanished (flattened text), only as many numbers as cells. Otherwise nothing: the caller names it.
 */
import type { SeenCell } from "./blocks.ts";
import type { RowSpec } from "./catalogue.ts";
import type { ColumnMap } from "./column-heads.ts";
import type { SeenValue } from "./table-segments.ts";
import { isBlank } from "./value-text.ts";

export type Pairs = readonly (readonly [string, SeenCell])[];

export interface FitContext {
  readonly blanksKept: boolean;
  /** grid width of the row as seen (0: the block is one long row) */
  readonly width: number;
  /** grid width of the official table */
  readonly gridCols: number;
  /** which official column each grid column is, as the header rows say */
  readonly columns?: ColumnMap;
}

const ids = (spec: RowSpec): string[] => spec.slots.filter((s): s is string => s !== null);

/** Slots ← cells in order; null when a non-blank cell would fall into an empty bordered slot. */
function bySlots(spec: RowSpec, cells: readonly SeenValue[]): Pairs | null {
  if (spec.slots.some((s, i) => s === null && !isBlank(cells[i]?.cell.text ?? ""))) return null;
  return spec.slots.flatMap((s, i) => {
    const cell = cells[i]?.cell;
    return s === null || !cell ? [] : [[s, cell] as const];
  });
}

export function fitValues(spec: RowSpec, values: readonly SeenValue[], ctx: FitContext): Pairs | null {
  const fit = byPosition(spec, values, ctx);
  return fit ?? (ctx.columns ? byColumns(spec, values, ctx.columns) : null);
}

/** Each value into the slot of the official column its grid column is; null when any value's column is unknown. */
function byColumns(spec: RowSpec, values: readonly SeenValue[], columns: ColumnMap): Pairs | null {
  const taken = new Map<number, SeenCell>();
  for (const v of values) {
    const col = columns.get(v.col);
    if (col === "added") continue;
    if (col === undefined) {
      if (isBlank(v.cell.text)) continue;
      return null;
    }
    // the slot whose columns hold this one (a slot spans up to the next slot's column)
    const slot = spec.slotCols.findLastIndex((c) => c <= col);
    if (slot < 0 || taken.has(slot)) return null;
    taken.set(slot, v.cell);
  }
  if (taken.size === 0) return null;
  const pairs: [string, SeenCell][] = [];
  for (const [slot, cell] of taken) {
    const id = spec.slots[slot];
    if (id === null || id === undefined) {
      if (!isBlank(cell.text)) return null;
      continue;
    }
    pairs.push([id, cell]);
  }
  return pairs;
}

function byPosition(spec: RowSpec, values: readonly SeenValue[], ctx: FitContext): Pairs | null {
  const wanted = ids(spec);
  const nonBlank = values.filter((v) => !isBlank(v.cell.text));
  if (!ctx.blanksKept)
    return nonBlank.length === wanted.length ? wanted.map((id, i) => [id, nonBlank[i]?.cell ?? { text: "" }]) : null;
  const n = spec.slots.length;
  if (values.length === n) return bySlots(spec, values);
  if (values.length > n && ctx.width <= ctx.gridCols) {
    // windows of n cells with only blank cells outside
    const windows: number[] = [];
    for (let o = 0; o + n <= values.length; o++)
      if (values.every((v, i) => (i >= o && i < o + n) || isBlank(v.cell.text))) windows.push(o);
    const fits = windows.map((o) => bySlots(spec, values.slice(o, o + n))).filter((p): p is Pairs => p !== null);
    if (fits.length === 1) return fits[0] ?? null;
    if (fits.length > 1 && ctx.width === ctx.gridCols) {
      const aligned = windows.find((o) => values.slice(o, o + n).every((v, i) => v.col === spec.slotCols[i]));
      if (aligned !== undefined) return bySlots(spec, values.slice(aligned, aligned + n));
    }
    // identical fits (all blank but one value that lands in the same slot either way) are one fit
    if (fits.length > 1 && fits.every((f) => samePairs(f, fits[0] ?? []))) return fits[0] ?? null;
    return null;
  }
  if (values.length === wanted.length) return wanted.map((id, i) => [id, values[i]?.cell ?? { text: "" }]);
  if (wanted.length === 1 && nonBlank.length === 1 && wanted[0] && nonBlank[0]) return [[wanted[0], nonBlank[0].cell]];
  return null;
}

function samePairs(a: Pairs, b: Pairs): boolean {
  const key = (p: Pairs) =>
    p
      .filter(([, c]) => !isBlank(c.text))
      .map(([id, c]) => `${id}=${c.text}`)
      .join("|");
  return key(a) === key(b);
}
