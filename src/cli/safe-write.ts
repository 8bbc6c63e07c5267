/**
 * How every command writes its files (`render`, `import -o`, `batch --out`, and any command to
 * come): all the files of one request or none, and nothing the user had is lost.
 *
 * - Never onto an input: an output that is an input of the run — by name, by another spelling of
 *   the path, by a hard link or through a symlink — is refused, `--force` or not.
 * - Never onto something that is not a plain file: a folder, a device, a FIFO, or a symlink (a link
 *   named like an output is neither followed nor replaced).
 * - An existing file is replaced only with `--force`.
 * - No two outputs of one request at one file.
 * - Each file is written in full to a temporary file beside its target (same folder, so the same
 *   disk), flushed, and only then renamed into place; a failure (a full disk: `ENOSPC`) removes the
 *   temporary files and leaves every target as it was. When a rename fails halfway, the files
 *   already put in place are taken back and the ones they replaced are restored — never deleted.
 * - What failed is said in Chinese (`system-error.ts`), with "未改动任何文件".
 *
 * `checkOutputs` runs the checks before anything is rendered; `writeOutputs` checks again and writes.
 */
import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { copyFile, link, lstat, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import process from "node:process";
import type { FileIdentity } from "./read-input.ts";
import { describeSystemError, systemReason } from "./system-error.ts";

export interface Output {
  readonly path: string;
  readonly data: string | Uint8Array;
}

export interface WriteOptions {
  /** replace existing files (`--force`) */
  readonly force: boolean;
  /** the files the run read: never written onto */
  readonly inputs: readonly FileIdentity[];
}

export type WriteResult =
  { readonly ok: true; readonly written: readonly string[] } | { readonly ok: false; readonly reason: string };

/** The file-system steps the writer takes; tests put a failing step in place of one (a full disk). */
export interface WriteSteps {
  /** writes the whole of `data` to a new file at `path` (which must not exist) and flushes it */
  readonly writeNew: (path: string, data: string | Uint8Array) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
}

export const NODE_STEPS: WriteSteps = {
  writeNew: async (path, data) => {
    const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
};

/** the longest file name (bytes) most file systems take, less room for the temporary name's additions */
const MAX_NAME_BYTES = 255 - 40;
const NOTHING_CHANGED = "未改动任何文件";

interface Target {
  readonly path: string;
  /** the real folder and the name in it */
  readonly final: string;
  /** the file there now, when there is one (replaced only with --force) */
  readonly existing?: { readonly dev: number; readonly ino: number };
}

type Planned = { ok: true; targets: Target[] } | { ok: false; reason: string };

const sameFile = (a: { dev: number; ino: number }, b: { dev: number; ino: number }) =>
  a.dev === b.dev && a.ino === b.ino;

/** Where one output goes, or why it may not go there. */
async function planOne(path: string, options: WriteOptions): Promise<Target | string> {
  const refuse = (why: string) => `不能写入 ${path}：${why}。${NOTHING_CHANGED}`;
  if (path.trim() === "" || path.endsWith(sep) || path.endsWith("/"))
    return refuse("这不是一个文件名（以斜杠结尾的是文件夹）");
  const name = basename(path);
  if (name === "." || name === "..") return refuse("这不是一个文件名");
  if (Buffer.byteLength(name) > MAX_NAME_BYTES)
    return refuse("文件名太长（一个文件名最多约 70 个汉字），请换一个短一些的名字");
  let folder: string;
  try {
    folder = await realpath(dirname(resolve(path)));
    if (!(await stat(folder)).isDirectory()) return refuse("路径中有一段不是文件夹");
  } catch (e) {
    return `${describeSystemError(e, path, "write")}。${NOTHING_CHANGED}`;
  }
  const final = join(folder, name);
  const isInput = (p: string) => options.inputs.some((i) => i.realPath === p);
  let now: Stats | undefined;
  try {
    now = await lstat(final);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT")
      return `${describeSystemError(e, path, "write")}。${NOTHING_CHANGED}`;
  }
  if (!now) return { path, final };
  if (now.isSymbolicLink()) {
    const to = await stat(final).catch(() => undefined);
    const onInput = to !== undefined && options.inputs.some((i) => sameFile(i, to));
    return refuse(
      `这是一个符号链接${onInput ? "，指向本次读取的输入文件" : ""}：不会写到它指向的文件，也不会替换它，请换一个文件名或先删去这个链接`,
    );
  }
  if (now.isDirectory()) return refuse("这个名字已是一个文件夹，请换一个文件名");
  if (!now.isFile()) return refuse("这不是普通文件（是设备、管道或套接字），不会写入");
  if (isInput(final) || options.inputs.some((i) => sameFile(i, now)))
    return refuse("这是本次读取的输入文件（或它的另一个名字、硬链接），输出不会覆盖输入，请换一个文件名");
  if (!options.force) return `输出文件 ${path} 已存在：加 --force 才会覆盖。${NOTHING_CHANGED}`;
  return { path, final, existing: { dev: now.dev, ino: now.ino } };
}

/** The targets of one request, or the first reason one of them may not be written. */
async function plan(paths: readonly string[], options: WriteOptions): Promise<Planned> {
  const targets: Target[] = [];
  for (const path of paths) {
    const target = await planOne(path, options);
    if (typeof target === "string") return { ok: false, reason: target };
    const twin = targets.find(
      (t) =>
        t.final === target.final ||
        (t.existing !== undefined && target.existing !== undefined && sameFile(t.existing, target.existing)),
    );
    if (twin)
      return {
        ok: false,
        reason: `不能写入：${twin.path} 和 ${path} 是同一个文件，两个输出会互相覆盖，请给它们不同的文件名。${NOTHING_CHANGED}`,
      };
    targets.push(target);
  }
  return { ok: true, targets };
}

/** Checks the outputs before anything is made: the reason none may be written, or null. */
export async function checkOutputs(paths: readonly string[], options: WriteOptions): Promise<string | null> {
  const planned = await plan(paths, options);
  return planned.ok ? null : planned.reason;
}

const temporaryName = (final: string, what: string) =>
  join(dirname(final), `.${basename(final)}.${what}-${process.pid}-${randomBytes(4).toString("hex")}`);

/** A file kept aside while its replacement is put in place: a hard link (no copy), or a copy where links are not possible. */
async function keepAside(final: string): Promise<string> {
  const aside = temporaryName(final, "old");
  try {
    await link(final, aside);
  } catch {
    await copyFile(final, aside, constants.COPYFILE_EXCL);
  }
  return aside;
}

const quietly = async (step: () => Promise<unknown>) => {
  await step().catch(() => undefined);
};

/** Writes every output or none (see the module comment). */
export async function writeOutputs(
  outputs: readonly Output[],
  options: WriteOptions,
  steps: WriteSteps = NODE_STEPS,
): Promise<WriteResult> {
  const planned = await plan(
    outputs.map((o) => o.path),
    options,
  );
  if (!planned.ok) return planned;
  const targets = planned.targets;

  // 1. each file in full beside its target; a failure removes what was begun
  const temporary: string[] = [];
  for (const [i, target] of targets.entries()) {
    const temp = temporaryName(target.final, "new");
    try {
      temporary.push(temp);
      await steps.writeNew(temp, outputs[i]?.data ?? "");
    } catch (e) {
      await Promise.all(temporary.map((t) => quietly(() => unlink(t))));
      return {
        ok: false,
        reason: `${describeSystemError(e, target.path, "write")}。${NOTHING_CHANGED}${kept(targets)}`,
      };
    }
  }

  // 2. into place, one by one; a failure takes back what was put in place and restores what it replaced
  const done: { target: Target; aside?: string }[] = [];
  for (const [i, target] of targets.entries()) {
    const temp = temporary[i] ?? "";
    let aside: string | undefined;
    try {
      if (target.existing) aside = await keepAside(target.final);
      await steps.rename(temp, target.final);
      done.push(aside === undefined ? { target } : { target, aside });
    } catch (e) {
      const unused = aside;
      if (unused !== undefined) await quietly(() => unlink(unused));
      for (const d of done.reverse()) {
        if (d.aside !== undefined) await quietly(() => rename(d.aside as string, d.target.final));
        else await quietly(() => unlink(d.target.final));
      }
      await Promise.all(temporary.slice(i).map((t) => quietly(() => unlink(t))));
      return {
        ok: false,
        reason: `无法写入 ${target.path}：${systemReason(e, "write")}。${NOTHING_CHANGED}${kept(targets)}`,
      };
    }
  }
  await Promise.all(done.map((d) => (d.aside !== undefined ? quietly(() => unlink(d.aside as string)) : undefined)));
  return { ok: true, written: targets.map((t) => t.path) };
}

const kept = (targets: readonly Target[]): string => {
  const old = targets.filter((t) => t.existing).map((t) => t.path);
  return old.length > 0 ? `（原有的 ${old.join("、")} 保持不变）` : "";
};
