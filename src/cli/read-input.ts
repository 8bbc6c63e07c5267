/**
 * How every command reads an input file: only a regular file, and never more than a limit. The
 * file is opened without waiting (a FIFO with no writer, `/dev/zero`, a socket or a folder never
 * hangs or fills memory: each gets a Chinese reason), checked on the open handle (not by its name
 * first), and read into a buffer of at most `limit` bytes — a file that grows while it is read is
 * refused, not read on. The file's identity (device, inode, real path) comes back with it, so the
 * writers can refuse to write onto an input (`safe-write.ts`).
 */
import { constants, type Stats } from "node:fs";
import { open, realpath, type FileHandle } from "node:fs/promises";
import { describeSystemError } from "./system-error.ts";

/** Which file this is, whatever name it was given by: a hard link or a symlink to it is the same file. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
  readonly realPath: string;
}

export interface InputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly identity: FileIdentity;
}

export type InputRead =
  { readonly ok: true; readonly file: InputFile } | { readonly ok: false; readonly reason: string };

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why a file that is not a regular file is not read (`verb`: 读取, or 导入 for `import`). */
function notRegular(stat: Stats, verb: string): string {
  if (stat.isDirectory()) return "这是一个文件夹，不是文件";
  // a FIFO would be waited on forever, a device read without end: only regular files are reports
  return `这不是普通文件（是设备、管道或套接字），没有${verb}`;
}

/** Reads a regular file of at most `limit` bytes; `verb` says what was not done when it is refused. */
export async function readInputFile(path: string, limit: number, verb = "读取"): Promise<InputRead> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO that nobody writes to returns at once instead of waiting forever
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, reason: describeSystemError(e, path, "read") };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: `无法读取 ${path}：${notRegular(stat, verb)}` };
    if (stat.size > limit)
      return {
        ok: false,
        reason: `无法读取 ${path}：文件太大（${megabytes(stat.size)}），超过 ${megabytes(limit)}，不像是一份年度报告，没有读取`,
      };
    // the size it says, and more only while it stays within the limit (a file that grows past it is refused)
    let buffer = new Uint8Array(Math.min(limit, stat.size) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > limit)
          return { ok: false, reason: `无法读取 ${path}：文件在读取时还在变大，超过 ${megabytes(limit)}，没有读取` };
        const bigger = new Uint8Array(Math.min(limit + 1, buffer.length * 2));
        bigger.set(buffer);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const identity = { dev: stat.dev, ino: stat.ino, realPath: await realpath(path).catch(() => path) };
    return { ok: true, file: { path, bytes: buffer.subarray(0, filled), identity } };
  } catch (e) {
    return { ok: false, reason: describeSystemError(e, path, "read") };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
