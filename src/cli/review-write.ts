/**
 * The files `review` read, as the safe writer (`safe-write.ts`) knows inputs: `--out` is written
 * through it, so an output never lands on a report or a file of `--prev`, by any name or link.
 */
import { realpath, stat } from "node:fs/promises";
import type { FileIdentity } from "./read-input.ts";

export async function inputIdentities(files: readonly string[]): Promise<FileIdentity[]> {
  const out: FileIdentity[] = [];
  for (const f of files) {
    const s = await stat(f).catch(() => undefined);
    if (s) out.push({ dev: s.dev, ino: s.ino, realPath: await realpath(f).catch(() => f) });
  }
  return out;
}
