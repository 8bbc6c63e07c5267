/**
 * The 审核 page's `ReviewReader`: a few web workers (one per core, at most four) that read the
 * dropped files side by side, each a batch at a time from a queue. A worker that dies (a file that
 * exhausts it) is replaced, and its batch is read again file by file so that only the bad file is
 * reported unreadable.
 */
import type { ReviewReader } from "../../review/review-run.ts";
import type { BodyRead, BodyResult, PreviousOutcome } from "../../review/review-types.ts";
import type { WorkerAnswer, WorkerRequest, WorkerTask } from "./review.worker.ts";

interface Job {
  readonly task: WorkerTask;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: Error) => void;
}

export interface BrowserReader extends ReviewReader {
  close(): void;
}

const failure = (e: unknown) => `读取时出错：${e instanceof Error ? e.message : String(e)}`;

export function browserReader(files: ReadonlyMap<string, File>): BrowserReader {
  const size = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, { id: number; job: Job }>();
  let nextId = 0;
  let closed = false;

  const start = (): Worker => {
    const worker = new Worker(new URL("./review.worker.ts", import.meta.url), { type: "module", name: "审核" });
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      const current = running.get(worker);
      if (!current || current.id !== e.data.id) return;
      running.delete(worker);
      if ("error" in e.data) current.job.reject(new Error(e.data.error));
      else current.job.resolve(e.data.result);
      idle.push(worker);
      pump();
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const current = running.get(worker);
      running.delete(worker);
      worker.terminate();
      current?.job.reject(new Error(e.message || "工作线程意外停止"));
      if (!closed) idle.push(start());
      pump();
    };
    return worker;
  };
  for (let i = 0; i < size; i++) idle.push(start());

  function pump(): void {
    while (!closed && idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Job;
      const id = nextId++;
      running.set(worker, { id, job });
      worker.postMessage({ id, task: job.task } satisfies WorkerRequest);
    }
  }

  const run = <T>(task: WorkerTask) =>
    new Promise<T[]>((resolve, reject) => {
      queue.push({ task, resolve: (v) => resolve(v as T[]), reject });
      pump();
    });
  const entries = (names: readonly string[]) =>
    names
      .map((name) => [name, files.get(name)] as const)
      .filter((e): e is readonly [string, File] => e[1] !== undefined);
  const oneByOne = async <T>(names: readonly string[], task: (names: readonly string[]) => WorkerTask) =>
    (
      await Promise.all(
        names.map((name) =>
          run<T>(task([name])).catch((e: unknown): T[] => [{ ok: false, file: name, reason: failure(e) } as T]),
        ),
      )
    ).flat();

  return {
    parallel: size,
    readBodies: (names, withReports) => {
      const task = (n: readonly string[]): WorkerTask => ({ kind: "bodies", files: entries(n), withReports });
      return run<BodyRead>(task(names)).catch(() => oneByOne<BodyRead>(names, task));
    },
    readPrevious: (names) => {
      const task = (n: readonly string[]): WorkerTask => ({ kind: "previous", files: entries(n) });
      return run<PreviousOutcome>(task(names)).catch(() => oneByOne<PreviousOutcome>(names, task));
    },
    checkWithPrevious: (checks) =>
      run<BodyResult>({ kind: "check", checks }).catch((e: unknown) =>
        checks.map((c) => ({ ...c.body, previous: { note: `跨年度核对未能进行：${failure(e)}` } })),
      ),
    close: () => {
      closed = true;
      for (const w of [...idle, ...running.keys()]) w.terminate();
      for (const { job } of running.values()) job.reject(new Error("审核已停止"));
      for (const job of queue.splice(0)) job.reject(new Error("审核已停止"));
    },
  };
}
