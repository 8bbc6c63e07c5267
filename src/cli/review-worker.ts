/**
 * The task a worker of `review`'s pool runs (`review-pool.ts`): read a batch of files from the disk —
 * each a regular file of at most the importer's size — and hand them to the review engine, or check
 * bodies against last year's reports. What it returns crosses back by structured clone.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { MAX_IMPORT_BYTES } from "../import/index.ts";
import { eachFile } from "../review/in-thread-reader.ts";
import { checkWithPrevious, readBody, readPrevious } from "../review/read-body.ts";
import type { BodyRead, BodyResult, PreviousCheck, PreviousOutcome } from "../review/review-types.ts";

export type ReviewTask =
  | { readonly kind: "bodies"; readonly files: readonly string[]; readonly withReports: boolean }
  | { readonly kind: "previous"; readonly files: readonly string[] }
  | { readonly kind: "check"; readonly checks: readonly PreviousCheck[] };

/** A file's bytes, or why it cannot be read (synchronously: a worker has nothing else to do meanwhile). */
export async function loadFile(file: string): Promise<Uint8Array | { reason: string }> {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const s = fstatSync(fd);
    if (!s.isFile()) return { reason: s.isDirectory() ? "这是一个文件夹" : "这不是普通文件" };
    if (s.size > MAX_IMPORT_BYTES)
      return { reason: `文件太大（${(s.size / 1048576).toFixed(1)} MB），不像是一份年度报告，没有读取` };
    const bytes = new Uint8Array(s.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return bytes.subarray(0, filled);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { reason: code === "ENOENT" ? "文件不存在" : code === "EACCES" ? "没有读取权限" : String(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export default async function runTask(task: ReviewTask): Promise<BodyRead[] | PreviousOutcome[] | BodyResult[]> {
  switch (task.kind) {
    case "bodies":
      return eachFile(task.files, loadFile, (input) => readBody(input, task.withReports));
    case "previous":
      return eachFile(task.files, loadFile, readPrevious);
    case "check":
      return task.checks.map(checkWithPrevious);
  }
}
