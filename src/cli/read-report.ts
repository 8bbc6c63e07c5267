/**
 * Reads a report file from disk through the import door, with a Chinese reason on failure: only a
 * regular file, at most the door's size (`read-input.ts`), its bytes read by the door itself (so a
 * GBK or damaged file is refused, not misread). What the door changed and says so (invisible
 * characters taken out of a name) comes back as notes, and the file's identity, so that no output
 * of the command is written onto it.
 */
import {
  describeFileErrors,
  MAX_REPORT_FILE_BYTES,
  readReportFileBytes,
  type FileError,
} from "../import/report-file.ts";
import type { Report } from "../model/types.ts";
import type { CheckOptions } from "../rules/context.ts";
import { readInputFile, type FileIdentity } from "./read-input.ts";

export type LoadResult =
  | { ok: true; report: Report; notes: string[]; identity: FileIdentity }
  | { ok: false; reason: string; identity?: FileIdentity };

/** A report file on disk, through the import door. */
export async function loadReportFile(path: string): Promise<LoadResult> {
  const read = await readInputFile(path, MAX_REPORT_FILE_BYTES);
  if (!read.ok) return read;
  const { identity } = read.file;
  const result = readReportFileBytes(read.file.bytes);
  if (!result.ok)
    return { ok: false, reason: `${path} 不是有效的年报文件：\n${formatFileErrors(result.errors)}`, identity };
  return {
    ok: true,
    report: result.report,
    notes: result.notes.map((n) => `${path}：${describeFileErrors([n])}`),
    identity,
  };
}

/** The report at `path` and, with `--prev`, last year's report as the rules take it (`check`, `render`). */
export async function loadWithPrev(
  path: string,
  prevPath: string | undefined,
): Promise<
  | { ok: true; report: Report; options: CheckOptions; notes: string[]; inputs: FileIdentity[] }
  | { ok: false; reason: string }
> {
  const loaded = await loadReportFile(path);
  if (!loaded.ok) return loaded;
  const { report, notes, identity } = loaded;
  if (prevPath === undefined) return { ok: true, report, options: {}, notes, inputs: [identity] };
  const prev = await loadReportFile(prevPath);
  if (!prev.ok) return prev;
  return {
    ok: true,
    report,
    options: { prev: prev.report },
    notes: [...notes, ...prev.notes],
    inputs: [identity, prev.identity],
  };
}

export const formatFileErrors = (errors: readonly FileError[]): string => `  - ${describeFileErrors(errors, "\n  - ")}`;

/** Notes of the door, as the commands print them (to stderr, so `--json` output stays one object). */
export const formatNotes = (notes: readonly string[]): string => notes.map((n) => `注意：${n}\n`).join("");
