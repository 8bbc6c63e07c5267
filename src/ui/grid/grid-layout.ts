/**
 * Where each value cell of a table sits in the expanded grid (merges resolved), and moving between
 * them as in a spreadsheet: arrows, Tab order, Enter down. Read from the edition's grid
 * declaration; nothing here knows a particular table.
 */
import { placeSpans, spanGrid } from "../../model/grid-spans.ts";
import { perObject } from "../../model/memo.ts";
import type { TableDef } from "../../model/types.ts";

export interface Place {
  readonly row: number;
  readonly col: number;
  readonly colspan: number;
}

export interface GridLayout {
  /** value cell ids in reading order */
  readonly order: readonly string[];
  readonly place: ReadonlyMap<string, Place>;
  /** expanded grid: the value cell covering each position, or null (label, empty cell) */
  readonly at: readonly (readonly (string | null)[])[];
}

export const layoutOf = perObject((table: TableDef): GridLayout => {
  const placed = placeSpans(table.rows.map((r) => r.cells));
  const grid = spanGrid(placed);
  const at = table.rows.map((_, r) =>
    Array.from({ length: table.gridCols }, (_, c) => {
      const p = grid[r]?.[c];
      return p?.cell.type === "value" ? p.cell.id : null;
    }),
  );
  const place = new Map<string, Place>();
  const order: string[] = [];
  for (const row of placed)
    for (const { cell, row: r, col, colspan } of row)
      if (cell.type === "value") {
        place.set(cell.id, { row: r, col, colspan });
        order.push(cell.id);
      }
  return { order, place, at };
});

export type Direction = "left" | "right" | "up" | "down";

/** The value cell next to `id` in a direction, or null at the table's edge. */
export function neighbour(
  layout: GridLayout,
  id: string,
  dir: Direction,
  accept: (id: string) => boolean = () => true,
): string | null {
  const p = layout.place.get(id);
  if (!p) return null;
  const rows = layout.at.length;
  if (dir === "left" || dir === "right") {
    const line = layout.at[p.row] ?? [];
    const step = dir === "right" ? 1 : -1;
    for (let c = dir === "right" ? p.col + p.colspan : p.col - 1; c >= 0 && c < line.length; c += step) {
      const other = line[c];
      if (other && other !== id && accept(other)) return other;
    }
    return null;
  }
  const step = dir === "down" ? 1 : -1;
  for (let r = p.row + step; r >= 0 && r < rows; r += step) {
    const other = layout.at[r]?.[p.col];
    if (other && other !== id && accept(other)) return other;
  }
  return null;
}

/** The next (or previous) value cell in reading order that `accept`s, or null. */
export function inOrder(
  layout: GridLayout,
  id: string,
  step: 1 | -1,
  accept: (id: string) => boolean = () => true,
): string | null {
  const i = layout.order.indexOf(id);
  if (i < 0) return null;
  for (let j = i + step; j >= 0 && j < layout.order.length; j += step) {
    const other = layout.order[j];
    if (other !== undefined && accept(other)) return other;
  }
  return null;
}

export type PastePlan =
  | {
      readonly ok: true;
      readonly entries: readonly (readonly [string, string])[];
      readonly skipped: readonly (readonly [string, string])[];
    }
  | { readonly ok: false; readonly message: string };

/**
 * Where a pasted block goes, starting at `id`: block rows go to the following rows that have a
 * value cell in the starting column, block columns to the consecutive value cells to the right.
 * Values landing on computed cells (`isInput` false) are not written but returned in `skipped`.
 * A block larger than the room is refused whole.
 */
export function planPaste(
  layout: GridLayout,
  id: string,
  block: readonly (readonly string[])[],
  isInput: (id: string) => boolean,
): PastePlan {
  const start = layout.place.get(id);
  if (!start) return { ok: false, message: "请先选中要粘贴到的单元格。" };
  const rows: (readonly string[])[] = [];
  for (let r = start.row; r < layout.at.length && rows.length < block.length; r++) {
    const line = layout.at[r] ?? [];
    const first = line[start.col];
    if (!first || layout.place.get(first)?.row !== r) continue;
    const ids: string[] = [];
    for (let c = start.col; c < line.length;) {
      const cellId = line[c];
      if (!cellId) break;
      ids.push(cellId);
      c += layout.place.get(cellId)?.colspan ?? 1;
    }
    rows.push(ids);
  }
  const width = Math.max(...block.map((r) => r.length));
  const fitsRows = rows.length >= block.length;
  const tooWide = block.findIndex((line, i) => line.length > (rows[i]?.length ?? 0));
  if (!fitsRows || tooWide >= 0) {
    const roomCols = Math.min(...rows.slice(0, block.length).map((r) => r.length));
    return {
      ok: false,
      message: `粘贴的内容有 ${block.length} 行 ${width} 列，从当前格起只能容纳 ${rows.length} 行 ${Number.isFinite(roomCols) ? roomCols : 0} 列，没有粘贴任何内容。请从正确的起始格粘贴，或只复制需要的部分。`,
    };
  }
  const entries: [string, string][] = [];
  const skipped: [string, string][] = [];
  block.forEach((line, i) =>
    line.forEach((text, j) => {
      const target = rows[i]?.[j];
      if (target === undefined) return;
      (isInput(target) ? entries : skipped).push([target, text]);
    }),
  );
  return { ok: true, entries, skipped };
}

/**
 * A block copied from Excel, WPS or a web table: rows by line breaks, cells by tabs. Trailing empty
 * lines and trailing empty cells are dropped. A single value is not a block (null).
 */
export function parseBlock(text: string): string[][] | null {
  if (!/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ""))) return null;
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  return lines.map((line) => {
    const cells = line.split("\t").map((c) => c.trim());
    while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
}

/** text that is a label, not a value: it has a letter or a Chinese character that is not a numeral (十二 is a value) */
const LABEL_TEXT = /[A-Za-z\u3400-\u9fff]/;
const NUMERAL = /[零〇一二两三四五六七八九十百千万]/g;
const isLabel = (cell: string): boolean => LABEL_TEXT.test(cell.replace(NUMERAL, ""));

/**
 * A block copied with the table's labels (the row-label column from Excel or WPS, a header row):
 * the leading columns and rows made only of labels are left out, so the numbers land where they
 * belong. Says how many were left out.
 */
export function withoutLabels(block: readonly (readonly string[])[]): {
  readonly block: string[][];
  readonly labelCols: number;
  readonly labelRows: number;
} {
  let rows = block.map((r) => [...r]);
  let labelRows = 0;
  while (rows.length > 1 && rows[0]?.some((c) => c !== "") && rows[0].every((c) => c === "" || isLabel(c))) {
    rows = rows.slice(1);
    labelRows++;
  }
  let labelCols = 0;
  const width = Math.max(...rows.map((r) => r.length));
  while (
    labelCols < width - 1 &&
    rows.some((r) => (r[labelCols] ?? "") !== "") &&
    rows.every((r) => (r[labelCols] ?? "") === "" || isLabel(r[labelCols] ?? ""))
  )
    labelCols++;
  return { block: rows.map((r) => r.slice(labelCols)), labelCols, labelRows };
}
