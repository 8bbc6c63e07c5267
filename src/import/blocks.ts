/**
 * The shape every reader (DOCX, HTML, text) turns its input into: paragraphs and tables in reading
 * order. A table's rows hold the cells as seen; spans are expanded, the copies marked, so the
 * placement step can tell a cell from its merged neighbours. Text whose table structure was lost
 * (a web page flattened to one cell per line) is a table with `blanksKept: false`.
 */

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
  rows: readonly (readonly { text: string; rowspan: number; colspan: number; gridBefore?: number }[])[],
): SeenCell[][] {
  const grid: (SeenCell | undefined)[][] = rows.map(() => []);
  const MAX_COLS = 200;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c] !== undefined) c++;
      if (c >= MAX_COLS) break;
      const rowspan = Math.max(1, Math.min(cell.rowspan, rows.length - r));
      const colspan = Math.max(1, Math.min(cell.colspan, MAX_COLS - c));
      for (let dr = 0; dr < rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) {
          const target = (grid[r + dr] ??= []);
          if (target[c + dc] !== undefined) continue;
          target[c + dc] =
            dr === 0 && dc === 0
              ? { text: cell.text }
              : dr === 0
                ? { text: cell.text, hspan: true }
                : { text: cell.text, vspan: true, ...(dc > 0 ? { hspan: true } : {}) };
        }
      c += colspan;
    }
  });
  return grid.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? { text: "" }));
}
