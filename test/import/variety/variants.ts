/**
 * The variety of real documents, as named variants made from any report: nianbao's own outputs,
 * Word files as clerks make them (split tables, merged 2019 blocks, noisy labels, units and
 * placeholders, an extra column, missing header rows, text boxes, layout tables, WPS's and legacy
 * merges), web pages as CMSs publish them (Word's web export, editor nests, `<br>` in numbers,
 * header rows as data, spans dropped or wrong, `<div>` grids), markdown, crawler-flattened text and
 * text copied from a PDF viewer. The PDF variants (`pdfVariants`) are Word files for LibreOffice
 * and pages for Chromium to print, made with and without borders, landscape and narrow.
 * Each variant says the share of the known cells it must place (the bar); none may be wrong.
 */
import type { ImportInput } from "../../../src/import/index.ts";
import type { Report } from "../../../src/model/types.ts";
import { renderReportDocx } from "../../../src/render/docx/index.ts";
import { writeReportFile } from "../../../src/import/report-file.ts";
import { renderReportHtml } from "../../../src/render/html/render-html.ts";
import { toFlattened, toMarkdown } from "../../support/import-material.ts";
import {
  dropHeads,
  extraColumn,
  mergeEmptyCells,
  noisyLabels,
  splitTables,
  valueStyle,
  wrongSpans,
} from "./clerk-changes.ts";
import { clerkDocument, type ClerkDocument } from "./clerk-document.ts";
import { writeDocx, type DocxOptions } from "./write-docx.ts";
import { writeHtml, type HtmlOptions } from "./write-html.ts";
import { writeViewerText } from "./write-text.ts";

/**
 * nianbao's published page without its data island: what is read is the page's visible tables (the
 * importer would otherwise take the exact report from the island, `import/page-island.ts`).
 */
function pageShown(r: Report): string {
  const page = renderReportHtml(r, { draft: false, reportFile: writeReportFile });
  const shown = page.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, "");
  if (shown === page) throw new Error("the page's data island was not found");
  return shown;
}

export interface Variant {
  readonly name: string;
  /**
   * the share of the known cells that must be placed (tested: `import-variety*.test.ts`) — where the
   * importer cannot be certain of more (flattened digits no identity splits, tables without ruling),
   * the share it places today, so that no change places fewer
   */
  readonly bar: number;
  readonly make: (report: Report) => Promise<ImportInput> | ImportInput;
}

type Change = (doc: ClerkDocument) => ClerkDocument;

const docx =
  (options: DocxOptions, ...changes: Change[]) =>
  (report: Report): ImportInput => ({
    name: "年报.docx",
    bytes: writeDocx(
      changes.reduce((d, c) => c(d), clerkDocument(report)),
      options,
    ),
  });

const html =
  (options: HtmlOptions, ...changes: Change[]) =>
  (report: Report): ImportInput => ({
    name: "年报.html",
    bytes: new TextEncoder().encode(
      writeHtml(
        changes.reduce((d, c) => c(d), clerkDocument(report)),
        options,
      ),
    ),
  });

const WORD: DocxOptions = { dialect: "word" };
const split: Change = (d) => splitTables(d, { repeatHead: false, carry: "empty", between: null });

export const VARIANTS: readonly Variant[] = [
  {
    name: "nianbao DOCX",
    bar: 1,
    make: async (r) => ({ name: "r.docx", bytes: await renderReportDocx(r, { draft: false }) }),
  },
  {
    name: "nianbao HTML",
    bar: 1,
    make: (r) => ({ name: "r.html", bytes: new TextEncoder().encode(pageShown(r)) }),
  },
  { name: "Word: plain", bar: 1, make: docx(WORD) },
  { name: "Word: tables split, label cut off", bar: 1, make: docx(WORD, split) },
  {
    name: "Word: tables split, 续表, header repeated",
    bar: 1,
    make: docx(WORD, (d) => splitTables(d, { repeatHead: true, carry: "repeat", between: "续表" })),
  },
  { name: "Word: 2019 blocks merged over the empty cell", bar: 1, make: docx(WORD, mergeEmptyCells) },
  { name: "Word: labels spaced, broken, half-width", bar: 1, make: docx(WORD, (d) => noisyLabels(d)) },
  { name: "Word: numbers with units (5件)", bar: 1, make: docx(WORD, (d) => valueStyle(d, "units")) },
  { name: "Word: numbers with decimals (0.00)", bar: 1, make: docx(WORD, (d) => valueStyle(d, "decimals")) },
  { name: "Word: zeros as — / 无", bar: 1, make: docx(WORD, (d) => valueStyle(d, "placeholders")) },
  { name: "Word: 小计 column in 三", bar: 1, make: docx(WORD, (d) => extraColumn(d, "subtotal")) },
  { name: "Word: 备注 column", bar: 1, make: docx(WORD, (d) => extraColumn(d, "remark")) },
  { name: "Word: 序号 column", bar: 1, make: docx(WORD, (d) => extraColumn(d, "serial")) },
  { name: "Word: no header rows in 三", bar: 1, make: docx(WORD, (d) => dropHeads(d, "apply", "all")) },
  { name: "Word: no header rows in 四", bar: 1, make: docx(WORD, (d) => dropHeads(d, "review", "all")) },
  { name: "Word: tables in text boxes", bar: 1, make: docx({ ...WORD, textBox: true }) },
  { name: "Word: body in a layout table", bar: 1, make: docx({ ...WORD, layout: "outer" }) },
  { name: "Word: tables beside a layout cell", bar: 1, make: docx({ ...WORD, layout: "beside" }) },
  { name: "WPS: vMerge continue", bar: 1, make: docx({ dialect: "wps" }, split) },
  { name: "legacy hMerge", bar: 1, make: docx({ dialect: "legacy" }) },
  { name: "web: Word's web export", bar: 1, make: html({ style: "word" }) },
  { name: "web: CMS nests, &nbsp;, <br> in numbers", bar: 1, make: html({ style: "cms" }) },
  { name: "web: header rows as data rows", bar: 1, make: html({ style: "cms", headAsData: true, spans: "head-flat" }) },
  { name: "web: rowspan dropped", bar: 1, make: html({ style: "plain", spans: "no-rowspan" }) },
  { name: "web: colspan dropped", bar: 1, make: html({ style: "plain", spans: "no-colspan" }) },
  { name: "web: every span dropped", bar: 1, make: html({ style: "plain", spans: "none" }) },
  { name: "web: spans wrong", bar: 1, make: html({ style: "plain" }, wrongSpans) },
  { name: "web: div grid", bar: 1, make: html({ style: "plain", grid: "div" }) },
  { name: "web: ARIA grid", bar: 1, make: html({ style: "plain", grid: "aria" }) },
  { name: "web: tables split, labels noisy", bar: 1, make: html({ style: "cms" }, split, (d) => noisyLabels(d, 3)) },
  { name: "markdown, split", bar: 1, make: (r) => ({ name: "r.md", text: toMarkdown(r, { split: true }) }) },
  { name: "flattened, a row a line", bar: 0.89, make: (r) => ({ name: "r.txt", text: toFlattened(r) }) },
  {
    name: "flattened, one line",
    bar: 0.89,
    make: (r) => ({ name: "r.txt", text: toFlattened(r, { oneLine: true }) }),
  },
  {
    name: "copied from a PDF viewer",
    bar: 0.85,
    make: (r) => ({ name: "r.txt", text: writeViewerText(clerkDocument(r)) }),
  },
];

/** What a PDF variant is made from: a Word file for LibreOffice, or a page for Chromium to print. */
export type PdfSource =
  { readonly via: "libreoffice"; readonly docx: Uint8Array } | { readonly via: "chromium"; readonly html: string };

export interface PdfVariant {
  readonly name: string;
  readonly bar: number;
  readonly make: (report: Report) => Promise<PdfSource> | PdfSource;
}

const lo =
  (options: DocxOptions, ...changes: Change[]) =>
  (report: Report): PdfSource => ({
    via: "libreoffice",
    docx: writeDocx(
      changes.reduce((d, c) => c(d), clerkDocument(report)),
      options,
    ),
  });

const printed =
  (options: HtmlOptions, ...changes: Change[]) =>
  (report: Report): PdfSource => ({
    via: "chromium",
    html: writeHtml(
      changes.reduce((d, c) => c(d), clerkDocument(report)),
      options,
    ),
  });

/** Borders removed from nianbao's own page (a CMS stylesheet that draws none). */
const borderless = (page: string) =>
  page.replace("</head>", "<style>table,th,td{border:none !important}</style></head>");

export const PDF_VARIANTS: readonly PdfVariant[] = [
  {
    name: "LibreOffice: nianbao DOCX",
    bar: 1,
    make: async (r) => ({ via: "libreoffice", docx: await renderReportDocx(r, { draft: false }) }),
  },
  {
    name: "Chromium: nianbao HTML",
    bar: 1,
    make: (r) => ({ via: "chromium", html: pageShown(r) }),
  },
  {
    name: "Chromium: nianbao HTML without borders",
    bar: 0.9,
    make: (r) => ({ via: "chromium", html: borderless(pageShown(r)) }),
  },
  { name: "LibreOffice: Word, borders", bar: 1, make: lo(WORD) },
  { name: "LibreOffice: Word, no borders", bar: 0.9, make: lo({ ...WORD, borders: false }) },
  { name: "LibreOffice: Word, landscape", bar: 1, make: lo({ ...WORD, landscape: true }) },
  {
    name: "LibreOffice: Word, landscape, no borders",
    bar: 0.9,
    make: lo({ ...WORD, landscape: true, borders: false }),
  },
  { name: "LibreOffice: Word, tables split", bar: 1, make: lo(WORD, split) },
  { name: "Chromium: CMS page, borders", bar: 1, make: printed({ style: "cms" }) },
  { name: "Chromium: CMS page, no borders", bar: 0.86, make: printed({ style: "cms", borders: "none" }) },
  { name: "Chromium: hairline borders", bar: 1, make: printed({ style: "plain", borders: "hairline" }) },
  {
    name: "Chromium: landscape, no borders",
    bar: 0.48,
    make: printed({ style: "plain", borders: "none", page: "landscape" }),
  },
  { name: "Chromium: narrow page, headers wrapped", bar: 1, make: printed({ style: "plain", page: "narrow" }) },
  {
    name: "Chromium: narrow page, no borders",
    bar: 0.86,
    make: printed({ style: "plain", page: "narrow", borders: "none" }),
  },
];
