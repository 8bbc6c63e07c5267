/**
 * Merged cells resolved, once for everything that reads a table as rows of cells with rowspan and
 * colspan (an edition's declaration, the view-model, the editor's grid, an imported table): where
 * each cell starts in the full grid, and the grid of which cell covers each position. A cell starts
 * at the first column of its row not covered by a rowspan from above; spans are cut at the table's
 * last row and at `maxCols`, and where two cells would cover one position the first keeps it.
 */

export interface Spanning {
  readonly rowspan: number;
  readonly colspan: number;
}

export interface Placed<C> {
  readonly cell: C;
  readonly row: number;
  readonly col: number;
  /** the spans as they fit the table (at least 1) */
  readonly rowspan: number;
  readonly colspan: number;
}

/** Every cell of every row with its place, row by row in reading order. */
export function placeSpans<C extends Spanning>(
  rows: readonly (readonly C[])[],
  maxCols = Number.POSITIVE_INFINITY,
): Placed<C>[][] {
  const taken: boolean[][] = rows.map(() => []);
  return rows.map((row, r) => {
    const out: Placed<C>[] = [];
    let c = 0;
    for (const cell of row) {
      while (taken[r]?.[c]) c++;
      if (c >= maxCols) break;
      const rowspan = Math.max(1, Math.min(cell.rowspan, rows.length - r));
      const colspan = Math.max(1, Math.min(cell.colspan, maxCols - c));
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) (taken[r + dr] ??= [])[c + dc] = true;
      out.push({ cell, row: r, col: c, rowspan, colspan });
      c += colspan;
    }
    return out;
  });
}

/** The full grid: `grid[row][col]` is the placed cell covering that position (the first, where two would). */
export function spanGrid<C>(placed: readonly (readonly Placed<C>[])[]): (Placed<C> | undefined)[][] {
  const grid: (Placed<C> | undefined)[][] = placed.map(() => []);
  for (const row of placed)
    for (const p of row)
      for (let dr = 0; dr < p.rowspan; dr++)
        for (let dc = 0; dc < p.colspan; dc++) {
          const line = (grid[p.row + dr] ??= []);
          line[p.col + dc] ??= p;
        }
  return grid;
}
