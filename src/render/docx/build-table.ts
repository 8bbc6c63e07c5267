/**
 * An official table → a docx `Table` (docx-notes §5–9): grid column widths in twips summing exactly
 * to the 156 mm text width, fixed layout, ½ pt black borders, text centred in its cell (the table's
 * style); each view cell becomes a cell with its
 * `columnSpan` and `rowSpan` (docx writes the `vMerge` continue cells below a row span itself).
 * Rows never split; the head rows repeat on every page. A long table starts where it is and runs on
 * over pages: only head and sub-head rows (the captions of table 二's blocks) keep with the row after
 * them, so no caption or header is left alone at a page's foot. Reads only the view's grid.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { CellView, RowView, TableView } from "../view-model.ts";
import { TEXT_WIDTH } from "./page-setup.ts";
import { TABLE_STYLE } from "./styles.ts";
import { textRuns } from "./text-runs.ts";

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

const LINE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = {
  top: LINE_BORDER,
  bottom: LINE_BORDER,
  left: LINE_BORDER,
  right: LINE_BORDER,
  insideHorizontal: LINE_BORDER,
  insideVertical: LINE_BORDER,
} as const;

/** narrow cell padding (1 mm a side) so two 五号 characters fit a column of the 15-column table */
const CELL_MARGINS = { top: 28, bottom: 28, left: 57, right: 57, marginUnitType: WidthType.DXA } as const;

/** every row at least 6 mm high, so the tables read like the printed forms */
const ROW_HEIGHT = { value: 340, rule: HeightRule.ATLEAST } as const;

export function buildTable(view: TableView): Table {
  // docx gives each cell the width of the grid columns it spans
  const cell = (c: CellView) =>
    new TableCell({
      ...(c.colspan > 1 ? { columnSpan: c.colspan } : {}),
      ...(c.rowspan > 1 ? { rowSpan: c.rowspan } : {}),
      children: [
        new Paragraph({
          style: "TableText",
          ...(c.align === "left" ? { alignment: AlignmentType.LEFT } : {}),
          children: textRuns(c.text),
        }),
      ],
    });
  const row = (r: RowView, header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      height: ROW_HEIGHT,
      ...(r.kind === "body" ? {} : { keepNext: true }),
      children: r.cells.map(cell),
    });
  return new Table({
    style: TABLE_STYLE,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnTwips(view.colWidths),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: [...view.head.map((r) => row(r, true)), ...view.body.map((r) => row(r, false))],
  });
}
