/**
 * A `ReviewReader` that reads in this thread, one file after another: for a few files, for tests,
 * and as `--jobs 1`. `load` gives a file's bytes (the CLI reads the disk, the app a dropped file) or
 * why it cannot.
 */
import { checkWithPrevious, readBody, readPrevious, type FileInput } from "./read-body.ts";
import type { ReviewReader } from "./review-run.ts";

export type LoadFile = (file: string) => Promise<Uint8Array | { reason: string }>;

/** Each file of a batch read with its bytes, in order; a file that cannot be loaded gets its reason. */
export async function eachFile<T>(
  files: readonly string[],
  load: LoadFile,
  read: (input: FileInput) => Promise<T>,
): Promise<(T | { ok: false; file: string; reason: string })[]> {
  const out: (T | { ok: false; file: string; reason: string })[] = [];
  for (const file of files) {
    const bytes = await load(file);
    out.push(bytes instanceof Uint8Array ? await read({ file, bytes }) : { ok: false, file, reason: bytes.reason });
  }
  return out;
}

export function inThreadReader(load: LoadFile): ReviewReader {
  return {
    parallel: 1,
    readBodies: (files, withReports) => eachFile(files, load, (input) => readBody(input, withReports)),
    readPrevious: (files) => eachFile(files, load, readPrevious),
    checkWithPrevious: (checks) => Promise.resolve(checks.map(checkWithPrevious)),
  };
}
