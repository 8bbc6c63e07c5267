/**
 * The shape every reader (DOCX, HTML, PDF, markdown, text) turns its input into: paragraphs and
 * tables in reading order, and pictures where a table or text may be only an image. A table's rows
 * hold the cells as seen; spans are expanded, the copies marked, so the placement step can tell a
 * cell from its merged neighbours. Text whose table structure was lost (a web page flattened to one
 * cell per line) is a table with `blanksKept: false`.
 */
import { placeSpans, spanGrid } from "../model/grid-spans.ts";
import { MAX_TABLE_COLS } from "./limits.ts";

export interface SeenCell {
  readonly text: string;
  /** a copy made by expanding a colspan (the cell itself is further left) */
  readonly hspan?: boolean;
  /** a copy made by expanding a rowspan / vMerge (the cell itself is above) */
  readonly vspan?: boolean;
  /** other readings of a flattened digit run (the next label's number may have run into it) */
  readonly alternatives?: readonly string[];
  /** why the reader cannot tell which cell this text is (it is named, never placed or kept) */
  readonly unclear?: string;
}

export interface TableBlock {
  readonly kind: "table";
  readonly rows: readonly (readonly SeenCell[])[];
  /** blank cells are kept in place (a real grid); false when blank cells vanished */
  readonly blanksKept: boolean;
  /** values whose digits may run together (text a crawler flattened): split only by the tables' identities */
  readonly runsJoined?: boolean;
  /** the number of the section heading the table stands under (一 = 1 …), when known */
  readonly section?: number;
}

export interface ParagraphBlock {
  readonly kind: "para";
  readonly text: string;
}

/** a picture in the body (a table pasted as an image, a scanned page) */
export interface ImageBlock {
  readonly kind: "image";
}

export type Block = ParagraphBlock | TableBlock | ImageBlock;

/** What a reader gives back: the blocks and what it had to leave out, or why it could not read. */
export type BlocksRead = { ok: true; blocks: Block[]; notes: string[] } | { ok: false; reason: string };

export interface SpannedCell {
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
}

/**
 * Expands spans into a full grid. `rows[r]` lists a row's cells in order with their spans. A grid
 * wider than MAX_TABLE_COLS is cut there; `budget` bounds the cells made (null when exceeded, before
 * anything is made).
 */
export function expandSpans(rows: readonly (readonly SpannedCell[])[], budget: number): SeenCell[][] | null {
  let made = 0;
  for (let r = 0; r < rows.length; r++)
    for (const cell of rows[r] ?? []) {
      made +=
        Math.max(1, Math.min(cell.rowspan, rows.length - r)) * Math.max(1, Math.min(cell.colspan, MAX_TABLE_COLS));
      if (made > budget) return null;
    }
  const grid = spanGrid(placeSpans(rows, MAX_TABLE_COLS));
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
