/**
 * The shape every reader (DOCX, HTML, text) turns its input into: paragraphs and tables in reading
 * order. A table's rows hold the cells as seen; spans are expanded, the copies marked, so the
 * placement step can tell a cell from its merged neighbours. Text whose table structure was lost
 * (a web page flattened to one cell per line) is a table with `blanksKept: false`.
 */
import { placeSpans, spanGrid } from "../model/grid-spans.ts";

export interface SeenCell {
  readonly text: string;
  /** a copy made by expanding a colspan (the cell itself is further left) */
  readonly hspan?: boolean;
  /** a copy made by expanding a rowspan / vMerge (the cell itself is above) */
  readonly vspan?: boolean;
}

export interface TableBlock {
  readonly kind: "table";
  readonly rows: readonly (readonly SeenCell[])[];
  /** blank cells are kept in place (a real grid); false when blank cells vanished */
  readonly blanksKept: boolean;
}

export interface ParagraphBlock {
  readonly kind: "para";
  readonly text: string;
}

export type Block = ParagraphBlock | TableBlock;

/** Expands spans into a full grid. `cells[r]` lists a row's cells in order with their spans. */
export function expandSpans(
  rows: readonly (readonly { text: string; rowspan: number; colspan: number }[])[],
): SeenCell[][] {
  const MAX_COLS = 200;
  const grid = spanGrid(placeSpans(rows, MAX_COLS));
  return grid.map((line, r) =>
    Array.from({ length: line.length }, (_, c): SeenCell => {
      const p = line[c];
      if (!p) return { text: "" };
      const text = p.cell.text;
      if (p.row === r && p.col === c) return { text };
      if (p.row === r) return { text, hspan: true };
      return { text, vspan: true, ...(c > p.col ? { hspan: true } : {}) };
    }),
  );
}
