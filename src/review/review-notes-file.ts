/**
 * The 审核意见 file (`nianbao.review-notes`, version 1; README "The 审核意见 file"): what a county's
 * reviewer sends a body back — which report it is about, who reviewed it and when, a note on the
 * report, and each point: a finding of the report's own check (named by its stable id, so the
 * clerk's app can tell when the next check no longer finds it) or one only the review across bodies
 * can find, each with the reviewer's note. Declared field by field like the report file and read
 * through this one door, which refuses whole anything it would have to drop, naming the field in
 * Chinese; bounded (size, number of points, length of a note) and parsed by the report file's own
 * JSON reader (nesting and number of values bounded, a key written twice refused) from its bytes
 * (UTF-8, the same charset checks as a report file).
 */
import { parseJsonText } from "../import/json-text.ts";
import { decodeReportBytes } from "../import/report-encoding.ts";
import {
  isObject,
  listOf,
  readObject,
  show,
  type Field,
  type Fields,
  type FileError,
  type ReadContext,
} from "../import/report-fields.ts";
import type { Severity } from "../model/types.ts";

export const NOTES_FORMAT = "nianbao.review-notes";
export const NOTES_VERSION = 1;

/** bounds of an untrusted notes file */
export const MAX_NOTES_BYTES = 2 * 1024 * 1024;
const MAX_POINTS = 5000;
const MAX_TEXT = 20_000;

export interface ReviewedReport {
  readonly org: string;
  readonly shortName: string;
  readonly year: number;
  readonly edition: string;
  /** the file the reviewer read */
  readonly file: string;
}

/** A point of the review: `report` a finding of the report's own check (`id` its identity), `county` one across bodies. */
export interface ReviewPoint {
  readonly scope: "report" | "county";
  readonly id: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly where: string;
  readonly message: string;
  readonly note: string;
}

export interface ReviewNotes {
  readonly format: typeof NOTES_FORMAT;
  readonly version: typeof NOTES_VERSION;
  readonly report: ReviewedReport;
  /** who reviewed (the county's office) and when (YYYY-MM-DD) */
  readonly reviewer: string;
  readonly date: string;
  readonly note: string;
  readonly points: readonly ReviewPoint[];
}

export type NotesRead = { ok: true; notes: ReviewNotes } | { ok: false; errors: FileError[] };

const text =
  (required: boolean): Field<string>["read"] =>
  (v, at, ctx) => {
    if (v === undefined && !required) return "";
    if (typeof v !== "string") {
      ctx.err(at, `应为文字，实际为 ${show(v)}`);
      return undefined;
    }
    if (v.length > MAX_TEXT) {
      ctx.err(at, `文字太长（${v.length} 字），最多 ${MAX_TEXT} 字`);
      return undefined;
    }
    return v;
  };

const oneOf =
  <T extends string>(values: readonly T[], what: string): Field<T>["read"] =>
  (v, at, ctx) => {
    if (values.includes(v as T)) return v as T;
    ctx.err(at, `${what}应为 ${values.join("、")} 之一，实际为 ${show(v)}`);
    return undefined;
  };

const REPORT: Fields<ReviewedReport> = {
  org: { label: "机关全称", read: text(true) },
  shortName: { label: "机关简称", read: text(false) },
  year: {
    label: "报告年度",
    read: (v, at, ctx) => {
      if (typeof v === "number" && Number.isInteger(v) && v >= 2019 && v <= 2100) return v;
      ctx.err(at, `报告年度应为 2019 年以后的整数年份，实际为 ${show(v)}`);
      return undefined;
    },
  },
  edition: { label: "表格版本", read: text(true) },
  file: { label: "审核的文件", read: text(false) },
};

const POINT: Fields<ReviewPoint> = {
  scope: { label: "范围", read: oneOf(["report", "county"] as const, "范围") },
  id: { label: "问题编号", read: text(false) },
  rule: { label: "规则", read: text(true) },
  severity: { label: "严重程度", read: oneOf(["E", "W", "I"] as const, "严重程度") },
  where: { label: "位置", read: text(false) },
  message: { label: "问题", read: text(true) },
  note: { label: "审核意见", read: text(false) },
};

const objectOf =
  <T>(fields: Fields<T>, what: string) =>
  (v: unknown, at: string, ctx: ReadContext): T | undefined => {
    if (!isObject(v)) {
      ctx.err(at, `${what}应为对象`);
      return undefined;
    }
    return readObject(fields, v, at, ctx);
  };

const NOTES: Fields<Omit<ReviewNotes, "format" | "version">> = {
  report: { label: "审核的报告", read: objectOf(REPORT, "审核的报告") },
  reviewer: { label: "审核单位", read: text(false) },
  date: {
    label: "审核日期",
    read: (v, at, ctx) => {
      const s = text(false)(v, at, ctx);
      if (s !== undefined && s !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(s))
        ctx.err(at, `审核日期应写成 YYYY-MM-DD，实际为 ${show(s)}`);
      return s;
    },
  },
  note: { label: "总体意见", read: text(false) },
  points: {
    label: "审核要点",
    read: (v, at, ctx) => {
      if (Array.isArray(v) && v.length > MAX_POINTS) {
        ctx.err(at, `审核要点太多（${v.length} 条），最多 ${MAX_POINTS} 条`);
        return undefined;
      }
      return listOf("审核要点", objectOf(POINT, "审核要点"))(v, at, ctx);
    },
  },
};

const fail = (field: string, message: string): NotesRead => ({ ok: false, errors: [{ field, message }] });
const tooBig = () => fail("（文件）", `文件太大，审核意见文件最多 ${MAX_NOTES_BYTES / 1048576} MB`);

/** Reads a 审核意见 file's bytes (the size bounded before anything is decoded). */
export function readReviewNotesBytes(bytes: Uint8Array): NotesRead {
  if (bytes.length > MAX_NOTES_BYTES) return tooBig();
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return fail("（文件）", decoded.message);
  return readReviewNotes(decoded.text);
}

/** Reads a 审核意见 file's text. */
export function readReviewNotes(input: string): NotesRead {
  if (input.length > MAX_NOTES_BYTES) return tooBig();
  if (input.trim() === "") return fail("（文件）", "文件是空的");
  const parsed = parseJsonText(input.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return fail(parsed.error.path, parsed.error.message);
  const value = parsed.value;
  if (!isObject(value)) return fail("（文件）", "内容不是一份审核意见");
  if (value.format !== NOTES_FORMAT)
    return fail("format", `不是审核意见文件：format 应为 "${NOTES_FORMAT}"，实际为 ${show(value.format)}`);
  if (value.version !== NOTES_VERSION)
    return fail(
      "version",
      typeof value.version === "number" && value.version > NOTES_VERSION
        ? `审核意见文件版本 ${value.version} 比本软件支持的版本 ${NOTES_VERSION} 新，请升级软件后再打开`
        : `版本号无效：${show(value.version)}`,
    );
  const errors: FileError[] = [];
  const { format: _format, version: _version, ...rest } = value;
  const read = readObject(NOTES, rest, "", {
    err: (field, message) => errors.push({ field, message }),
    // the notes' texts are kept as written (nothing is changed that would need saying)
    note: () => undefined,
    year: 0,
    edition: undefined,
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, notes: { format: NOTES_FORMAT, version: NOTES_VERSION, ...read } };
}

/** The file's text: keys in the declaration's order. */
export function writeReviewNotes(notes: ReviewNotes): string {
  const ordered = {
    format: NOTES_FORMAT,
    version: NOTES_VERSION,
    report: notes.report,
    reviewer: notes.reviewer,
    date: notes.date,
    note: notes.note,
    points: notes.points.map((p) => ({
      scope: p.scope,
      id: p.id,
      rule: p.rule,
      severity: p.severity,
      where: p.where,
      message: p.message,
      note: p.note,
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A field's name for people (`审核的报告·报告年度（report.year）`), from the declaration. */
function labelOf(field: string): string {
  const [first, second] = field.replace(/\[\d+\]/g, "").split(".");
  const top = first === undefined ? undefined : (NOTES as Readonly<Record<string, Field<unknown>>>)[first];
  if (!top) return field;
  const inner = first === "report" ? REPORT : first === "points" ? POINT : undefined;
  const sub = second === undefined || !inner ? undefined : (inner as Readonly<Record<string, Field<unknown>>>)[second];
  return `${top.label}${sub ? `·${sub.label}` : ""}（${field}）`;
}

/** The errors of a notes file, as a clerk reads them. */
export const describeNotesErrors = (errors: readonly FileError[]): string =>
  errors
    .map(
      (e) =>
        `${e.field.startsWith("（") || e.field === "format" || e.field === "version" ? e.field : labelOf(e.field)}：${e.message}`,
    )
    .join("；");
