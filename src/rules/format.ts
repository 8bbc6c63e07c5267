/** Formatting numbers and cell names inside findings' messages. */
import { numberText } from "../model/number-text.ts";
import type { CellDef } from "../model/types.ts";

/** A value in a message: plain digits (never `1e+21`), or （空白）. */
export const fmt = (n: number | null | undefined): string =>
  n === null || n === undefined ? "（空白）" : numberText(n);

/** `自然人列·本年新收` style full name of a cell for messages. */
export const cellTitle = (cell: CellDef | undefined, id: string): string =>
  cell ? `${cell.rowName}·${cell.colLabel}` : id;
