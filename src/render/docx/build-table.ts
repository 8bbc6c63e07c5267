/**
 * An official table → a docx `Table` (docx-notes §5–9): grid column widths in twips summing exactly
 * to the 156 mm text width, fixed layout, ½ pt black borders, text centred in its cell (the table's
 * style). Each view cell becomes a cell with its width, its `columnSpan` and, when it spans rows,
 * a vertical merge that the cells below it continue (written here as docx itself would write them
 * below a `rowSpan`). Every cell is made once and shared (`shared-cells.ts`).
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
  type TableCell,
  TableLayoutType,
  TableRow,
  VerticalMergeType,
  WidthType,
} from "docx";
import type { CellView, RowView, TableView } from "../view-model.ts";
import { TEXT_WIDTH } from "./page-setup.ts";
import { sharedCell } from "./shared-cells.ts";
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

/** What a cell's XML depends on: its spans in the grid, its width, and its paragraph's alignment. */
interface CellShape {
  readonly colspan: number;
  readonly width: number;
  readonly align: CellView["align"];
}

const paragraphOf = (shape: CellShape, text: string) =>
  new Paragraph({
    style: "TableText",
    ...(shape.align === "left" ? { alignment: AlignmentType.LEFT } : {}),
    children: textRuns(text),
  });

/** A cell with its text; one that spans rows starts a vertical merge. Shared (`shared-cells.ts`). */
const textCell = (c: CellView, shape: CellShape) =>
  sharedCell(
    `${shape.colspan} ${shape.width} ${shape.align} ${c.rowspan > 1 ? "restart" : "single"}`,
    c.text,
    (text) => ({
      width: { size: shape.width, type: WidthType.DXA },
      ...(shape.colspan > 1 ? { columnSpan: shape.colspan } : {}),
      ...(c.rowspan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
      children: [paragraphOf(shape, text)],
    }),
  );

/**
 * A row's part of a cell above that spans it: it continues the vertical merge, with an empty
 * paragraph aligned as the cell's own and no style (what docx itself writes below a `rowSpan`).
 */
const continuedCell = (shape: CellShape) =>
  sharedCell(`${shape.colspan} ${shape.width} ${shape.align} continue`, "", () => ({
    width: { size: shape.width, type: WidthType.DXA },
    ...(shape.colspan > 1 ? { columnSpan: shape.colspan } : {}),
    verticalMerge: VerticalMergeType.CONTINUE,
    children: [new Paragraph(shape.align === "left" ? { alignment: AlignmentType.LEFT } : {})],
  }));

/**
 * The table's rows as docx cells, in grid order: each view cell with its width (the grid columns it
 * spans, given here once rather than by docx for every cell of every document), and below a cell
 * that spans rows, the cells that continue its merge.
 */
function gridRows(
  view: TableView,
  widths: readonly number[],
): { readonly row: RowView; readonly cells: TableCell[] }[] {
  /** the cells above that still span rows: first grid column → shape and rows left */
  const spanning = new Map<number, { readonly shape: CellShape; rows: number }>();
  return [...view.head, ...view.body].map((row) => {
    const placed: [number, TableCell][] = [];
    for (const [col, span] of spanning) {
      placed.push([col, continuedCell(span.shape)]);
      if (--span.rows === 0) spanning.delete(col);
    }
    for (const c of row.cells) {
      const shape = { colspan: c.colspan, width: sum(widths.slice(c.col, c.col + c.colspan)), align: c.align };
      placed.push([c.col, textCell(c, shape)]);
      if (c.rowspan > 1) spanning.set(c.col, { shape, rows: c.rowspan - 1 });
    }
    return { row, cells: placed.sort((a, b) => a[0] - b[0]).map(([, cell]) => cell) };
  });
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

export function buildTable(view: TableView): Table {
  const widths = columnTwips(view.colWidths);
  const heads = view.head.length;
  return new Table({
    style: TABLE_STYLE,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: gridRows(view, widths).map(
      ({ row, cells }, i) =>
        new TableRow({
          ...(i < heads ? { tableHeader: true } : {}),
          cantSplit: true,
          height: ROW_HEIGHT,
          ...(row.kind === "body" ? {} : { keepNext: true }),
          children: cells,
        }),
    ),
  });
}
