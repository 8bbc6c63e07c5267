/**
 * How `review --out` writes its files until the shared safe writer lands: never over an input,
 * an existing file only with `--force`, each file written in full to a temporary file beside it and
 * renamed into place (a failure leaves the old file as it was).
 */
import { randomBytes } from "node:crypto";
import { lstat, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

export interface Output {
  readonly path: string;
  readonly data: string | Uint8Array;
}

export interface WriteOptions {
  readonly force: boolean;
  readonly inputs: readonly FileIdentity[];
}

export async function inputIdentities(files: readonly string[]): Promise<FileIdentity[]> {
  const out: FileIdentity[] = [];
  for (const f of files) {
    const s = await stat(f).catch(() => undefined);
    if (s) out.push({ dev: s.dev, ino: s.ino });
  }
  return out;
}

export async function checkOutputs(paths: readonly string[], options: WriteOptions): Promise<string | null> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (seen.has(resolve(path))) return `不能写入：${path} 重复，两个输出会互相覆盖。未改动任何文件`;
    seen.add(resolve(path));
    const now = await lstat(path).catch(() => undefined);
    if (!now) continue;
    if (!now.isFile()) return `不能写入 ${path}：这不是普通文件。未改动任何文件`;
    if (options.inputs.some((i) => i.dev === now.dev && i.ino === now.ino))
      return `不能写入 ${path}：这是本次读取的输入文件。未改动任何文件`;
    if (!options.force) return `输出文件 ${path} 已存在：加 --force 才会覆盖。未改动任何文件`;
  }
  return null;
}

export async function writeOutputs(
  outputs: readonly Output[],
  options: WriteOptions,
): Promise<{ ok: true; written: string[] } | { ok: false; reason: string }> {
  const refused = await checkOutputs(
    outputs.map((o) => o.path),
    options,
  );
  if (refused !== null) return { ok: false, reason: refused };
  const temps: string[] = [];
  try {
    for (const o of outputs) {
      const temp = join(dirname(o.path), `.${basename(o.path)}.${randomBytes(4).toString("hex")}`);
      temps.push(temp);
      await writeFile(temp, o.data, { flag: "wx" });
    }
    for (const [i, o] of outputs.entries()) await rename(temps[i] ?? "", o.path);
  } catch (e) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    return { ok: false, reason: `无法写入输出文件：${(e as NodeJS.ErrnoException).code ?? String(e)}。未改动任何文件` };
  }
  return { ok: true, written: outputs.map((o) => o.path) };
}
