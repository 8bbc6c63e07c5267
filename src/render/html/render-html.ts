/**
 * The published web page (decisions §6): the report view put into the Handlebars page template.
 * This module only shapes the view for the template (which attributes a cell prints, column
 * widths in %); every user string reaches the page through `{{…}}`, which escapes it.
 * The page also carries the report file itself (the data island, `data-island.ts`), tells portals
 * and search engines what it is (`<head>`: description, Open Graph, publication date) and ends with
 * the one-page graphic (一图读懂, `../chart/`), inline SVG in one column for phones and two for print
 * and wide screens. Runs in Node and in the browser (the app's live preview), so it stays fast: the
 * view is built once and the precompiled template does the rest.
 */
import { REPORT_ISLAND_ID } from "../../model/report.ts";
import type { Report } from "../../model/types.ts";
import { reportChart, type ReportChart } from "../chart/index.ts";
import {
  buildViewModel,
  type CellView,
  type ParagraphView,
  type ReportView,
  type RowView,
  type TableView,
} from "../view-model.ts";
import { cleanLine } from "../clean-text.ts";
import { islandText } from "./data-island.ts";
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

/** What `<head>` says of the page, for portals and search engines (every value escaped by the template). */
interface HeadMeta {
  readonly description: string;
  readonly site: string;
  /** the publication date, `YYYY-MM-DD`, or "" */
  readonly published: string;
  readonly author: string;
}

/** A description says the report and its first figures in words, at most this long (search engines show about as much). */
const DESCRIPTION_CHARS = 160;

function headMeta(report: Report, view: ReportView, chart: ReportChart): HeadMeta {
  let description = `${view.title}。`;
  for (const sentence of chart.sentences) {
    if ((description + sentence).length > DESCRIPTION_CHARS) break;
    description += sentence;
  }
  const date = report.publication.date;
  return {
    description,
    site: cleanLine(report.publication.site),
    published: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : "",
    author: view.meta.org,
  };
}

/** What the page carries beside the view: its head, the graphic and the data island. */
interface PageExtras {
  readonly head: HeadMeta;
  readonly chart: ReportChart;
  /** the report file, escaped for its element */
  readonly island: string;
}

/**
 * Markup made safe where it is made — the graphic's builder escapes every text, the island holds no
 * `<` — which the template prints as it is: Handlebars prints an object's `toHTML()` unescaped (the
 * templates have no `{{{…}}}`; a plain string is always escaped).
 */
interface Markup {
  toHTML(): string;
}
const markup = (html: string): Markup => ({ toHTML: () => html });

/** The view as the page template reads it. */
function pageOf(view: ReportView, extras: PageExtras): object {
  return {
    head: extras.head,
    chart: markup(extras.chart.svg),
    wideChart: markup(extras.chart.wideSvg),
    island: markup(extras.island),
    islandId: REPORT_ISLAND_ID,
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

export interface HtmlOptions {
  readonly draft: boolean;
  /** the one serialiser of the report file (`writeReportFile`), for the page's data island */
  readonly reportFile: (report: Report) => string;
}

/** What the page template reads for a report. */
export function htmlPage(report: Report, options: HtmlOptions): object {
  const view = buildViewModel(report, options);
  const chart = reportChart(report, options);
  const island = islandText(options.reportFile(report));
  return pageOf(view, { head: headMeta(report, view, chart), chart, island });
}

/** A complete, self-contained HTML document of the report. */
export function renderReportHtml(report: Report, options: HtmlOptions): string {
  return pageTemplate()(htmlPage(report, options));
}

/** Which template loader this build uses (`node-fs` under tsx, `vite-precompiled` under Vite and Vitest). */
export { TEMPLATE_LOADER } from "./templates.ts";
