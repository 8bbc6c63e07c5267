/**
 * The reviewer's side of the 审核意见 loop: the reviewer's notes on a body (one on the report, one
 * per finding) made into the body's 审核意见 file — every finding of its own check and every
 * finding across bodies that names it, each with its note. The clerk's side is `review-points.ts`.
 */
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

/** A point in one line (for lists and tests). */
export const pointLine = (p: ReviewPoint): string => `${SEVERITY_LABEL[p.severity]} ${p.rule} ${p.where}：${p.message}`;
