/**
 * Plain text as clerks paste or save it: Word's text export (each table cell on its own line,
 * indented by a tab, rows separated by an empty line, blank cells kept; a cell's further
 * paragraphs on unindented lines), tab-separated rows copied from a browser table, and ordinary
 * paragraphs. Paragraphs indented by a tab are not cells: a sentence, a heading or a date is never a
 * table cell, and tab-indented lines with neither a number nor a label of the official tables
 * among them stay paragraphs.
 * Text flattened from a web page (one cell a line, blank cells gone) stays paragraphs here; the
 * importer reads the lines under 二–四 as a flattened table.
 */
import { EDITIONS } from "../model/editions/index.ts";
import type { Block, SeenCell } from "./blocks.ts";
import { catalogueOf } from "./catalogue.ts";
import { headingNumber, stripArtefacts } from "./headings.ts";
import { compact } from "./labels.ts";
import { dateLine } from "./page-text.ts";
import { isValueLike } from "./value-text.ts";

/** the longest official label has about 45 characters; table cells hold no sentences or dates */
const MAX_CELL_TEXT = 60;
const SENTENCE = /[。！？!?]/;

/** A table cell's text of some edition's tables (tolerantly, as the placement step reads it). */
const isTableText = (text: string): boolean => EDITIONS.some((e) => catalogueOf(e).match(text, null) !== null);

/** A line that is report text even when it starts with or holds a tab (paragraphs indented by a tab). */
const isProse = (line: string, filled: readonly string[]): boolean =>
  headingNumber(line) !== null ||
  filled.some((p) => SENTENCE.test(p) || compact(p).length > MAX_CELL_TEXT || dateLine(p) !== null);

interface OpenTable {
  rows: SeenCell[][];
  /** empty lines seen since the last cell */
  gap: number;
}

export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let table: OpenTable | null = null;
  const close = () => {
    if (!table) return;
    const rows = table.rows.filter((r) => r.length > 0);
    const cells = rows.flat();
    // lines indented by a tab holding neither a number nor any text of the official tables are paragraphs
    if (cells.some((c) => isValueLike(c.text) || isTableText(c.text)))
      blocks.push({ kind: "table", rows, blanksKept: true });
    else for (const c of cells) for (const text of c.text.split("\n")) blocks.push({ kind: "para", text });
    table = null;
  };
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n|\u2028|\u2029/);
  for (const rawLine of lines) {
    const line = stripArtefacts(rawLine);
    const pieces = line.split("\t");
    const filled = pieces.filter((p) => compact(p) !== "");
    const prose = isProse(line, filled);
    // a line of only a tab is a blank cell of an open table, else an empty line
    const isWordCell =
      !prose && line.startsWith("\t") && (filled.length === 1 || (filled.length === 0 && table !== null));
    const isRow = !prose && filled.length >= 2 && pieces.length >= 2;
    if (isWordCell || isRow) {
      const t: OpenTable = table ?? { rows: [[]], gap: 0 };
      table = t;
      if (t.gap > 0 && (t.rows.at(-1)?.length ?? 0) > 0) t.rows.push([]);
      t.gap = 0;
      if (isWordCell) t.rows.at(-1)?.push({ text: (filled[0] ?? "").trim() });
      else {
        // a browser-copied row: cells between tabs, blank ones kept (a leading tab is not a cell)
        const cells = (line.startsWith("\t") ? pieces.slice(1) : pieces).map((p) => ({ text: p.trim() }));
        if ((t.rows.at(-1)?.length ?? 0) > 0) t.rows.push([]);
        t.rows.at(-1)?.push(...cells);
        t.rows.push([]);
      }
      continue;
    }
    const content = compact(line);
    if (content === "") {
      if (table) table.gap++;
      else blocks.push({ kind: "para", text: "" });
      continue;
    }
    if (table && isContinuation(table, line)) {
      // a further paragraph of the last cell (Word's text export does not indent it)
      const row = lastFilledRow(table);
      const last = row?.at(-1);
      if (row && last) row[row.length - 1] = { text: last.text === "" ? line.trim() : `${last.text}\n${line.trim()}` };
      table.rows = table.rows.slice(0, table.rows.indexOf(row ?? []) + 1);
      table.gap = 0;
      continue;
    }
    close();
    // a signature and its date set apart by tabs: two lines
    if (filled.length > 1 && filled.some((p) => dateLine(p) !== null))
      for (const p of filled) blocks.push({ kind: "para", text: p });
    else blocks.push({ kind: "para", text: line });
  }
  close();
  return blocks;
}

function lastFilledRow(table: OpenTable): SeenCell[] | undefined {
  for (let i = table.rows.length - 1; i >= 0; i--) if ((table.rows[i]?.length ?? 0) > 0) return table.rows[i];
  return undefined;
}

/** A short unindented line right after a label or blank cell continues that cell. */
function isContinuation(table: OpenTable, line: string): boolean {
  const last = lastFilledRow(table)?.at(-1);
  if (!last || table.gap > 4) return false;
  const t = compact(line);
  if (t.length > 40 || /[。；;]$/.test(t) || headingNumber(line) !== null) return false;
  if (last.text !== "" && isValueLike(last.text)) return false;
  return true;
}
