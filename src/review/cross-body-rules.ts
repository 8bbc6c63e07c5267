/**
 * The rules a review applies across bodies, as data (README "Rules"): the engine (`cross-body.ts`,
 * `copied-between.ts`) reads each one's id, severity, title and settings. RD-07d is the county's
 * twin of RD-07c (a section largely the same as another body's of the same year, format.md §4.5
 * RD-07 and §5 D6); the RV rules are about the set of files itself.
 */
import type { NarrativeKey, Severity } from "../model/types.ts";

export interface CrossBodyRule {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
}

export interface CopiedBetweenRule extends CrossBodyRule {
  /** the sections compared, each with the same section of the other bodies of the year */
  readonly sections: readonly NarrativeKey[];
  /** characters a shingle is made of */
  readonly shingle: number;
  /** MinHash values per section, in bands of `rows` for the buckets that find candidates */
  readonly hashes: number;
  readonly rows: number;
  /** estimated Jaccard similarity of the shingles from which two sections count as copied */
  readonly threshold: number;
  /** sections with fewer characters (after the standard statements are taken out) are not compared */
  readonly minLength: number;
}

export const COPIED_BETWEEN: CopiedBetweenRule = {
  id: "RD-07d",
  severity: "W",
  title: "正文与同年度其他机关的报告雷同",
  sections: ["overview", "problems", "other"],
  shingle: 5,
  hashes: 64,
  rows: 4,
  threshold: 0.5,
  minLength: 60,
};

export const SAME_BODY_YEAR: CrossBodyRule = {
  id: "RV-01",
  severity: "W",
  title: "同一机关同一年度只交一份报告",
};

export const OTHER_YEAR: CrossBodyRule = {
  id: "RV-02",
  severity: "W",
  title: "报告年度与其他报告相同",
};

export const NOT_ON_ROSTER: CrossBodyRule = {
  id: "RV-03",
  severity: "I",
  title: "报告机关在名单上",
};
