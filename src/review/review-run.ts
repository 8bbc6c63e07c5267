/**
 * A whole review, the same in the CLI and the app: last year's files read first (for the
 * cross-year rules), then this year's, by a `ReviewReader` — a pool of workers, or this thread — in
 * small batches (a worker keeps working instead of waiting for each answer to be taken), a few
 * batches at a time, so memory stays flat whatever the number of files: only what a body's result
 * keeps stays, never a file's bytes or text. A body with exactly one report of last year (matched
 * by name, `body-match.ts`) is checked again against it; then the look across bodies, the missing
 * names and the area's sum.
 */
import { aggregate } from "./aggregate.ts";
import { BodyYearIndex, type Entry } from "./body-match.ts";
import { crossBody, yearUnderReview, type Roster } from "./cross-body.ts";
import type {
  BodyRead,
  BodyResult,
  PreviousCheck,
  PreviousOutcome,
  PreviousRead,
  ReviewResult,
  Unreadable,
} from "./review-types.ts";

/** Reads files where it is best done, a batch at a time; `parallel` is how many batches it works on at once. */
export interface ReviewReader {
  readonly parallel: number;
  /** `withReports`: keep each body's whole report in the answer (to check it against last year's) */
  readBodies(files: readonly string[], withReports: boolean): Promise<BodyRead[]>;
  readPrevious(files: readonly string[]): Promise<PreviousOutcome[]>;
  checkWithPrevious(checks: readonly PreviousCheck[]): Promise<BodyResult[]>;
}

export interface ReviewInput {
  readonly files: readonly string[];
  /** last year's reports of the same bodies (`--prev`) */
  readonly previousFiles?: readonly string[];
  readonly roster?: Roster | null;
  /** the area's name; else the roster's first line, else the bodies' common parent */
  readonly area?: string;
}

export type Progress = (done: number, total: number) => void;

/** files per batch: enough that a worker seldom waits, few enough for a smooth progress bar */
const MAX_BATCH = 32;

/** The files in batches, about eight per lane of work, at most `MAX_BATCH` each. */
function batches<T>(items: readonly T[], parallel: number): T[][] {
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(items.length / (parallel * 8))));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

/** The parent every body that names one names, when they all name the same one. */
function commonParent(bodies: readonly BodyResult[]): string {
  const parents = new Set(bodies.map((b) => b.org.parent.trim()).filter((p) => p !== ""));
  const [only] = parents;
  return parents.size === 1 && only !== undefined ? only : "";
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export async function runReview(input: ReviewInput, reader: ReviewReader, progress?: Progress): Promise<ReviewResult> {
  const previousFiles = input.previousFiles ?? [];
  const total = input.files.length + previousFiles.length;
  let done = 0;
  const tick = (n: number) => progress?.((done += n), total);
  const lanes = reader.parallel * 2;

  const lastYear: Entry<PreviousRead>[] = [];
  const previousUnreadable: Unreadable[] = [];
  await eachLimited(batches(previousFiles, reader.parallel), lanes, async (batch) => {
    for (const read of await reader.readPrevious(batch))
      if (read.ok) lastYear.push({ file: read.file, report: read });
      else previousUnreadable.push({ file: read.file, reason: read.reason });
    tick(batch.length);
  });
  const roster = input.roster ?? null;
  const named = input.area?.trim() || roster?.area || "";
  const previousIndex = new BodyYearIndex(lastYear.sort(byFile), named);

  const bodies: BodyResult[] = [];
  const unreadable: Unreadable[] = [];
  await eachLimited(batches(input.files, reader.parallel), lanes, async (batch) => {
    const checks: PreviousCheck[] = [];
    for (const read of await reader.readBodies(batch, lastYear.length > 0)) {
      if (!read.ok) {
        unreadable.push({ file: read.file, reason: read.reason });
        continue;
      }
      const { used, ambiguous } = previousIndex.lastYear(read.body);
      if (used && read.report)
        checks.push({ body: read.body, report: read.report, seenLabels: read.seenLabels, previous: used.report });
      else if (ambiguous)
        bodies.push({
          ...read.body,
          previous: {
            note: `上年报告有 ${ambiguous.length} 份（${ambiguous.map((a) => a.file).join("、")}），无法确定用哪一份，未做跨年度核对`,
          },
        });
      else bodies.push(read.body);
    }
    if (checks.length > 0) bodies.push(...(await reader.checkWithPrevious(checks)));
    tick(batch.length);
  });
  bodies.sort(byFile);
  unreadable.sort(byFile);
  previousUnreadable.sort(byFile);

  const year = yearUnderReview(bodies);
  const area = named || commonParent(bodies);
  const across = crossBody(bodies, year, roster, area);
  return {
    year,
    area,
    bodies,
    unreadable,
    crossBody: across.crossBody,
    missing: across.missing,
    aggregate: year === null ? null : aggregate(bodies, unreadable, year, area),
    previousUnreadable,
  };
}
