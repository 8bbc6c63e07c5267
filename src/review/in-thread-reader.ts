/**
 * A `ReviewReader` that reads in this thread, one file after another: for a few files, for tests,
 * and as `--jobs 1`. `load` gives a file's bytes (the CLI reads the disk, the app a dropped file).
 */
import { checkWithPrevious, readBody, readPrevious } from "./read-body.ts";
import type { ReviewReader } from "./review-run.ts";

export function inThreadReader(load: (file: string) => Promise<Uint8Array | { reason: string }>): ReviewReader {
  const withBytes = async <T>(file: string, read: (input: { file: string; bytes: Uint8Array }) => Promise<T>) => {
    const bytes = await load(file);
    return bytes instanceof Uint8Array ? read({ file, bytes }) : ({ ok: false, file, reason: bytes.reason } as const);
  };
  return {
    parallel: 1,
    readBody: (file) => withBytes(file, readBody),
    readPrevious: (file) => withBytes(file, readPrevious),
    checkWithPrevious: (check) => Promise.resolve(checkWithPrevious(check)),
  };
}
