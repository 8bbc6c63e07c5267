/**
 * `review`'s readers: a pool of worker threads (tinypool, one per core by default) that read,
 * import and check files side by side, or this thread alone (`--jobs 1`). A worker is capped in
 * memory, so a hostile file that blows up takes only its worker down: that file is then reported
 * unreadable and the pool starts another worker.
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
  const run = (task: ReviewTask) => pool.run(task) as Promise<unknown>;
  return {
    parallel: jobs,
    readBody: (file) =>
      run({ kind: "body", file }).then(
        (r) => r as BodyRead,
        (e: unknown) => ({ ok: false, file, reason: failure(e) }),
      ),
    readPrevious: (file) =>
      run({ kind: "previous", file }).then(
        (r) => r as PreviousOutcome,
        (e: unknown) => ({ ok: false, file, reason: failure(e) }),
      ),
    // a check that fails leaves the body as it was read (without the cross-year rules), and says why
    checkWithPrevious: (check) =>
      run({ kind: "check", check }).then(
        (r) => r as BodyResult,
        (e: unknown) => ({ ...check.body, previous: { note: `跨年度核对未能进行：${failure(e)}` } }),
      ),
    close: () => pool.destroy(),
  };
}
