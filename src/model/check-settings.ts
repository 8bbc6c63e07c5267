/**
 * The document and narrative checks an edition's rules can run, each with the settings it reads
 * (rule data, not code). One entry per check name: the rules engine implements each one in its
 * table (`src/rules/document-checks.ts`), and the compiler refuses a rule whose settings do not
 * fit its check, or a check without an implementation.
 */
import type { NarrativeKey, OrgKind } from "./types.ts";

/** RD-05, RD-06, R3-08: a section must mention some topics. */
export interface MentionSettings {
  readonly section: NarrativeKey;
  /** each topic's name (for the message) and the words that mention it (regex source) */
  readonly topics: readonly { readonly name: string; readonly words: string }[];
  /** only for these kinds of organisation */
  readonly orgKinds?: readonly OrgKind[];
  /** only when one of these cells is non-zero */
  readonly whenNonZero?: readonly string[];
  /** why the topics are required, for the message */
  readonly reason: string;
}

/** RD-07a: another town, township, sub-district or county named as the reporting body. */
export interface ForeignPlaceSettings {
  /** per org kind, the place suffixes checked */
  readonly suffixes: Readonly<Partial<Record<OrgKind, readonly string[]>>>;
  /** regex source of the words after a place that make it a body (人民政府, 政务公开…) */
  readonly bodyWords: string;
  /** per suffix, characters that before it make a common word, not a name (我镇, 乡镇, 社区) */
  readonly notNames: Readonly<Record<string, string>>;
  /** two-character words that, before 镇/县…, are not a name (按照区人民政府, 依托镇便民服务中心) */
  readonly commonWords: readonly string[];
  /** characters that, right before any suffix, end a verb rather than a name (围绕镇党委) */
  readonly notNameEndings: string;
  /** regex source of words shortly before a name that make it an outside reference */
  readonly outside: string;
}

/** RD-07b: another year spoken of as the year reported on. */
export interface OtherYearSettings {
  /** regex source of words referring to the body itself (我镇, 本单位…) */
  readonly selfWords: string;
  /** regex source: a sentence about an earlier year with these words looks back on purpose */
  readonly lookingBack: string;
  /** regex source: a sentence about a later year with these words is a plan */
  readonly lookingAhead: string;
  /** regex source of the words before `YYYY年…报告` that make it this report's own title */
  readonly titleLead: string;
  /** regex source: a sentence naming an earlier year's report with these words tells of its publication (按时发布…) */
  readonly titleEvent: string;
}

/** RD-07c: a section largely copied from last year's report. */
export interface CopiedSettings {
  readonly section: NarrativeKey;
  /** similarity (0–1) from which the text counts as copied */
  readonly threshold: number;
  /** texts shorter than this (after normalising) are not compared */
  readonly minLength: number;
}

/** RD-04, R2-05: the groups of figure facts (`src/rules/narrative/figure-facts.ts`) the rule compares. */
export interface FigureSettings {
  readonly groups: readonly string[];
}

/** R3-06: outcomes need a source. */
export interface SourceSettings {
  readonly outcomes: readonly string[];
  readonly sources: readonly string[];
}

/** Every check name and its settings; `null` for a check that reads none. */
export interface CheckSettings {
  /** RD-02: the edition is the one of the report year */
  readonly "edition-year": null;
  /** RD-03: labels an importer read match the official text */
  readonly labels: null;
  /** RD-08: published by the deadline */
  readonly deadline: null;
  /** RD-09: the statistics period stated is the report year */
  readonly "statistics-period": null;
  /** RD-01: no section heading typed into the text (the words are the edition's `sections[].words`) */
  readonly "no-stray-headings": null;
  readonly "outcomes-need-sources": SourceSettings;
  readonly "narrative-figures": FigureSettings;
  readonly "narrative-mentions": MentionSettings;
  readonly "narrative-foreign-places": ForeignPlaceSettings;
  readonly "narrative-other-year": OtherYearSettings;
  readonly "narrative-copied": CopiedSettings;
  /** RD-10: the law's name, document numbers and frequent typos (`wording-data.ts`) */
  readonly "narrative-wording": null;
}

export type CheckName = keyof CheckSettings;
