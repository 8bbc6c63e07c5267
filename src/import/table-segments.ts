/**
 * The pure first step of placing a table: cutting its rows into segments — the label texts of a
 * row (group labels first, the row's own label last) and the values after them, each with its grid
 * column. Rows of a real grid end their segment; a block read as one long row (a text export without
 * row breaks, a flattened page) is cut wherever a label follows values. Nothing is matched here.
 */
import type { SeenCell, TableBlock } from "./blocks.ts";
import { compact } from "./labels.ts";
import { MAX_TABLE_CELLS } from "./limits.ts";
import { isBlank, isValueLike } from "./value-text.ts";

export interface SeenValue {
  readonly cell: SeenCell;
  /** grid column (spans expanded) of the cell in its row */
  readonly col: number;
}

/** Where a label text stands in its row: its grid column and how many columns it spans. */
export interface TextPlace {
  readonly col: number;
  readonly span: number;
}

export interface Segment {
  /** label texts in reading order (outer group labels first) */
  readonly texts: readonly string[];
  /** where each text stands */
  readonly places: readonly TextPlace[];
  readonly values: readonly SeenValue[];
  /** grid width (cells, spans expanded) of the row; 0 when the block is one long row */
  readonly width: number;
}

export interface CutTable {
  readonly segments: readonly Segment[];
  readonly blanksKept: boolean;
  readonly runsJoined: boolean;
  /** the block held more cells than a report's tables could (the rest was not read) */
  readonly cut: boolean;
  /** the number of the section heading the block stands under, when known */
  readonly section?: number;
}

/** a number written in Chinese numerals (`十二`): in a grid's value cell it is a value typed wrongly, never a label */
const CHINESE_NUMBER = /^[零〇一二三四五六七八九十百千万两]+$/;

/**
 * Whether a cell's content is where a value stands: a number, a placeholder, blank or a merged copy;
 * in a real grid also a number in Chinese numerals (no official label is a bare numeral).
 */
const isValueCell = (cell: SeenCell, grid: boolean): boolean =>
  cell.vspan === true ||
  isBlank(cell.text) ||
  isValueLike(cell.text) ||
  (grid && CHINESE_NUMBER.test(compact(cell.text)));

export function cutTable(block: TableBlock, budget = MAX_TABLE_CELLS): CutTable {
  const segments: Segment[] = [];
  const perRow = block.blanksKept && block.rows.length > 1;
  let texts: string[] = [];
  let places: TextPlace[] = [];
  let values: SeenValue[] = [];
  let width = 0;
  let read = 0;
  let cut = false;
  const close = () => {
    if (texts.length > 0 || values.length > 0) segments.push({ texts, places, values, width });
    texts = [];
    places = [];
    values = [];
  };
  rows: for (const row of block.rows) {
    width = perRow ? row.length : 0;
    // a row of values only keeps its blank cells (they say which columns the values stand in)
    const valuesOnly = perRow && row.every((c) => c.hspan || isValueCell(c, perRow));
    for (let col = 0; col < row.length; col++) {
      const cell = row[col];
      if (!cell || cell.hspan) continue;
      if (++read > budget) {
        cut = true;
        break rows;
      }
      if (isValueCell(cell, perRow)) {
        // a blank or merged cell before any label of the row is the corner or a group label's continuation
        if (!valuesOnly && texts.length === 0 && values.length === 0 && (cell.vspan || isBlank(cell.text))) continue;
        values.push({ cell, col });
        continue;
      }
      if (values.length > 0) close();
      texts.push(cell.text);
      let span = 1;
      while (row[col + span]?.hspan) span++;
      places.push({ col, span });
    }
    if (perRow) close();
  }
  close();
  return {
    segments,
    blanksKept: block.blanksKept,
    runsJoined: block.runsJoined === true,
    cut,
    ...(block.section !== undefined ? { section: block.section } : {}),
  };
}
