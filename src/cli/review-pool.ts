/**
 * `review`'s readers: a pool of worker threads (tinypool, one per core by default) that read,
 * import and check batches of files side by side, or this thread alone (`--jobs 1`). A worker is
 * capped in memory, so a hostile file that blows up takes only its worker down: its batch is then
 * read again file by file, and only the file that fails again is reported unreadable.
 */
import Tinypool from "tinypool";
import { inThreadReader } from "../review/in-thread-reader.ts";
import type { ReviewReader } from "../review/review-run.ts";
import type { BodyRead, BodyResult, PreviousOutcome } from "../review/review-types.ts";
import { loadFile, type ReviewTask } from "./review-worker.ts";

/** memory a worker may use (a report is read in a few MB; the importer's own bounds keep it so) */
const WORKER_HEAP_MB = 1024;

export interface PooledReader extends ReviewReader {
  close(): Promise<void>;
}

const failure = (e: unknown) => `读取时出错：${e instanceof Error ? e.message : String(e)}`;

export function reviewReader(jobs: number): PooledReader {
  if (jobs <= 1) return { ...inThreadReader(loadFile), close: async () => undefined };
  const pool = new Tinypool({
    filename: new URL("./review-worker-entry.mjs", import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const run = <T>(task: ReviewTask) => pool.run(task) as Promise<T[]>;
  /** a batch whose worker died: each file on its own, so that one bad file does not take the others with it */
  const oneByOne = async <T>(files: readonly string[], task: (files: string[]) => ReviewTask) =>
    (
      await Promise.all(
        files.map((file) =>
          run<T>(task([file])).catch((e: unknown): T[] => [{ ok: false, file, reason: failure(e) } as T]),
        ),
      )
    ).flat();
  return {
    parallel: jobs,
    readBodies: (files, withReports) => {
      const task = (f: string[]): ReviewTask => ({ kind: "bodies", files: f, withReports });
      return run<BodyRead>(task([...files])).catch(() => oneByOne<BodyRead>(files, task));
    },
    readPrevious: (files) => {
      const task = (f: string[]): ReviewTask => ({ kind: "previous", files: f });
      return run<PreviousOutcome>(task([...files])).catch(() => oneByOne<PreviousOutcome>(files, task));
    },
    // a check that fails leaves the bodies as they were read (without the cross-year rules), and says why
    checkWithPrevious: (checks) =>
      run<BodyResult>({ kind: "check", checks }).catch((e: unknown) =>
        checks.map((c) => ({ ...c.body, previous: { note: `跨年度核对未能进行：${failure(e)}` } })),
      ),
    close: () => pool.destroy(),
  };
}
