/**
 * `review --json`: exactly one object (README "The review command") — the reports with their
 * counts, import summary and issues; the files that could not be read; the findings across bodies;
 * the roster's names without a report; and the area's sum (`units` only where the edition lets a
 * body choose the unit of a cell, 2019's 采购总金额).
 */
import { bodyName } from "../review/body-match.ts";
import type { ReviewResult } from "../review/review-types.ts";
import { issueJson } from "./issue-json.ts";

export function reviewJson(result: ReviewResult) {
  const aggregate = result.aggregate;
  return {
    reports: result.bodies.map((b) => ({
      file: b.file,
      org: bodyName(b.org),
      year: b.year,
      edition: b.edition,
      ok: b.ok,
      counts: {
        E: b.findings.filter((f) => f.severity === "E").length,
        W: b.findings.filter((f) => f.severity === "W").length,
        I: b.findings.filter((f) => f.severity === "I").length,
      },
      import: { placed: b.import.placed, blank: b.import.blank, ambiguous: b.import.ambiguous },
      issues: b.findings.map(issueJson),
    })),
    unreadable: result.unreadable.map((u) => ({ file: u.file, reason: u.reason })),
    crossBody: result.crossBody.map((c) => ({
      rule: c.rule,
      severity: c.severity,
      files: c.files,
      orgs: c.orgs,
      message: c.message,
    })),
    missing: result.missing,
    aggregate: aggregate && {
      year: aggregate.year,
      edition: aggregate.edition,
      bodies: { included: aggregate.included, excluded: aggregate.excluded },
      cells: aggregate.cells,
      ...(Object.keys(aggregate.units).length > 0 ? { units: aggregate.units } : {}),
    },
  };
}
