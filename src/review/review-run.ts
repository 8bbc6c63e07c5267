/**
 * A whole review, the same in the CLI and the app: last year's files read first (for the
 * cross-year rules), then this year's, each by a `ReviewReader` — a pool of workers, or this
 * thread — a few at a time, so memory stays flat whatever the number of files (only what a body's
 * result keeps stays, never a file's bytes or text). A body with exactly one report of last year
 * (matched by name, `body-match.ts`) is checked again against it; then the look across bodies, the
 * missing names and the area's sum.
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

/** Reads files where it is best done; `parallel` is how many it works on at once. */
export interface ReviewReader {
  readonly parallel: number;
  readBody(file: string): Promise<BodyRead>;
  readPrevious(file: string): Promise<PreviousOutcome>;
  checkWithPrevious(check: PreviousCheck): Promise<BodyResult>;
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

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

/** The parent every body that names one names, when they all name the same one. */
function commonParent(bodies: readonly BodyResult[], reports: ReadonlyMap<string, string>): string {
  const parents = new Set(bodies.map((b) => reports.get(b.file) ?? "").filter((p) => p !== ""));
  const [only] = parents;
  return parents.size === 1 && only !== undefined ? only : "";
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export async function runReview(input: ReviewInput, reader: ReviewReader, progress?: Progress): Promise<ReviewResult> {
  const previousFiles = input.previousFiles ?? [];
  const total = input.files.length + previousFiles.length;
  let done = 0;
  const tick = () => progress?.(++done, total);
  const inFlight = reader.parallel * 4;

  const lastYear: Entry<PreviousRead>[] = [];
  const previousUnreadable: Unreadable[] = [];
  await eachLimited(previousFiles, inFlight, async (file) => {
    const read = await reader.readPrevious(file);
    if (read.ok) lastYear.push({ file: read.file, report: read });
    else previousUnreadable.push({ file: read.file, reason: read.reason });
    tick();
  });
  const roster = input.roster ?? null;
  const named = input.area?.trim() || roster?.area || "";
  const previousIndex = new BodyYearIndex(lastYear.sort(byFile), named);

  const bodies: BodyResult[] = [];
  const unreadable: Unreadable[] = [];
  const parents = new Map<string, string>();
  await eachLimited(input.files, inFlight, async (file) => {
    const read = await reader.readBody(file);
    if (!read.ok) unreadable.push({ file: read.file, reason: read.reason });
    else {
      parents.set(read.body.file, read.report.org.parent.trim());
      const { used, ambiguous } = previousIndex.lastYear(read.report);
      if (used)
        bodies.push(
          await reader.checkWithPrevious({
            body: read.body,
            report: read.report,
            seenLabels: read.seenLabels,
            previous: used.report,
          }),
        );
      else if (ambiguous)
        bodies.push({
          ...read.body,
          previous: {
            note: `上年报告有 ${ambiguous.length} 份（${ambiguous.map((a) => a.file).join("、")}），无法确定用哪一份，未做跨年度核对`,
          },
        });
      else bodies.push(read.body);
    }
    tick();
  });
  bodies.sort(byFile);
  unreadable.sort(byFile);
  previousUnreadable.sort(byFile);

  const year = yearUnderReview(bodies);
  const area = named || commonParent(bodies, parents);
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
