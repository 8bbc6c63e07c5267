/** Reads a report file from disk through the import door, with a Chinese reason on failure. */
import { readFile } from "node:fs/promises";
import { describeFileErrors, readReportFile, type FileError } from "../import/report-file.ts";
import type { Report } from "../model/types.ts";

export type LoadResult = { ok: true; report: Report } | { ok: false; reason: string };

export async function loadReport(path: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: `无法读取文件 ${path}：${code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : String(e)}` };
  }
  const result = readReportFile(text);
  if (result.ok) return result;
  return { ok: false, reason: `${path} 不是有效的年报文件：\n${formatFileErrors(result.errors)}` };
}

export const formatFileErrors = (errors: readonly FileError[]): string => `  - ${describeFileErrors(errors, "\n  - ")}`;
