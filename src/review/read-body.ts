/**
 * One file of a review, where it is read (a worker of the CLI's pool, a web worker of the app, or
 * this thread): through the importer, as the app and `import` read it — a report file, Word, PDF,
 * web page, markdown or text — into what the review keeps of the body (`BodyResult`: who, which
 * year, what the import placed, the findings of its own check, when it was published, its cells and
 * the sketches of its text), or the importer's reason. Isomorphic: bytes in, no file system.
 */
import { importReport, type ImportSource } from "../import/index.ts";
import { editionForYear, getEdition } from "../model/editions/index.ts";
import { perObject } from "../model/memo.ts";
import { daysUntilDeadline, deadlineDate, lastYearOf, newReport, reportTitle } from "../model/report.ts";
import type { EditionDef, Finding, Report } from "../model/types.ts";
import { blocks, checkReport } from "../rules/run-rules.ts";
import { COPIED_BETWEEN } from "./cross-body-rules.ts";
import type { BodyRead, BodyResult, PreviousCheck, PreviousOutcome, Timeliness } from "./review-types.ts";
import { sketchesOf } from "./text-sketch.ts";

export interface FileInput {
  /** the file's path or name, as the reviewer knows it */
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** The cross-year rules a report of the edition skips without last year's report, and why (the same for all). */
const skippedWithoutPrevious = perObject((edition: EditionDef): readonly (readonly [string, string])[] => [
  ...checkReport(newReport(edition.years[0]), {}, edition).skipped,
]);

export function timelinessOf(report: Pick<Report, "year" | "publication">): Timeliness {
  const deadline = deadlineDate(report);
  const date = report.publication.date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { state: "no-date", deadline };
  const days = -daysUntilDeadline(report, date);
  return days > 0 ? { state: "late", date, deadline, days } : { state: "on-time", date, deadline };
}

function bodyOf(
  file: string,
  report: Report,
  source: ImportSource,
  counts: BodyResult["import"],
  findings: readonly Finding[],
  skipped: readonly (readonly [string, string])[],
): BodyResult {
  const edition = getEdition(report.edition);
  return {
    file,
    org: { name: report.org.name, shortName: report.org.shortName, kind: report.org.kind, parent: report.org.parent },
    title: reportTitle(report),
    year: report.year,
    edition: report.edition,
    source,
    import: counts,
    findings,
    skipped,
    ok: !findings.some(blocks),
    timeliness: timelinessOf(report),
    cells: report.cells,
    units: report.units ?? {},
    sketches: sketchesOf(report, edition ?? editionForYear(report.year), COPIED_BETWEEN),
  };
}

/** A file of the year under review; its whole report comes with it when `withReport` (for a check against last year's). */
export async function readBody(input: FileInput, withReport = true): Promise<BodyRead> {
  const outcome = await importReport({ name: input.file, bytes: input.bytes });
  if (!outcome.ok) return { ok: false, file: input.file, reason: outcome.reason };
  const { report, summary } = outcome;
  const edition = getEdition(report.edition);
  const counts = { placed: summary.recovered, blank: summary.blank.length, ambiguous: summary.ambiguous.length };
  // the importer has checked the report already (without last year's): its findings are this check's
  const skipped = edition ? skippedWithoutPrevious(edition) : [];
  return {
    ok: true,
    body: bodyOf(input.file, report, summary.source, counts, summary.findings, skipped),
    ...(withReport ? { report } : {}),
    seenLabels: summary.deviations,
  };
}

/** A body's own check against last year's report (the cross-year rules, RD-07c). */
export function checkWithPrevious({ body, report, seenLabels, previous }: PreviousCheck): BodyResult {
  const check = checkReport(report, { prev: previous.previous, seenLabels });
  return {
    ...body,
    findings: check.findings,
    skipped: [...check.skipped],
    ok: check.ok,
    previous: { file: previous.file },
  };
}

/** A file of last year, for the cross-year rules: only its figures and text are kept. */
export async function readPrevious(input: FileInput): Promise<PreviousOutcome> {
  const outcome = await importReport({ name: input.file, bytes: input.bytes });
  if (!outcome.ok) return { ok: false, file: input.file, reason: outcome.reason };
  const { report } = outcome;
  return {
    ok: true,
    file: input.file,
    org: { name: report.org.name, shortName: report.org.shortName },
    year: report.year,
    previous: lastYearOf(report),
  };
}
