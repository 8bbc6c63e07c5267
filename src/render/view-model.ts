/**
 * One view of a report for every output (the HTML page and the Word document read only this):
 * title, preface, the six section headings with their paragraphs and tables, each table a grid of
 * cells with rowspan/colspan exactly as the edition declares them, and every number formatted once.
 * Pure; no arithmetic beyond `computeReport`, no edition- or table-specific branches.
 * Reference: format.md §0.1, §1–2 (tables), decisions §2 (blank vs 0, money) and §6 (title).
 */
import { computeReport } from "../model/compute.ts";
import { cellIndex, getEdition } from "../model/editions/index.ts";
import { placeSpans } from "../model/grid-spans.ts";
import { perObject } from "../model/memo.ts";
import { chineseDate, reportTitle } from "../model/report.ts";
import type { EditionDef, GridCell, GridRow, Report, TableDef } from "../model/types.ts";
import { cleanLine } from "./clean-text.ts";
import { formatCell } from "./format-number.ts";
import { paragraphsOf, placeholderParagraph, type ParagraphView } from "./paragraphs.ts";
import { preambleParagraphs } from "./preamble.ts";

export type { ParagraphView, Run } from "./paragraphs.ts";

export interface CellView {
  readonly kind: "label" | "value" | "empty";
  /** printed text: the label, the formatted number, or "" */
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
  /** first grid column the cell covers (0-based) */
  readonly col: number;
  /** a header cell (`th`); notes and values are data cells */
  readonly header: boolean;
  readonly scope: "col" | "row" | "colgroup" | "rowgroup" | null;
  /** the 勾稽关系 note in table 三's corner */
  readonly note: boolean;
  /** the cell id of a value cell, else null */
  readonly id: string | null;
  readonly align: "left" | "center";
}

export interface RowView {
  /** `head` rows repeat on every page; `subhead` rows are headers inside the body */
  readonly kind: GridRow["kind"];
  readonly cells: readonly CellView[];
}

export interface TableView {
  readonly id: string;
  readonly gridCols: number;
  /** relative column widths, one per grid column, as the edition declares them */
  readonly colWidths: readonly number[];
  /** the leading `head` rows */
  readonly head: readonly RowView[];
  /** every row after the head */
  readonly body: readonly RowView[];
}

export interface SectionView {
  readonly heading: string;
  /** stable anchor for the heading (`section-1` …) */
  readonly anchor: string;
  readonly paragraphs: readonly ParagraphView[];
  readonly table: TableView | null;
}

export interface ReportView {
  readonly draft: boolean;
  /** what a draft says beside its visible 草稿 mark; null in a final */
  readonly draftNote: string | null;
  readonly title: string;
  readonly preamble: readonly ParagraphView[];
  readonly sections: readonly SectionView[];
  /** the sign-off lines after 六 (organisation, publication date), empty without a date */
  readonly closing: readonly string[];
  /** document properties of the Word file */
  readonly meta: {
    readonly org: string;
    readonly year: number;
    readonly basis: string;
  };
}

export const DRAFT_NOTE = "本稿尚未通过全部检查或未经审定，仅供内部审阅，不得作为正式报告发布。";
const NOT_WRITTEN = "（本部分尚未填写）";

/* ------------------------------------------------------------------ grid positions */

/** For each row, the first grid column of each of its cells (rowspans of rows above taken into account). */
const cellColumns = perObject((table: TableDef): readonly (readonly number[])[] =>
  placeSpans(table.rows.map((r) => r.cells)).map((row) => row.map((p) => p.col)),
);

/* ------------------------------------------------------------------ cells */

interface CellContext {
  readonly report: Report;
  readonly edition: EditionDef;
  readonly value: Readonly<Record<string, number | null>>;
  readonly draft: boolean;
}

function valueText(id: string, ctx: CellContext): string {
  const v = ctx.value[id];
  if (v !== null && v !== undefined) {
    const unit = ctx.report.units?.[id];
    return formatCell(v, cellIndex(ctx.edition).get(id), unit === undefined ? undefined : cleanLine(unit));
  }
  // a blank cell: a draft shows what the clerk typed (kept as typed), else nothing
  const typed = ctx.draft ? ctx.report.typed?.[id] : undefined;
  return typed === undefined ? "" : cleanLine(typed);
}

function cellView(cell: GridCell, col: number, rowKind: GridRow["kind"], ctx: CellContext): CellView {
  const { rowspan, colspan } = cell;
  if (cell.type === "value")
    return {
      kind: "value",
      text: valueText(cell.id, ctx),
      rowspan,
      colspan,
      col,
      header: false,
      scope: null,
      note: false,
      id: cell.id,
      align: "center",
    };
  if (cell.type === "empty")
    return {
      kind: "empty",
      text: "",
      rowspan,
      colspan,
      col,
      header: false,
      scope: null,
      note: false,
      id: null,
      align: "center",
    };
  const note = cell.note === true;
  const rowHeader = cell.scope === "row" || cell.scope === "rowgroup";
  const align = rowHeader && rowKind === "body" && rowspan === 1 ? "left" : "center";
  return {
    kind: "label",
    text: cell.text,
    rowspan,
    colspan,
    col,
    header: !note,
    scope: note ? null : cell.scope,
    note,
    id: null,
    align,
  };
}

function tableView(table: TableDef, ctx: CellContext): TableView {
  const cols = cellColumns(table);
  const rows: RowView[] = table.rows.map((row, r) => ({
    kind: row.kind,
    cells: row.cells.map((cell, i) => cellView(cell, cols[r]?.[i] ?? 0, row.kind, ctx)),
  }));
  let headCount = 0;
  while (rows[headCount]?.kind === "head") headCount++;
  return {
    id: table.id,
    gridCols: table.gridCols,
    colWidths: table.colWidths,
    head: rows.slice(0, headCount),
    body: rows.slice(headCount),
  };
}

/* ------------------------------------------------------------------ the report */

export function buildViewModel(report: Report, options: { draft: boolean }): ReportView {
  const edition = getEdition(report.edition);
  if (!edition) throw new Error(`未知的表格版本：${report.edition}`);
  const draft = options.draft;
  const ctx: CellContext = { report, edition, value: computeReport(edition, report).value, draft };
  const tables = new Map(edition.tables.map((t) => [t.id, t]));
  const sections = edition.sections.map((section, i): SectionView => {
    const tableDef = section.table === undefined ? undefined : tables.get(section.table);
    let paragraphs: ParagraphView[] = [];
    if (section.narrative !== undefined) {
      paragraphs = paragraphsOf(report.narrative[section.narrative]);
      if (paragraphs.length === 0 && draft) paragraphs = [placeholderParagraph(NOT_WRITTEN)];
    }
    return {
      heading: section.heading,
      anchor: `section-${i + 1}`,
      paragraphs,
      table: tableDef ? tableView(tableDef, ctx) : null,
    };
  });
  const org = cleanLine(report.org.name) || cleanLine(report.org.shortName);
  const date = chineseDate(report.publication.date);
  return {
    draft,
    draftNote: draft ? DRAFT_NOTE : null,
    title: cleanLine(reportTitle(report)),
    preamble: preambleParagraphs(report, edition),
    sections,
    closing: org && date ? [org, date] : [],
    meta: { org, year: report.year, basis: edition.basis },
  };
}
