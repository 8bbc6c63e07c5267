/**
 * A web worker of the app's 审核 page (`browser-reader.ts`): reads a batch of the dropped files —
 * bounded by the importer's size — through the review engine, or checks bodies against last year's
 * reports. Runs in the reviewer's browser; nothing is sent anywhere.
 */
import { MAX_IMPORT_BYTES } from "../../import/index.ts";
import { eachFile } from "../../review/in-thread-reader.ts";
import { checkWithPrevious, readBody, readPrevious } from "../../review/read-body.ts";
import type { PreviousCheck } from "../../review/review-types.ts";

export type WorkerTask =
  | { readonly kind: "bodies"; readonly files: readonly (readonly [string, File])[]; readonly withReports: boolean }
  | { readonly kind: "previous"; readonly files: readonly (readonly [string, File])[] }
  | { readonly kind: "check"; readonly checks: readonly PreviousCheck[] };

export interface WorkerRequest {
  readonly id: number;
  readonly task: WorkerTask;
}

export type WorkerAnswer =
  { readonly id: number; readonly result: unknown } | { readonly id: number; readonly error: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerAnswer) => void;
};

async function bytesOf(file: File | undefined): Promise<Uint8Array | { reason: string }> {
  if (!file) return { reason: "文件不见了" };
  if (file.size > MAX_IMPORT_BYTES)
    return { reason: `文件太大（${(file.size / 1048576).toFixed(1)} MB），不像是一份年度报告，没有读取` };
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return { reason: "浏览器无法读取这个文件（可能已被移动或删除）" };
  }
}

async function run(task: WorkerTask): Promise<unknown> {
  if (task.kind === "check") return task.checks.map(checkWithPrevious);
  const byName = new Map(task.files);
  const names = task.files.map(([name]) => name);
  const load = (name: string) => bytesOf(byName.get(name));
  return task.kind === "bodies"
    ? eachFile(names, load, (input) => readBody(input, task.withReports))
    : eachFile(names, load, readPrevious);
}

scope.onmessage = (e) => {
  const { id, task } = e.data;
  run(task).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
