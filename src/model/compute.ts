/**
 * Derives every cell's value from a report: entered cells as entered, computed cells (totals) as
 * the sum of their parts. A stated total (read from a file) is kept as the cell's value; the
 * computed sum is always available beside it, so rules can compare the two.
 * Pure and deterministic; the order of computation is worked out once per edition.
 */
import { perObject } from "./memo.ts";
import { cellIndex } from "./editions/index.ts";
import type { CellDef, EditionDef, Report } from "./types.ts";

export interface Computed {
  /** the value each cell shows: entered/stated number, else the computed sum, else null (blank) */
  readonly value: Readonly<Record<string, number | null>>;
  /** for computed cells: the sum of their parts (null when every part is blank) */
  readonly sum: Readonly<Record<string, number | null>>;
}

/** Computed cells in dependency order (parts before the totals that use them), once per edition. */
const computeOrder = perObject((edition: EditionDef): readonly CellDef[] => {
  const index = cellIndex(edition);
  const done = new Set<string>();
  const list: CellDef[] = [];
  const visit = (cell: CellDef, depth: number) => {
    if (done.has(cell.id) || !cell.sumOf) return;
    if (depth > 8) throw new Error(`${edition.id}: cycle at ${cell.id}`);
    for (const p of cell.sumOf) {
      const part = index.get(p);
      if (part) visit(part, depth + 1);
    }
    done.add(cell.id);
    list.push(cell);
  };
  for (const cell of edition.cells) visit(cell, 0);
  return list;
});

/** Adds money without binary drift (values have at most 4 decimals). */
export function addExact(a: number, b: number): number {
  const s = a + b;
  return Number.isInteger(s) ? s : Math.round(s * 1e4) / 1e4;
}

export function computeReport(edition: EditionDef, report: Pick<Report, "cells">): Computed {
  const value: Record<string, number | null> = {};
  const sum: Record<string, number | null> = {};
  const cells = report.cells;
  for (const cell of edition.cells) {
    const v = cells[cell.id];
    value[cell.id] = v === undefined ? null : v;
  }
  for (const cell of computeOrder(edition)) {
    let total: number | null = null;
    for (const p of cell.sumOf ?? []) {
      const v = value[p];
      if (v !== null && v !== undefined) total = total === null ? v : addExact(total, v);
    }
    sum[cell.id] = total;
    if (value[cell.id] === null) value[cell.id] = total;
  }
  return { value, sum };
}
