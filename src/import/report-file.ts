/**
 * The one import door for `nianbao.report` files (the README's "The report file"): every file — a
 * saved report, a draft from the browser's storage, last year's report — is parsed, migrated from
 * older versions and validated here. The file is declared once, field by field (`report-fields.ts`:
 * how each field is read, checked, named and ordered); errors are specific, in Chinese, and name the
 * field; a file is either taken whole or refused whole, so nothing it contained is silently dropped.
 */
import type { Report } from "../model/types.ts";
import { fieldLabelOf, readFields, REPORT_FIELDS, writeFields, type FileError } from "./report-fields.ts";
import { migrateV1, V1_FIELDS } from "./report-file-v1.ts";

export type { FileError } from "./report-fields.ts";

export const REPORT_FORMAT = "nianbao.report";
export const REPORT_VERSION = 2;

export type ReportFileRead = { ok: true; report: Report } | { ok: false; errors: FileError[] };

/** A field of the file as a clerk reads it: `机关类型（org.kind）`; the path stays for whoever fixes the file. */
export function fieldLabel(field: string): string {
  const label = fieldLabelOf(field);
  if (label === undefined || label === field) return field;
  // a path of the file is kept beside its name; a note such as （文件） is replaced by it
  return /^[A-Za-z]/.test(field) ? `${label}（${field}）` : label;
}

/** The errors of a file, one per field, as a clerk reads them. */
export const describeFileErrors = (errors: readonly FileError[], separator = "；"): string =>
  errors.map((e) => `${fieldLabel(e.field)}：${e.message}`).join(separator);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Line and column of a character offset, for JSON syntax errors. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const col = offset - before.lastIndexOf("\n");
  return `第 ${line} 行第 ${col} 列`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: FileError } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(msg)?.[1];
    // an error at (or past) the end of the text means the text stops too early
    const truncated = at === undefined || Number(at) >= text.trimEnd().length;
    const message =
      text.trim() === ""
        ? "文件是空的，没有任何内容"
        : truncated
          ? "不是有效的 JSON：文件不完整（可能没有保存完或被截断）"
          : `不是有效的 JSON：在${position(text, Number(at))}附近有语法错误`;
    return { ok: false, error: { field: "（文件）", message } };
  }
}

/** Reads a report file's text. */
export function readReportFile(text: string): ReportFileRead {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return readReportValue(parsed.value);
}

const show = (v: unknown): string => (v === undefined ? "（缺失）" : JSON.stringify(v));
const fail = (field: string, message: string): ReportFileRead => ({ ok: false, errors: [{ field, message }] });

/**
 * Validates an already-parsed report file value, migrating an older version: a version-1 file is
 * read as version 1 was declared, then upgraded (`report-file-v1.ts`).
 */
export function readReportValue(value: unknown): ReportFileRead {
  if (!isObject(value)) return fail("（文件）", "内容不是一个报告对象");
  if (value.format !== REPORT_FORMAT)
    return fail("format", `不是年报文件：format 应为 "${REPORT_FORMAT}"，实际为 ${show(value.format)}`);
  const version = value.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
    return fail("version", `版本号无效：${show(version)}`);
  if (version > REPORT_VERSION)
    return fail("version", `文件版本 ${version} 比本软件支持的版本 ${REPORT_VERSION} 新，请升级软件后再打开`);
  if (version === 1) {
    const old = readFields(V1_FIELDS, value);
    return old.ok ? { ok: true, report: migrateV1(old.value) } : old;
  }
  const read = readFields(REPORT_FIELDS, value);
  return read.ok ? { ok: true, report: read.value } : read;
}

/** Serialises a report for saving: only what was entered, every key in the order the file declares. */
export function writeReportFile(report: Report): string {
  return `${JSON.stringify(writeFields(REPORT_FIELDS, report, report), null, 2)}\n`;
}
