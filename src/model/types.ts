/**
 * What a report is: the types every layer shares. Pure data, no behaviour.
 *
 * An edition (the official table layout of a range of report years) is declared once as data
 * (`EditionDef`); a report (`Report`) holds only what the clerk typed or a file stated.
 */

export type EditionId = string;

/** How a cell's value is entered and validated. */
export type CellKind =
  /** non-negative integer (件, 项) */
  | "count"
  /** signed integer (2019's 本年增/减) */
  | "signed"
  /** non-negative decimal with at most 4 places (万元, or the unit the clerk chose) */
  | "money";

/** A cell of an official table, as declared by an edition. */
export interface CellDef {
  readonly id: string;
  readonly kind: CellKind;
  /** id of the table the cell sits in */
  readonly table: string;
  /** label of the cell's row, as printed (e.g. `（一）予以公开`) */
  readonly rowLabel: string;
  /** short row name used in messages (e.g. `予以公开`) */
  readonly rowName: string;
  /** label of the cell's column, as printed (e.g. `自然人`) */
  readonly colLabel: string;
  /** accessible name: row and column labels joined */
  readonly name: string;
  /** computed cells: the cells whose sum it is, and the rule that checks a stated value */
  readonly sumOf?: readonly string[];
  readonly sumRule?: string;
  /** money without a fixed unit: the report must store the unit (万元 or 元) */
  readonly unitChoice?: readonly string[];
}

/** One cell of a table's drawn grid. Spans are exactly those of the official layout. */
export type GridCell =
  | {
      readonly type: "label";
      readonly text: string;
      readonly rowspan: number;
      readonly colspan: number;
      /** `col` for column headers, `row` for row headers, `colgroup`/`rowgroup` for group headers */
      readonly scope: "col" | "row" | "colgroup" | "rowgroup";
      /** a note cell (勾稽关系) rather than a header */
      readonly note?: boolean;
    }
  | { readonly type: "value"; readonly id: string; readonly rowspan: number; readonly colspan: number }
  /** an empty bordered cell (2019 （八）/（九） fourth column) */
  | { readonly type: "empty"; readonly rowspan: number; readonly colspan: number };

export interface GridRow {
  /** `head` rows form the table head (repeated on each page); `subhead` rows are headers inside the body */
  readonly kind: "head" | "subhead" | "body";
  readonly cells: readonly GridCell[];
}

export interface TableDef {
  readonly id: string;
  /** section heading the table belongs to (e.g. `二、主动公开政府信息情况`) */
  readonly section: string;
  /** number of grid columns */
  readonly gridCols: number;
  /** relative column widths, one per grid column (renderers scale them) */
  readonly colWidths: readonly number[];
  readonly rows: readonly GridRow[];
  /** rules the figures cannot show (format.md §4 "UI hint"): told to the clerk beside the table */
  readonly hints?: readonly TableHint[];
}

/** A rule that is not machine-checkable, stated where the clerk fills in the cells it concerns. */
export interface TableHint {
  readonly rule: string;
  readonly text: string;
}

export interface NarrativeDef {
  readonly key: NarrativeKey;
  /** section heading the narrative belongs to; `null` for the preamble before 一 */
  readonly heading: string | null;
}

export type NarrativeKey = "preamble" | "overview" | "problems" | "other";

/** The six fixed section headings, in order, and where each one's content comes from. */
export interface SectionDef {
  readonly heading: string;
  readonly narrative?: NarrativeKey;
  readonly table?: string;
}

export type Severity = "E" | "W" | "I";

/** A term of an equation: a cell of this report or of last year's, added or subtracted. */
export interface Term {
  readonly cell: string;
  readonly prev?: boolean;
  readonly minus?: boolean;
}

export interface RelationInstance {
  /** where the relation holds, for messages (e.g. `自然人列`) */
  readonly scope: string;
  /** how terms are named in messages: by their row (default) or their column */
  readonly termNames?: "row" | "col";
  readonly lhs: readonly Term[];
  readonly rhs: readonly Term[];
}

/** A rule as data: the engine has one implementation per `kind`. */
export type RuleDef =
  | {
      readonly id: string;
      readonly severity: Severity;
      readonly title: string;
      /** sum(lhs) == sum(rhs) */
      readonly kind: "equal";
      readonly instances: readonly RelationInstance[];
    }
  | {
      readonly id: string;
      readonly severity: Severity;
      readonly title: string;
      /** sum(lhs) <= sum(rhs) */
      readonly kind: "at-most";
      readonly instances: readonly RelationInstance[];
    }
  | {
      readonly id: string;
      readonly severity: Severity;
      readonly title: string;
      /** stated computed cells equal the sum of their parts (cells whose `sumRule` is this id) */
      readonly kind: "stated-total";
    }
  | {
      readonly id: string;
      readonly severity: Severity;
      readonly title: string;
      /** every input cell of the tables is filled and valid for its kind */
      readonly kind: "cell-values";
      readonly tables: readonly string[];
    }
  | {
      readonly id: string;
      readonly severity: Severity;
      readonly title: string;
      /** the cells must be 0 for the given kinds of organisation */
      readonly kind: "zero-for-org";
      readonly orgKinds: readonly OrgKind[];
      readonly cells: readonly string[];
      readonly reason: string;
    }
  | {
      readonly id: string;
      readonly severity: Severity;
      readonly title: string;
      /** the cells need a unit stored in the report */
      readonly kind: "unit-required";
      readonly cells: readonly string[];
    }
  | {
      readonly id: string;
      readonly severity: Severity;
      readonly title: string;
      /** a document-level or narrative check, implemented once per `check` name */
      readonly kind: "document";
      readonly check: string;
      /** options the check reads (rule data, not code) */
      readonly options?: Readonly<Record<string, unknown>>;
    };

export interface EditionDef {
  readonly id: EditionId;
  /** first and last report year (inclusive); `null` = open-ended */
  readonly years: readonly [number, number | null];
  /** legal basis of the format (e.g. 国办公开办函〔2021〕30号) */
  readonly basis: string;
  readonly sections: readonly SectionDef[];
  readonly tables: readonly TableDef[];
  readonly cells: readonly CellDef[];
  readonly rules: readonly RuleDef[];
}

export type OrgKind = "township" | "county-government" | "department" | "other";

export interface Org {
  name: string;
  shortName: string;
  kind: OrgKind;
  parent: string;
}

export interface Publication {
  site: string;
  url: string;
  /** ISO date `YYYY-MM-DD` or empty */
  date: string;
  /** publication deadline `MM-DD` in the following year (default `01-31`) */
  deadline?: string;
}

export interface Contact {
  office: string;
  phone: string;
  fax: string;
  email: string;
  address: string;
  postcode: string;
}

export type Narrative = Record<NarrativeKey, string>;

export interface Explanation {
  rule: string;
  cells: string[];
  text: string;
}

/** Last year's figures (and problems text), kept for the cross-year rules. */
export interface PreviousYear {
  year: number;
  edition: EditionId;
  cells: Record<string, number>;
  narrative?: Partial<Narrative>;
}

/** A report: only what the clerk typed or a file stated. Totals and findings are derived. */
export interface Report {
  format: "nianbao.report";
  version: 1;
  edition: EditionId;
  year: number;
  org: Org;
  publication: Publication;
  contact: Contact;
  /** entered numbers; a missing id is blank */
  cells: Record<string, number>;
  /** what the clerk typed where it is not (yet) a valid number, kept as typed */
  typed?: Record<string, string>;
  /** units chosen for cells without a unit in the official label (2019 采购总金额) */
  units?: Record<string, string>;
  narrative: Narrative;
  explanations: Explanation[];
  previous?: PreviousYear;
  /** narrative sections copied from last year and not yet reviewed */
  review?: NarrativeKey[];
}

/** A finding of the rules engine. */
export interface Finding {
  rule: string;
  severity: Severity;
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  message: string;
  /** the clerk's explanation, when a warning was explained */
  explanation?: string;
  /** for findings about the narrative: the section and the character range the finding is about */
  text?: { key: NarrativeKey; start: number; end: number };
}
