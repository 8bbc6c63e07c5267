/** Reads a report file from disk through the import door, with a Chinese reason on failure. */
import { readFile } from "node:fs/promises";
import { describeFileErrors, readReportFile, type FileError } from "../import/report-file.ts";
import type { Report } from "../model/types.ts";
import type { CheckOptions } from "../rules/context.ts";

export type LoadResult = { ok: true; report: Report } | { ok: false; reason: string };

/** A report file on disk, through the import door. */
export async function loadReportFile(path: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: `无法读取文件 ${path}：${code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : String(e)}`,
    };
  }
  const result = readReportFile(text);
  if (result.ok) return result;
  return { ok: false, reason: `${path} 不是有效的年报文件：\n${formatFileErrors(result.errors)}` };
}

/** The report at `path` and, with `--prev`, last year's report as the rules take it (`check`, `render`). */
export async function loadWithPrev(
  path: string,
  prevPath: string | undefined,
): Promise<{ ok: true; report: Report; options: CheckOptions } | { ok: false; reason: string }> {
  const loaded = await loadReportFile(path);
  if (!loaded.ok || prevPath === undefined) return loaded.ok ? { ...loaded, options: {} } : loaded;
  const prev = await loadReportFile(prevPath);
  return prev.ok ? { ...loaded, options: { prev: prev.report } } : prev;
}

export const formatFileErrors = (errors: readonly FileError[]): string => `  - ${describeFileErrors(errors, "\n  - ")}`;
