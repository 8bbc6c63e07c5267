/**
 * The clerk's side of the 审核意见 loop: whether a 审核意见 file is about the report open (the same
 * body by name, the same year), and where each of the reviewer's points stands after the clerk's
 * latest check — a point of the report's own check is resolved once no finding has its id any
 * more (matched by the finding's stable id, `model/findings.ts`), explained when it is still found
 * but its warning has a reason; a point across bodies only the next review can tell. Small, so the
 * editor carries it without the review engine.
 */
import type { Finding } from "../model/types.ts";
import { bodyNames } from "./body-match.ts";
import type { ReviewNotes, ReviewPoint } from "./review-notes-file.ts";

export type PointState = "done" | "open" | "explained" | "county";

/** Where a point stands against the clerk's latest findings (matched by the finding's stable id). */
export function pointState(point: ReviewPoint, findings: readonly Finding[]): PointState {
  if (point.scope === "county") return "county";
  const now = findings.find((f) => f.id === point.id);
  if (!now) return "done";
  return now.explanation !== undefined ? "explained" : "open";
}

export const POINT_STATE_LABEL: Readonly<Record<PointState, string>> = {
  done: "已解决",
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
