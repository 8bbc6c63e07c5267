/**
 * What a county review is made of (README "The review command"): each file read into a body's
 * result — who, which year, what the import placed, every finding of its own check — or a reason
 * it could not be read; the findings that only a look across bodies shows; the bodies of the
 * roster without a report; and the area's tables added up. Plain data that crosses threads (the
 * CLI's worker pool, the app's web workers) by structured clone. Reference: format.md §1.1 (a
 * county government's report aggregates its bodies), §4.5 RD-07, §5 D6.
 */
import type { ImportSource } from "../import/index.ts";
import type { SeenLabel } from "../rules/context.ts";
import type { Finding, NarrativeKey, OrgKind, PreviousYear, Report, Severity } from "../model/types.ts";

/** How one section of a body's text looks for the copy check (MinHash of its character shingles). */
export interface SectionSketch {
  readonly section: string;
  /** characters that count (Chinese and Latin letters) after the standard statements were taken out */
  readonly length: number;
  readonly signature: Uint32Array;
}

/** When a body published, against its deadline. */
export type Timeliness =
  | { readonly state: "on-time"; readonly date: string; readonly deadline: string }
  | { readonly state: "late"; readonly date: string; readonly deadline: string; readonly days: number }
  | { readonly state: "no-date"; readonly deadline: string };

/** One readable report, as the review keeps it: small, no text, no file bytes. */
export interface BodyResult {
  readonly file: string;
  readonly org: { readonly name: string; readonly shortName: string; readonly kind: OrgKind; readonly parent: string };
  readonly title: string;
  readonly year: number;
  readonly edition: string;
  readonly source: ImportSource;
  /** what the importer placed: cells with a number, cells left blank, cells it could not place for certain */
  readonly import: { readonly placed: number; readonly blank: number; readonly ambiguous: number };
  readonly findings: readonly Finding[];
  /** rules that did not run, with the reason (the cross-year rules without last year's report) */
  readonly skipped: readonly (readonly [string, string])[];
  /** nothing blocks its final output */
  readonly ok: boolean;
  readonly timeliness: Timeliness;
  /** the cells as entered (totals are derived) and the units chosen */
  readonly cells: Readonly<Record<string, number>>;
  readonly units: Readonly<Record<string, string>>;
  readonly sketches: readonly SectionSketch[];
  /** last year's report the cross-year rules were checked against, or why none was used */
  readonly previous?: { readonly file: string } | { readonly note: string };
}

/** A file that gave no report, and why. */
export interface Unreadable {
  readonly file: string;
  readonly reason: string;
}

/** What reading a file gives: a body (with its whole report when asked, for a check against last year's), or a reason. */
export type BodyRead =
  | { readonly ok: true; readonly body: BodyResult; readonly report?: Report; readonly seenLabels: SeenLabel[] }
  | ({ readonly ok: false } & Unreadable);

/** Last year's report of a body, as the cross-year rules need it. */
export interface PreviousRead {
  readonly file: string;
  readonly org: { readonly name: string; readonly shortName: string };
  readonly year: number;
  readonly previous: PreviousYear;
}

/** What checking a body against last year's report needs (sent to a worker as it is). */
export interface PreviousCheck {
  readonly body: BodyResult;
  readonly report: Report;
  readonly seenLabels: readonly SeenLabel[];
  readonly previous: PreviousRead;
}

export type PreviousOutcome = ({ readonly ok: true } & PreviousRead) | ({ readonly ok: false } & Unreadable);

/** A finding across bodies (copied text, two files of one body, another year, not on the roster). */
export interface CrossBodyFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly files: readonly string[];
  readonly orgs: readonly string[];
  readonly message: string;
  /** for copied text: the section and how alike the texts are (0–1, lowest and highest pair) */
  readonly section?: NarrativeKey;
  readonly similarity?: readonly [number, number];
}

/** Why a readable body's figures were not added up. */
export interface LeftOut {
  readonly org: string;
  readonly file: string;
  readonly reason: string;
}

/** The area's tables: every input cell summed over the bodies that went in. */
export interface Aggregate {
  readonly year: number;
  readonly edition: string;
  readonly area: string;
  readonly included: readonly { readonly org: string; readonly file: string }[];
  readonly excluded: readonly LeftOut[];
  readonly cells: Readonly<Record<string, number>>;
  readonly units: Readonly<Record<string, string>>;
  /** the area's report (kind county-government) that `check` and `render` read */
  readonly report: Report;
  /** how units were brought together, in words (元 and 万元 mixed) */
  readonly notes: readonly string[];
}

export interface ReviewResult {
  /** the year under review: the year most reports are of */
  readonly year: number | null;
  readonly area: string;
  readonly bodies: readonly BodyResult[];
  readonly unreadable: readonly Unreadable[];
  readonly crossBody: readonly CrossBodyFinding[];
  /** names on the roster without a report of the year */
  readonly missing: readonly string[];
  readonly aggregate: Aggregate | null;
  /** files of last year that could not be read (they only mean fewer cross-year checks) */
  readonly previousUnreadable: readonly Unreadable[];
}
