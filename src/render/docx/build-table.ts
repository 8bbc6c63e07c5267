/**
 * An official table → a Word table (docx-notes §5–9): grid column widths in twips summing exactly
 * to the 156 mm text width; each view cell becomes a cell with `gridSpan` for its colspan, and a
 * rowspan becomes a `vMerge` restart cell plus a continue cell in each row below, in the grid
 * column the view gives. Reads only the view's grid.
 */
import type { RowView, TableView } from "../view-model.ts";
import { TEXT_WIDTH } from "./page-setup.ts";
import type { WCell, WRow, WTable } from "./word-tree.ts";

/** Relative widths → twips summing exactly to `total` (the largest remainders get the spare twips). */
export function columnTwips(relative: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sum = relative.reduce((s, w) => s + w, 0);
  const exact = relative.map((w) => (w / sum) * total);
  const twips = exact.map((w) => Math.floor(w));
  let spare = total - twips.reduce((s, w) => s + w, 0);
  const order = exact.map((w, i) => [w - Math.floor(w), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (spare <= 0) break;
    twips[i] = (twips[i] ?? 0) + 1;
    spare--;
  }
  return twips;
}

interface OpenSpan {
  readonly col: number;
  readonly gridSpan: number;
  readonly width: number;
  readonly align: "left" | "center";
  /** rows still to cover below */
  left: number;
}

export function buildTable(view: TableView): WTable {
  const columns = columnTwips(view.colWidths);
  const widthOf = (col: number, span: number) => {
    let w = 0;
    for (let c = col; c < col + span; c++) w += columns[c] ?? 0;
    return w;
  };
  let open: OpenSpan[] = [];
  const toRow = (row: RowView, header: boolean): WRow => {
    const placed: { col: number; cell: WCell }[] = [];
    for (const span of open)
      placed.push({
        col: span.col,
        cell: { text: "", width: span.width, gridSpan: span.gridSpan, vMerge: "continue", align: span.align },
      });
    open = open.filter((s) => --s.left > 0);
    for (const c of row.cells) {
      const width = widthOf(c.col, c.colspan);
      placed.push({
        col: c.col,
        cell: { text: c.text, width, gridSpan: c.colspan, vMerge: c.rowspan > 1 ? "restart" : null, align: c.align },
      });
      if (c.rowspan > 1) open.push({ col: c.col, gridSpan: c.colspan, width, align: c.align, left: c.rowspan - 1 });
    }
    placed.sort((a, b) => a.col - b.col);
    return { header, cells: placed.map((p) => p.cell) };
  };
  const rows = [...view.head.map((r) => toRow(r, true)), ...view.body.map((r) => toRow(r, false))];
  return { type: "table", columns, rows };
}
