/**
 * The task a worker of `review`'s pool runs (`review-pool.ts`): read one file from the disk — a
 * regular file of at most the importer's size — and hand it to the review engine, or check a body
 * against last year's report. What it returns crosses back by structured clone.
 */
import { readFile, stat } from "node:fs/promises";
import { MAX_IMPORT_BYTES } from "../import/index.ts";
import { checkWithPrevious, readBody, readPrevious } from "../review/read-body.ts";
import type { BodyRead, BodyResult, PreviousCheck, PreviousOutcome } from "../review/review-types.ts";

export type ReviewTask =
  | { readonly kind: "body"; readonly file: string }
  | { readonly kind: "previous"; readonly file: string }
  | { readonly kind: "check"; readonly check: PreviousCheck };

export type TaskResult<T extends ReviewTask> = T extends { kind: "body" }
  ? BodyRead
  : T extends { kind: "previous" }
    ? PreviousOutcome
    : BodyResult;

/** A file's bytes, or why it cannot be read. */
export async function loadFile(file: string): Promise<Uint8Array | { reason: string }> {
  try {
    const s = await stat(file);
    if (!s.isFile()) return { reason: s.isDirectory() ? "这是一个文件夹" : "这不是普通文件" };
    if (s.size > MAX_IMPORT_BYTES)
      return { reason: `文件太大（${(s.size / 1048576).toFixed(1)} MB），不像是一份年度报告，没有读取` };
    return new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { reason: code === "ENOENT" ? "文件不存在" : code === "EACCES" ? "没有读取权限" : String(e) };
  }
}

async function withBytes<T>(file: string, read: (input: { file: string; bytes: Uint8Array }) => Promise<T>) {
  const bytes = await loadFile(file);
  return bytes instanceof Uint8Array ? read({ file, bytes }) : ({ ok: false, file, reason: bytes.reason } as const);
}

export default async function runTask(task: ReviewTask): Promise<BodyRead | PreviousOutcome | BodyResult> {
  switch (task.kind) {
    case "body":
      return withBytes(task.file, readBody);
    case "previous":
      return withBytes(task.file, readPrevious);
    case "check":
      return checkWithPrevious(task.check);
  }
}
