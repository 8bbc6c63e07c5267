/**
 * What a report is: the types every layer shares. Pure data, no behaviour.
 *
 * An edition (the official table layout of a range of report years) is declared once as data
 * (`EditionDef`); a report (`Report`) holds only what the clerk typed or a file stated.
 */

import type { CheckName, CheckSettings } from "./check-settings.ts";

export type EditionId = string;

/** How a cell's value is entered and validated. */
export type CellKind =
  /** non-negative integer (件, 项), at most `MAX_COUNT` */
  | "count"
  /** signed integer (2019's 本年增/减) */
  | "signed"
  /** non-negative decimal with at most 6 places (万元 to the 分, or the unit the clerk chose); see `number-text.ts` */
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

/** The parts of the report the clerk writes, in order: the opening text before 一, then 一, 五 and 六. */
export const NARRATIVE_KEYS = ["preamble", "overview", "problems", "other"] as const;

export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];

/** One of the six numbered sections of the report, in order, and where its content comes from. */
export interface SectionDef {
  /** the section's number (1–6 for 一 … 六), as headings are numbered in real reports */
  readonly number: number;
  readonly heading: string;
  /** regex source of the words that name the section as clerks write them (official text and variants) */
  readonly words: string;
  readonly narrative?: NarrativeKey;
  readonly table?: string;
}

/** The text before 一: the clerk's own or, left empty, a standard one. */
export interface OpeningDef {
  /** how the part is named in the form, guidance and messages (e.g. `报告开头`) */
  readonly name: string;
}

/** How table 二 counts documents, for the guidance and the sentences made from the figures. */
export interface DocumentCountsDef {
  /** the rows counted, in order: the cell-id prefix (`active.normativeDocs`) and the name a sentence uses */
  readonly rows: readonly { readonly cells: string; readonly name: string; readonly onlyWhenNonZero?: boolean }[];
  /** the three columns counted and the word a sentence puts before each number (制发, 废止, 现行有效) */
  readonly counts: readonly [DocumentCount, DocumentCount, DocumentCount];
  /** what the guidance of 一 asks for */
  readonly guidance: string;
}

export interface DocumentCount {
  readonly col: string;
  readonly word: string;
}

/**
 * Where a counting note comes from, as format.md sources it: the format's own table text (a label
 * or the table's note), a relation the tables imply, a local notice, or what the format leaves open.
 */
export type HelpSource =
  | { readonly kind: "label" }
  | { readonly kind: "inferred" }
  | { readonly kind: "local"; readonly notice: string }
  | { readonly kind: "unsettled" };

/** 填报口径: what the rows of a table count, stated only where format.md sources it (with the source). */
export interface CountingHelp {
  /** the rows it is about: cell-id prefixes (`apply.result.partial`: every cell of that row) */
  readonly rows: readonly string[];
  /** how the help names what it is about (e.g. `（二）部分公开`) */
  readonly topic: string;
  readonly text: string;
  readonly sources: readonly HelpSource[];
}

/** The 信息处理费 statement a section must make (gb2021: 六). */
export interface ProcessingFeeDef {
  readonly section: NarrativeKey;
  /** what to write, with its legal basis (the guidance) */
  readonly guidance: string;
  /** the sentence a body that collected nothing writes */
  readonly statement: string;
  /** the cell counting applications ended because the fee was not paid */
  readonly unpaidCell: string;
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

interface RuleBase {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
}

/** A rule of kind `document` running the check `K` with the settings that check reads. */
export type DocumentRuleDef<K extends CheckName = CheckName> = {
  [P in K]: RuleBase & {
    /** a document-level or narrative check, implemented once per `check` name */
    readonly kind: "document";
    readonly check: P;
  } & (CheckSettings[P] extends null ? { readonly options?: never } : { readonly options: CheckSettings[P] });
}[K];

/** A rule as data: the engine has one implementation per `kind`. */
export type RuleDef =
  | (RuleBase & {
      /** sum(lhs) == sum(rhs) */
      readonly kind: "equal";
      readonly instances: readonly RelationInstance[];
    })
  | (RuleBase & {
      /** sum(lhs) <= sum(rhs) */
      readonly kind: "at-most";
      readonly instances: readonly RelationInstance[];
    })
  | (RuleBase & {
      /** stated computed cells equal the sum of their parts (cells whose `sumRule` is this id) */
      readonly kind: "stated-total";
    })
  | (RuleBase & {
      /** every input cell of the tables is filled and valid for its kind */
      readonly kind: "cell-values";
      readonly tables: readonly string[];
    })
  | (RuleBase & {
      /** the cells must be 0 for the given kinds of organisation */
      readonly kind: "zero-for-org";
      readonly orgKinds: readonly OrgKind[];
      readonly cells: readonly string[];
      readonly reason: string;
    })
  | (RuleBase & {
      /** the cells need a unit stored in the report */
      readonly kind: "unit-required";
      readonly cells: readonly string[];
    })
  | DocumentRuleDef;

/**
 * A figure of the one-page graphic (一图读懂): the sum of the cells' values (totals as computed),
 * named as the graphic prints it. `key` pairs it with last year's figure of the same meaning, in
 * last year's edition's graphic (an edition may name or count a figure differently).
 */
export interface ChartFigure {
  readonly key: string;
  readonly label: string;
  readonly cells: readonly string[];
}

/** One panel of the graphic, by what it shows; the renderer has one drawing per `kind`. */
export type ChartPanelDef =
  /** a whole and its parts (applications received: new and carried over) */
  | {
      readonly kind: "parts";
      readonly key: string;
      readonly title: string;
      /** what the whole is called in words (`收到申请`) */
      readonly whole: string;
      readonly parts: readonly ChartFigure[];
    }
  /** one bar a figure, largest first when `largestFirst`; `after` figures are said in a line below */
  | {
      readonly kind: "bars";
      readonly key: string;
      readonly title: string;
      readonly bars: readonly ChartFigure[];
      readonly largestFirst?: boolean;
      readonly after?: readonly ChartFigure[];
    }
  /** groups, each split into the same outcomes (复议/诉讼): a group's `cells` hold one cell per outcome, in order */
  | {
      readonly kind: "groups";
      readonly key: string;
      readonly title: string;
      readonly outcomes: readonly string[];
      readonly groups: readonly ChartFigure[];
      /** said when every group is 0 */
      readonly none: string;
    };

/** The one-page graphic of the year's figures (一图读懂): its panels, in order, and the unit of its counts. */
export interface ChartDef {
  readonly unit: string;
  readonly panels: readonly ChartPanelDef[];
}

export interface EditionDef {
  readonly id: EditionId;
  /** first and last report year (inclusive); `null` = open-ended */
  readonly years: readonly [number, number | null];
  /** legal basis of the format (e.g. 国办公开办函〔2021〕30号) */
  readonly basis: string;
  readonly opening: OpeningDef;
  readonly sections: readonly SectionDef[];
  readonly tables: readonly TableDef[];
  readonly cells: readonly CellDef[];
  readonly rules: readonly RuleDef[];
  readonly documents: DocumentCountsDef;
  readonly processingFee?: ProcessingFeeDef;
  /** 填报口径 per row, shown in each cell's description and beside the table */
  readonly countingHelp?: readonly CountingHelp[];
  /** what the one-page graphic (一图读懂) draws */
  readonly chart: ChartDef;
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

/** A field of the report's basic information, by its path (`publication.date`). */
export type ReportField =
  | "year"
  | `org.${keyof Org & string}`
  | `publication.${keyof Publication & string}`
  | `contact.${keyof Contact & string}`;

/**
 * What a finding is about:
 * - `cells`: one or more cells of the tables (the first is the one to go to and, for a stated total, the total);
 * - `text`: words in a narrative section (`span`), or the section as a whole (`span` null: a topic it lacks,
 *   a copy of last year's); `cells` are the table cells the text is compared with (may be none);
 * - `field`: a field of the basic information;
 * - `label`: a table label an importer read (`label` the official text, `seen` what the file has).
 */
export type FindingTarget<S extends TextRange = TextSpan> =
  | { readonly kind: "cells"; readonly cells: readonly [string, ...string[]] }
  | {
      readonly kind: "text";
      readonly section: NarrativeKey;
      readonly span: S | null;
      readonly cells: readonly string[];
    }
  | { readonly kind: "field"; readonly field: ReportField }
  | { readonly kind: "label"; readonly label: string; readonly seen: string; readonly cells: readonly string[] };

/** Characters `[start, end)` of a narrative section. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A range with the words it covers, and which occurrence of those words among the rule's findings in
 * the section it is (1, 2 …); 0 for a grouped finding that stands for every occurrence (`Finding.places`).
 */
export interface TextSpan extends TextRange {
  readonly quote: string;
  readonly occurrence: number;
}

/**
 * The part of a target that stays the same while the clerk edits elsewhere: cells (sorted), the
 * section with the quoted words and their occurrence (`quote` "" for the section as a whole;
 * occurrence 0 for a grouped finding, every occurrence at once), the field, or the label.
 * Character offsets are not part of it. Explanations are stored with it.
 */
export type TargetKey =
  | { readonly kind: "cells"; readonly cells: readonly string[] }
  | { readonly kind: "text"; readonly section: NarrativeKey; readonly quote: string; readonly occurrence: number }
  | { readonly kind: "field"; readonly field: ReportField }
  | { readonly kind: "label"; readonly label: string; readonly seen: string };

/** The clerk's reason for one warning: its rule and what it is about (decisions §4). */
export interface Explanation {
  readonly rule: string;
  readonly target: TargetKey;
  readonly text: string;
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
  version: 2;
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

/** Words of a narrative section replaced by others: `[start, end)` holds `from` and becomes `to`. */
export interface TextEdit extends TextRange {
  readonly from: string;
  readonly to: string;
}

/**
 * A correction that is certain, described as data (a known typo, a misnamed law, a stated total
 * that differs from its parts); the store applies it, or several at once, as one undoable edit.
 */
export type FindingFix =
  /** replace words of a section */
  | { readonly kind: "replace-text"; readonly section: NarrativeKey; readonly edits: readonly TextEdit[] }
  /** drop stated totals, so the computed sums are used (采用计算值, decisions §3) */
  | { readonly kind: "adopt-computed"; readonly cells: readonly string[] };

/** A finding as a check makes it: the engine adds its identity, the quoted words and the explanation. */
export interface FindingDraft {
  readonly rule: string;
  readonly severity: Severity;
  readonly target: FindingTarget<TextRange>;
  readonly expected: number | string | null;
  readonly actual: number | string | null;
  readonly message: string;
  /** the certain correction, when there is one */
  readonly fix?: FindingFix;
}

/** A finding of the rules engine. */
export interface Finding extends Omit<FindingDraft, "target"> {
  /** stable identity: the rule and the target's key (`findingId`); the same finding after edits elsewhere */
  readonly id: string;
  readonly target: FindingTarget;
  /** the clerk's explanation, when a warning was explained */
  readonly explanation?: string;
  /**
   * A grouped finding: the rule marked the same words in its section this many times or more
   * (`GROUP_FROM`), listed once (…等 N 处); every place in text order. Its target's occurrence is 0,
   * so its explanation covers every place while they are grouped.
   */
  readonly places?: readonly TextSpan[];
  /** Findings of the rule in the section beyond those listed (`MAX_LISTED`): how many; not explainable itself. */
  readonly unlisted?: number;
}
