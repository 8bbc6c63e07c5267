/**
 * The one import door for `nianbao.report` files (the README's "The report file"): every file — a
 * saved report, a draft from the browser's storage, last year's report — is parsed, migrated from
 * older versions and validated here. The file is declared once, field by field (`report-fields.ts`:
 * how each field is read, checked, named and ordered); errors are specific, in Chinese, and name the
 * field; a file is either taken whole or refused whole, so nothing it contained is silently dropped.
 * Untrusted bytes are bounded here: the size, the encoding (UTF-8, `report-encoding.ts`), the
 * nesting and the number of values, a key written twice and numbers a double would change
 * (`json-text.ts`) — each refused with a Chinese reason, never a crash.
 */
import { showInvisible } from "../model/invisible.ts";
import type { Report } from "../model/types.ts";
import { JSON_LIMITS, parseJsonText } from "./json-text.ts";
import { decodeReportBytes } from "./report-encoding.ts";
import {
  fieldLabelOf,
  isObject,
  readFields,
  REPORT_FIELDS,
  show,
  writeFields,
  type FileError,
} from "./report-fields.ts";
import { migrateV1, V1_FIELDS } from "./report-file-v1.ts";

export type { FileError } from "./report-fields.ts";

export const REPORT_FORMAT = "nianbao.report";
export const REPORT_VERSION = 2;

/** A report file is well under 1 MB (the text of two years and 600 cells); one far bigger is not a report. */
export const MAX_REPORT_FILE_BYTES = 8 * 1024 * 1024;

/**
 * A file read: the report with what the door changed and says so (`notes`: invisible characters
 * removed from a name, UTF-16 decoded), or the errors, one per field.
 */
export type ReportFileRead =
  { ok: true; report: Report; notes: readonly FileError[] } | { ok: false; errors: FileError[] };

/** A field of the file as a clerk reads it: `机关类型（org.kind）`; the path stays for whoever fixes the file. */
export function fieldLabel(field: string): string {
  const label = fieldLabelOf(field);
  if (label === undefined || label === field) return field;
  // a path of the file is kept beside its name; a note such as （文件） is replaced by it
  return /^[A-Za-z]/.test(field) ? `${label}（${field}）` : label;
}

/** At most this many errors of a file are listed; the rest are counted. */
const LISTED_ERRORS = 20;
/** An error longer than this (a key of a megabyte) is cut. */
const MAX_ERROR = 400;
const cut = (s: string) => (s.length > MAX_ERROR ? `${s.slice(0, MAX_ERROR)}…（共 ${s.length} 个字符）` : s);

/** The errors of a file, one per field, as a clerk reads them (the first 20, then how many more). */
export function describeFileErrors(errors: readonly FileError[], separator = "；"): string {
  // an invisible or control character in a key or a value is named (`\u202E`), not printed
  const lines = errors.slice(0, LISTED_ERRORS).map((e) => showInvisible(cut(`${fieldLabel(e.field)}：${e.message}`)));
  if (errors.length > LISTED_ERRORS) lines.push(`……另有 ${errors.length - LISTED_ERRORS} 处问题未列出`);
  return lines.join(separator);
}

/** Reads a report file's bytes: UTF-8 (a UTF-8 BOM dropped; UTF-16 with a BOM decoded and said so), at most `MAX_REPORT_FILE_BYTES`. */
export function readReportFileBytes(bytes: Uint8Array): ReportFileRead {
  if (bytes.length > MAX_REPORT_FILE_BYTES) return tooBig(bytes.length);
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return fail("（文件）", decoded.message);
  const read = readReportFile(decoded.text);
  if (!read.ok || decoded.note === undefined) return read;
  return { ...read, notes: [{ field: "（文件）", message: decoded.note }, ...read.notes] };
}

/** Reads a report file's text (bytes go through `readReportFileBytes`). */
export function readReportFile(text: string): ReportFileRead {
  if (text.length > MAX_REPORT_FILE_BYTES) return tooBig(text.length);
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return fail(parsed.error.path, parsed.error.message);
  return readReportValue(parsed.value);
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const tooBig = (size: number): ReportFileRead =>
  fail(
    "（文件）",
    `文件太大（${megabytes(size)}），年报文件一般不到 1 MB，超过 ${megabytes(MAX_REPORT_FILE_BYTES)} 的不是年报文件，没有读取`,
  );

/** Whether a value (from the browser's storage, not from text) nests deeper or holds more than a report file may; a loop, not recursion. */
function tooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let seen = 0;
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, depth] = item;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= JSON_LIMITS.depth || ++seen > JSON_LIMITS.values) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

const fail = (field: string, message: string): ReportFileRead => ({ ok: false, errors: [{ field, message }] });

/**
 * Validates an already-parsed report file value, migrating an older version: a version-1 file is
 * read as version 1 was declared, then upgraded (`report-file-v1.ts`).
 */
export function readReportValue(value: unknown): ReportFileRead {
  if (!isObject(value)) return fail("（文件）", "内容不是一个报告对象");
  if (tooDeep(value)) return fail("（文件）", `嵌套层数（超过 ${JSON_LIMITS.depth} 层）或数据项过多，不是年报文件`);
  if (value.format !== REPORT_FORMAT)
    return fail("format", `不是年报文件：format 应为 "${REPORT_FORMAT}"，实际为 ${show(value.format)}`);
  const version = value.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
    return fail("version", `版本号无效：${show(version)}`);
  if (version > REPORT_VERSION)
    return fail("version", `文件版本 ${version} 比本软件支持的版本 ${REPORT_VERSION} 新，请升级软件后再打开`);
  if (version === 1) {
    const old = readFields(V1_FIELDS, value);
    return old.ok ? { ok: true, report: migrateV1(old.value), notes: old.notes } : old;
  }
  const read = readFields(REPORT_FIELDS, value);
  return read.ok ? { ok: true, report: read.value, notes: read.notes } : read;
}

/** Serialises a report for saving: only what was entered, every key in the order the file declares. */
export function writeReportFile(report: Report): string {
  return `${JSON.stringify(writeFields(REPORT_FIELDS, report, report), null, 2)}\n`;
}
