/**
 * What an import gives back (the app and the CLI code against these names): the report, and a
 * summary saying what was recovered, what stayed blank, what could not be placed with certainty,
 * which cells were found by the tables' arithmetic, where the body, year and edition came from,
 * which labels differ from the official text, and what the rules then find.
 */
import type { Finding, Report } from "../model/types.ts";
import type { SeenLabel } from "../rules/context.ts";
import type { Ambiguity, Resolved } from "./place-tables.ts";

export type ImportSource = "json" | "docx" | "html" | "pdf" | "markdown" | "text";

/** How each cell of the tables was read; `differs`: the page shows another number than its data island holds. */
export type CellReading = "read" | "blank" | "ambiguous" | "resolved" | "differs";

export interface CellAsRead {
  /** what the cell shows in the summary (the number, what was seen, or empty) */
  readonly text: string;
  readonly reading: CellReading;
}

/**
 * A number a published page shows that its data island does not hold (changed by hand after
 * publishing): the import keeps what the page shows — what was published — and names it for review.
 */
export interface Difference {
  readonly cell: string;
  /** the cell's name (row and column) */
  readonly name: string;
  /** the number in the page's data (null: blank there) */
  readonly data: number | null;
  /** the number the page's table shows, which the import keeps */
  readonly shown: number;
}

/** Where the body, the year and the edition were taken from, in words. */
export interface Origins {
  readonly org: string;
  readonly year: string;
  readonly edition: string;
}

export interface ImportSummary {
  readonly source: ImportSource;
  /** number of cells that got a number */
  readonly recovered: number;
  /** cell ids left blank (nothing was seen for them) */
  readonly blank: string[];
  /** cells that could not be placed with certainty, with what was seen and where */
  readonly ambiguous: Ambiguity[];
  /** cells whose numbers ran together and were split by the tables' identities */
  readonly resolved: Resolved[];
  /** every cell of the edition as read */
  readonly cells: Readonly<Record<string, CellAsRead>>;
  readonly origins: Origins;
  /** label text seen where the edition has another text (rule RD-03 reports them) */
  readonly deviations: SeenLabel[];
  /** numbers the page shows that differ from its data island (kept as shown, to be reviewed) */
  readonly differences: readonly Difference[];
  /** what the rules find in the imported report (deviations included) */
  readonly findings: Finding[];
  readonly notes: string[];
}

export type ImportOutcome = { ok: true; report: Report; summary: ImportSummary } | { ok: false; reason: string };

export interface ImportInput {
  /** file name (its extension says what it is) or a label such as 粘贴的文字 */
  readonly name: string;
  readonly bytes?: Uint8Array;
  readonly text?: string;
  /** report year to use when the input does not state one */
  readonly year?: number;
}
