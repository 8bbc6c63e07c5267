/**
 * Builders for the narrative-check tests: a report of a real-looking township with every table cell
 * 0 (or as given) and the narrative given, and helpers that run the real rules engine and keep the
 * findings about the narrative.
 */
import { editionForYear } from "../../src/model/editions/index.ts";
import { newReport } from "../../src/model/report.ts";
import type { Finding, Narrative, Org, Report } from "../../src/model/types.ts";
import type { CheckOptions } from "../../src/rules/context.ts";
import { checkReport } from "../../src/rules/run-rules.ts";

export const XINGGUO: Partial<Org> = {
  name: "兴国镇人民政府",
  shortName: "兴国镇",
  kind: "township",
  parent: "秦安县",
};

/** A report whose tables are all 0 except `cells`, with the narrative given (other sections empty). */
export function townReport(
  year: number,
  narrative: Partial<Narrative> = {},
  cells: Record<string, number> = {},
  org: Partial<Org> = XINGGUO,
): Report {
  const report = newReport(year, org);
  const edition = editionForYear(year);
  if (!edition) throw new Error(String(year));
  for (const c of edition.cells) if (!c.sumOf) report.cells[c.id] = 0;
  Object.assign(report.cells, cells);
  for (const c of edition.cells) if (c.unitChoice) (report.units ??= {})[c.id] = c.unitChoice[0] ?? "";
  report.narrative = { ...report.narrative, ...narrative };
  return report;
}

export const isNarrative = (f: Finding): boolean => f.target.kind === "text";

/** Findings about the narrative. */
export function narrativeFindings(report: Report, options: CheckOptions = {}): Finding[] {
  return checkReport(report, options).findings.filter(isNarrative);
}

/** Findings of one rule. */
export function findingsOf(report: Report, rule: string, options: CheckOptions = {}): Finding[] {
  return checkReport(report, options).findings.filter((f) => f.rule === rule);
}

/** The text a finding marks. */
export function marked(report: Report, f: Finding): string {
  const t = f.target;
  if (t.kind !== "text" || !t.span) return "";
  return report.narrative[t.section].slice(t.span.start, t.span.end);
}

/** Where a narrative finding is, as version 1 named it: the section, then the cells the text is compared with. */
export function placeOf(f: Finding): readonly string[] {
  const t = f.target;
  return t.kind === "text" ? [`narrative.${t.section}`, ...t.cells] : t.kind === "field" ? [t.field] : t.cells;
}
