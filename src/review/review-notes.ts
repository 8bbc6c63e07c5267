/**
 * The 审核意见 loop between the county and a body: the reviewer's notes on a body (one on the report,
 * one per finding) made into the body's 审核意见 file — every finding of its own check and every
 * finding across bodies that names it, each with its note — and, on the clerk's side, where each
 * point stands after the clerk's latest check: a point of the report's own check is done once no
 * finding has its id any more (explained, when it is still found but its warning has a reason);
 * a point across bodies only a new review can tell.
 */
import type { Finding } from "../model/types.ts";
import { bodyNames } from "./body-match.ts";
import { findingRow } from "./review-rows.ts";
import type { BodyResult, CrossBodyFinding } from "./review-types.ts";
import { NOTES_FORMAT, NOTES_VERSION, type ReviewNotes, type ReviewPoint } from "./review-notes-file.ts";
import { reportFileStem, SEVERITY_LABEL } from "../model/report.ts";

/** What a reviewer wrote about one body: a note on the report, and notes by finding id (or a cross-body finding's key). */
export interface BodyNotes {
  readonly note: string;
  readonly findings: Readonly<Record<string, string>>;
}

export const EMPTY_NOTES: BodyNotes = { note: "", findings: {} };

/** The key of a finding across bodies among a body's notes. */
export const crossBodyKey = (c: CrossBodyFinding): string =>
  `${c.rule}:${[...c.files].sort().join("|")}:${c.section ?? ""}`;

export function reviewNotesFor(
  body: BodyResult,
  crossBody: readonly CrossBodyFinding[],
  notes: BodyNotes,
  reviewer: string,
  date: string,
): ReviewNotes {
  const own = body.findings.map((f): ReviewPoint => {
    const row = findingRow(f, body.edition);
    return {
      scope: "report",
      id: f.id,
      rule: f.rule,
      severity: f.severity,
      where: row.where,
      message: row.message,
      note: notes.findings[f.id] ?? "",
    };
  });
  const across = crossBody
    .filter((c) => c.files.includes(body.file))
    .map((c): ReviewPoint => ({
      scope: "county",
      id: crossBodyKey(c),
      rule: c.rule,
      severity: c.severity,
      where: "跨机关核对",
      message: c.message,
      note: notes.findings[crossBodyKey(c)] ?? "",
    }));
  return {
    format: NOTES_FORMAT,
    version: NOTES_VERSION,
    report: {
      org: body.org.name,
      shortName: body.org.shortName,
      year: body.year,
      edition: body.edition,
      file: body.file,
    },
    reviewer,
    date,
    note: notes.note,
    points: [...own, ...across],
  };
}

/** The file name of a body's 审核意见, after its report's title (the names Windows and Linux accept). */
export const notesFileName = (body: Pick<BodyResult, "org" | "year">): string =>
  `审核意见-${reportFileStem({ org: { ...body.org, kind: body.org.kind }, year: body.year })}.json`;

export type PointState = "done" | "open" | "explained" | "county";

/** Where a point stands against the clerk's latest findings (matched by the finding's stable id). */
export function pointState(point: ReviewPoint, findings: readonly Finding[]): PointState {
  if (point.scope === "county") return "county";
  const now = findings.find((f) => f.id === point.id);
  if (!now) return "done";
  return now.explanation !== undefined ? "explained" : "open";
}

export const POINT_STATE_LABEL: Readonly<Record<PointState, string>> = {
  done: "已改正",
  open: "待处理",
  explained: "已说明原因",
  county: "待审核方复核",
};

/** Why notes are not for this report, or null when they are (same body by name, same year). */
export function notesMismatch(
  notes: ReviewNotes,
  report: { org: { name: string; shortName: string }; year: number },
): string | null {
  const mine = bodyNames(report.org);
  const theirs = bodyNames({ name: notes.report.org, shortName: notes.report.shortName });
  const who = notes.report.shortName || notes.report.org;
  if (!theirs.some((n) => mine.includes(n)))
    return `这份审核意见是针对 ${who} 的报告，当前打开的是 ${report.org.shortName || report.org.name} 的报告`;
  if (notes.report.year !== report.year)
    return `这份审核意见是针对 ${notes.report.year} 年度报告的，当前打开的是 ${report.year} 年度报告`;
  return null;
}

/** A point in one line (for lists and tests). */
export const pointLine = (p: ReviewPoint): string => `${SEVERITY_LABEL[p.severity]} ${p.rule} ${p.where}：${p.message}`;
