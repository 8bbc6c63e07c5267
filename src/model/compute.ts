/**
 * Derives every cell's value from a report: entered cells as entered, computed cells (totals) as
 * the sum of their parts. A stated total (read from a file) is kept as the cell's value; the
 * computed sum is always available beside it, so rules can compare the two.
 * Pure and deterministic; the order of computation is worked out once per edition.
 */
import { perObject } from "./memo.ts";
import { numberText } from "./number-text.ts";
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

/** Adds two values without binary drift: integers as they are, decimals digit by digit (money has at most 6). */
export function addExact(a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b)) return a + b;
  const [x, y] = [decimalParts(a), decimalParts(b)];
  const places = Math.max(x.places, y.places);
  const sum = x.digits * 10n ** BigInt(places - x.places) + y.digits * 10n ** BigInt(places - y.places);
  const negative = sum < 0n;
  const text = (negative ? -sum : sum).toString().padStart(places + 1, "0");
  return Number(`${negative ? "-" : ""}${text.slice(0, text.length - places)}.${text.slice(text.length - places)}`);
}

/** A finite number as an integer of its decimal digits and the number of places (`1.25` → 125n, 2). */
function decimalParts(v: number): { digits: bigint; places: number } {
  const [mantissa = "0", exponent = "0"] = numberText(v).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const places = fraction.length - Number(exponent);
  const digits = BigInt(`${whole}${fraction}`);
  return places >= 0 ? { digits, places } : { digits: digits * 10n ** BigInt(-places), places: 0 };
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
