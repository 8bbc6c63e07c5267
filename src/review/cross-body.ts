/**
 * What only a look across the bodies shows (`cross-body-rules.ts`): text copied between bodies of
 * the year (RD-07d), two files of one body and year (RV-01), a report of another year than the
 * rest (RV-02), a report of a body that is not on the roster (RV-03); and the roster's names that
 * have no report of the year. The roster's first line names the area; every other line a body.
 */
import { BodyYearIndex, bodyName, bodyNames } from "./body-match.ts";
import { copiedBetween } from "./copied-between.ts";
import { COPIED_BETWEEN, NOT_ON_ROSTER, OTHER_YEAR, SAME_BODY_YEAR } from "./cross-body-rules.ts";
import type { BodyResult, CrossBodyFinding } from "./review-types.ts";

/** A roster as given: the area on its first line, one body a line after it (blank lines and `#` notes ignored). */
export interface Roster {
  readonly area: string;
  readonly bodies: readonly string[];
}

export function parseRoster(text: string): Roster {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  return { area: lines[0] ?? "", bodies: [...new Set(lines.slice(1))] };
}

/** The year under review: the year of most reports (the later one on a tie). */
export function yearUnderReview(bodies: readonly Pick<BodyResult, "year">[]): number | null {
  const count = new Map<number, number>();
  for (const b of bodies) count.set(b.year, (count.get(b.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of count)
    if (best === null || n > (count.get(best) ?? 0) || (n === count.get(best) && year > best)) best = year;
  return best;
}

function duplicates(bodies: readonly BodyResult[], area: string): CrossBodyFinding[] {
  const index = new BodyYearIndex(
    bodies.map((b) => ({ file: b.file, report: b })),
    area,
  );
  const seen = new Set<string>();
  const out: CrossBodyFinding[] = [];
  for (const body of bodies) {
    if (seen.has(body.file)) continue;
    const twins = index.sameBodyYear({ file: body.file, report: body });
    if (twins.length === 0) continue;
    const group = [body, ...twins.map((t) => t.report)];
    for (const b of group) seen.add(b.file);
    out.push({
      rule: SAME_BODY_YEAR.id,
      severity: SAME_BODY_YEAR.severity,
      files: group.map((b) => b.file),
      orgs: group.map((b) => bodyName(b.org)),
      message: `${bodyName(body.org)} 的 ${body.year} 年度报告有 ${group.length} 份（${group.map((b) => b.file).join("、")}）：请确认哪一份是要发布的，其余的删去`,
    });
  }
  return out;
}

function otherYears(bodies: readonly BodyResult[], year: number): CrossBodyFinding[] {
  return bodies
    .filter((b) => b.year !== year)
    .map((b) => ({
      rule: OTHER_YEAR.id,
      severity: OTHER_YEAR.severity,
      files: [b.file],
      orgs: [bodyName(b.org)],
      message: `${bodyName(b.org)} 的报告是 ${b.year} 年度的，其他报告是 ${year} 年度的：请确认交来的是不是本年度的报告`,
    }));
}

/** Names of the roster without a report of the year, and reports of the year whose body is not on it. */
function againstRoster(bodies: readonly BodyResult[], roster: Roster, year: number, area: string) {
  const ofYear = bodies.filter((b) => b.year === year);
  const reported = new Set(ofYear.flatMap((b) => bodyNames(b.org, area)));
  const namesOf = (name: string) => bodyNames({ name, shortName: "" }, area);
  const listed = new Set(roster.bodies.flatMap(namesOf));
  const missing = roster.bodies.filter((name) => !namesOf(name).some((n) => reported.has(n)));
  const notListed: CrossBodyFinding[] = ofYear
    .filter((b) => !bodyNames(b.org, area).some((n) => listed.has(n)))
    .map((b) => ({
      rule: NOT_ON_ROSTER.id,
      severity: NOT_ON_ROSTER.severity,
      files: [b.file],
      orgs: [bodyName(b.org)],
      message: `${bodyName(b.org)} 不在名单上：名单上的名称可能写法不同，或名单漏了这个机关`,
    }));
  return { missing, notListed };
}

export function crossBody(
  bodies: readonly BodyResult[],
  year: number | null,
  roster: Roster | null,
  area = "",
): { crossBody: CrossBodyFinding[]; missing: string[] } {
  if (year === null) return { crossBody: [], missing: roster ? [...roster.bodies] : [] };
  const ofRoster = roster ? againstRoster(bodies, roster, year, area) : { missing: [], notListed: [] };
  return {
    crossBody: [
      ...copiedBetween(bodies, COPIED_BETWEEN, area),
      ...duplicates(bodies, area),
      ...otherYears(bodies, year),
      ...ofRoster.notListed,
    ],
    missing: ofRoster.missing,
  };
}
