/**
 * The files named on the command line, folders searched recursively: each real folder walked once
 * (a symlink back up the tree is not walked again), each real file listed once, hidden files and
 * Office's lock files (`~$…`) left out, and only the names `accept` takes. Paths to leave out (the
 * roster, last year's folder, the output folder) are compared by their real path. What could not be
 * walked, or was cut off, comes back as notes in Chinese. `review` and `batch` collect their files
 * by it.
 */
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { describeSystemError } from "./system-error.ts";

/** at most this many files in one run (unless the command says fewer), and folders this deep */
export const MAX_FILES = 100_000;
const MAX_DEPTH = 32;

export interface CollectOptions {
  /** paths never collected (compared by their real path) */
  readonly leaveOut?: readonly string[];
  readonly maxFiles?: number;
  /** what the command does with the files, for the note when there are too many (读取, 检查) */
  readonly verb?: string;
}

export interface Collected {
  readonly files: string[];
  readonly notes: string[];
}

const real = (p: string) => realpath(p).catch(() => p);

export async function collectFiles(
  paths: readonly string[],
  accept: (name: string) => boolean,
  { leaveOut = [], maxFiles = MAX_FILES, verb = "读取" }: CollectOptions = {},
): Promise<Collected> {
  const files: string[] = [];
  const notes: string[] = [];
  const skipped = new Set(await Promise.all(leaveOut.map(real)));
  const seen = new Set<string>();
  const add = async (path: string) => {
    const r = await real(path);
    if (skipped.has(r) || seen.has(r)) return;
    seen.add(r);
    files.push(path);
  };
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s?.isDirectory()) {
      await add(p); // a file named on the command line is read whatever its name (and a missing one is said to be)
      continue;
    }
    const queue: [string, number][] = [[p, 0]];
    for (let item = queue.shift(); item && files.length <= maxFiles; item = queue.shift()) {
      const [dir, depth] = item;
      const r = await real(dir);
      if (seen.has(r) || skipped.has(r)) continue;
      seen.add(r);
      let entries: string[];
      try {
        entries = (await readdir(dir)).sort();
      } catch (e) {
        notes.push(describeSystemError(e, dir, "folder"));
        continue;
      }
      for (const name of entries) {
        if (name.startsWith(".") || name.startsWith("~$")) continue;
        const path = join(dir, name);
        const entry = await lstat(path).catch(() => undefined);
        const target = entry?.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
        if (target?.isDirectory()) {
          if (depth + 1 < MAX_DEPTH) queue.push([path, depth + 1]);
          else notes.push(`${path}：文件夹层数过多（超过 ${MAX_DEPTH} 层），没有再往下找`);
        } else if (accept(name)) await add(path);
      }
    }
  }
  if (files.length > maxFiles) {
    notes.push(`文件太多：只${verb}前 ${maxFiles} 个`);
    files.length = maxFiles;
  }
  return { files, notes };
}
