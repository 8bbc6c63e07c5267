/**
 * The Word document as a small declarative tree: what `buildDocument` returns and the XML writers
 * read. It names only what the report uses (styles by id, runs with a font role, tables as rows of
 * cells with their OOXML merges: `gridSpan`, and `vMerge` restart/continue cells written out).
 */
import type { FontRole } from "./page-setup.ts";

export type StyleId =
  "Normal" | "Title" | "Heading1" | "Heading2" | "Heading3" | "Closing" | "TableText" | "Header" | "Footer";

export interface WRun {
  readonly text: string;
  /** a font other than the paragraph style's (the 楷体 words of a （一） heading) */
  readonly font: FontRole | null;
  readonly color: string | null;
  readonly bold: boolean;
  /** a field instead of text (the page number) */
  readonly field: "PAGE" | null;
}

export interface WParagraph {
  readonly type: "paragraph";
  readonly style: StyleId;
  /** alignment other than the style's */
  readonly align: "left" | "center" | "right" | null;
  /** indents (twips) other than the style's */
  readonly indent: { readonly left: number; readonly right: number } | null;
  readonly keepNext: boolean;
  /** space before in twips, 0 for none */
  readonly spaceBefore: number;
  readonly runs: readonly WRun[];
}

export interface WCell {
  readonly text: string;
  /** twips: the sum of the grid columns it spans */
  readonly width: number;
  readonly gridSpan: number;
  readonly vMerge: "restart" | "continue" | null;
  readonly align: "left" | "center";
}

export interface WRow {
  /** repeated at the top of each page */
  readonly header: boolean;
  readonly cells: readonly WCell[];
}

export interface WTable {
  readonly type: "table";
  /** grid column widths in twips, summing to the text width */
  readonly columns: readonly number[];
  readonly rows: readonly WRow[];
}

export type WBlock = WParagraph | WTable;

/** Odd-page and even-page variants of a header or footer. */
export interface WPageParts {
  readonly odd: readonly WParagraph[];
  readonly even: readonly WParagraph[];
}

export interface WordDocument {
  readonly meta: { readonly title: string; readonly creator: string; readonly description: string };
  readonly body: readonly WBlock[];
  /** null: no header (a final) */
  readonly headers: WPageParts | null;
  readonly footers: WPageParts;
}

export const run = (text: string, extra: Partial<Omit<WRun, "text">> = {}): WRun => ({
  text,
  font: extra.font ?? null,
  color: extra.color ?? null,
  bold: extra.bold ?? false,
  field: extra.field ?? null,
});

export const paragraph = (
  style: StyleId,
  runs: readonly WRun[],
  extra: Partial<Omit<WParagraph, "type" | "style" | "runs">> = {},
): WParagraph => ({
  type: "paragraph",
  style,
  align: extra.align ?? null,
  indent: extra.indent ?? null,
  keepNext: extra.keepNext ?? false,
  spaceBefore: extra.spaceBefore ?? 0,
  runs,
});
