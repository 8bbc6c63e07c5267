/**
 * The published web page (decisions §6): the report view put into the Handlebars page template.
 * This module only shapes the view for the template (which attributes a cell prints, column
 * widths in %); every user string reaches the page through `{{…}}`, which escapes it.
 * Runs in Node and in the browser (the app's live preview), so it stays fast: the view is built
 * once and the precompiled template does the rest.
 */
import {
  buildViewModel,
  type CellView,
  type ParagraphView,
  type ReportView,
  type RowView,
  type TableView,
} from "../view-model.ts";
import { pageTemplate } from "./templates.ts";

/** A table cell as the row template prints it: every attribute always present, no conditionals but th/td. */
interface HtmlCell {
  readonly header: boolean;
  readonly scope: string;
  readonly rowspan: number;
  readonly colspan: number;
  readonly align: "left" | "center";
  /** bold for a caption across the whole table (e.g. 第二十条第（一）项) */
  readonly weight: "bold" | "normal";
  /** the 勾稽关系 note is set smaller */
  readonly size: "1em" | "0.85em";
  /** the value cell's id ("" for other cells) */
  readonly id: string;
  readonly text: string;
}

interface HtmlTable {
  readonly id: string;
  /** the table's name (its section heading), for the <caption> */
  readonly caption: string;
  /** the id of the heading that names the scroll box */
  readonly labelledBy: string;
  readonly minWidth: string;
  readonly cols: readonly string[];
  readonly head: readonly { cells: readonly HtmlCell[] }[];
  readonly body: readonly { cells: readonly HtmlCell[] }[];
}

interface HtmlParagraph extends ParagraphView {
  /** a （一） heading on its own line */
  readonly heading2: boolean;
  /** a 1. heading on its own line */
  readonly heading3: boolean;
  /** a （一） heading followed by its text */
  readonly level2: boolean;
}

/** Below this width per grid column (two 14 px characters and padding) a table scrolls inside its box instead of squeezing. */
const MIN_COL_EM = 3;

function htmlCell(cell: CellView, gridCols: number): HtmlCell {
  return {
    header: cell.header,
    scope: cell.scope ?? "",
    rowspan: cell.rowspan,
    colspan: cell.colspan,
    align: cell.align,
    weight: cell.scope === "colgroup" && cell.colspan === gridCols ? "bold" : "normal",
    size: cell.note ? "0.85em" : "1em",
    id: cell.id ?? "",
    text: cell.text,
  };
}

function htmlTable(table: TableView, caption: string, labelledBy: string): HtmlTable {
  const total = table.colWidths.reduce((s, w) => s + w, 0);
  const row = (r: RowView) => ({ cells: r.cells.map((c) => htmlCell(c, table.gridCols)) });
  return {
    id: table.id,
    caption,
    labelledBy,
    minWidth: `${table.gridCols * MIN_COL_EM}em`,
    cols: table.colWidths.map((w) => `${((w / total) * 100).toFixed(3)}%`),
    head: table.head.map(row),
    body: table.body.map(row),
  };
}

const htmlParagraph = (p: ParagraphView): HtmlParagraph => {
  const alone = p.body.length === 0;
  const { level, head, body, placeholder } = p;
  return {
    level,
    head,
    body,
    placeholder,
    heading2: alone && level === 2,
    heading3: alone && level === 3,
    level2: level === 2,
  };
};

/** The view as the page template reads it. */
export function htmlPage(view: ReportView): object {
  return {
    draft: view.draft,
    draftNote: view.draftNote ?? "",
    title: view.title,
    preamble: view.preamble.map(htmlParagraph),
    sections: view.sections.map((s) => ({
      heading: s.heading,
      anchor: s.anchor,
      paragraphs: s.paragraphs.map(htmlParagraph),
      table: s.table ? htmlTable(s.table, s.heading, s.anchor) : null,
    })),
    closing: view.closing,
  };
}

/** A complete, self-contained HTML document of the report. */
export function renderReportHtml(report: Parameters<typeof buildViewModel>[0], options: { draft: boolean }): string {
  return pageTemplate()(htmlPage(buildViewModel(report, options)));
}

/** Which template loader this build uses (`node-fs` under tsx, `vite-precompiled` under Vite and Vitest). */
export { TEMPLATE_LOADER } from "./templates.ts";
