/**
 * The report file declared once, field by field: how each field is read and checked, what it is
 * called in the form (for messages a clerk reads), whether the file may leave it out, and the order
 * in which it is written. The declaration is typed against `Report` (`Fields<Report>`), so a field
 * added to the report does not compile until it says all of this. `report-file.ts` is the door
 * that uses it; `report-file-v1.ts` declares what version 1 had differently.
 */
import { cellIndex, EDITIONS, editionForYear, FIRST_YEAR, getEdition } from "../model/editions/index.ts";
import { invisibleNote, stripInvisible, stripUnprintable } from "../model/invisible.ts";
import { readNumberText, readNumberValue } from "../model/number-text.ts";
import { narrativeName, ORG_KIND_LABEL } from "../model/report.ts";
import {
  NARRATIVE_KEYS,
  type Contact,
  type EditionDef,
  type Explanation,
  type Narrative,
  type NarrativeKey,
  type Org,
  type OrgKind,
  type PreviousYear,
  type Publication,
  type Report,
  type ReportField,
  type TargetKey,
} from "../model/types.ts";
import { NumberText } from "./json-text.ts";

export interface FileError {
  /** the field, as a path (e.g. `cells["apply.newReceived.natural"]`) */
  readonly field: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

/** What a field's reader knows: where to report, and the report's year and edition (read first). */
export interface ReadContext {
  readonly err: (field: string, message: string) => void;
  /** something the door changed and says so (invisible characters removed from a name or id) */
  readonly note: (field: string, message: string) => void;
  readonly year: number;
  /** the edition the cells belong to (last year's for `previous`); undefined when the file names none we know */
  readonly edition: EditionDef | undefined;
}

/** How one field is read (undefined: left out of the report, or an error was reported), named and written. */
export interface Field<T> {
  readonly label: string;
  readonly read: (value: unknown, at: string, ctx: ReadContext) => T | undefined;
  /** the value as written, keys in a stable order (default: as it is) */
  readonly write?: (value: T, report: Report) => unknown;
  /** the names of the fields inside it, for messages */
  readonly names?: Readonly<Record<string, string>>;
}

/** A declaration of every field of `T`: each says how it is read and named, and an optional one says so. */
export type Fields<T> = {
  readonly [K in keyof T]-?: Field<Exclude<T[K], undefined>> &
    (undefined extends T[K] ? { readonly optional: true } : { readonly optional?: never });
};

export const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof NumberText);

const SHOWN = 60;
/** A value in a message: as written (a number as its text), cut short when long. */
export function show(v: unknown): string {
  if (v === undefined) return "（缺失）";
  const text =
    v instanceof NumberText
      ? v.text
      : typeof v === "object" && v !== null
        ? Array.isArray(v)
          ? `数组（${v.length} 项）`
          : `对象（${Object.keys(v).length} 个字段）`
        : JSON.stringify(v);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…（共 ${text.length} 个字符）` : text;
}

/** At most this many unknown keys or ids are named one by one; more are counted (…等 N 个). */
const LISTED = 5;
const listed = (keys: readonly string[]): string =>
  `“${keys
    .slice(0, LISTED)
    .map((k) => show(k).replace(/^"|"$/g, ""))
    .join("”“")}”${keys.length > LISTED ? `等 ${keys.length} 个` : ""}`;

/** Unknown cell ids: each named on its own, or, when there are many, the first few and how many (…等 N 个). */
function unknownIds(ids: readonly string[], at: string, ctx: ReadContext, one = "", many = ""): void {
  if (ids.length > LISTED) ctx.err(at, `未知的单元格编号${listed(ids)}${many}`);
  else for (const id of ids) ctx.err(`${at}["${id}"]`, `未知的单元格编号“${id}”${one}`);
}

/** The known id an id with invisible characters stands for (said as a note), or the id as it is. */
function knownId(id: string, known: (id: string) => boolean, at: string, ctx: ReadContext): string {
  if (known(id)) return id;
  const { text, removed } = stripInvisible(id);
  if (removed > 0 && known(text)) ctx.note(`${at}["${text}"]`, `单元格编号中有 ${invisibleNote(removed)}`);
  return removed > 0 && known(text) ? text : id;
}

/**
 * Reads an object field by field, in the file's order (so errors come in the order of the file);
 * a key the declaration does not have is refused, not dropped. The result has the declaration's order.
 */
export function readObject<T>(
  fields: Fields<T>,
  value: Json,
  at: string,
  ctx: ReadContext,
  unknown: (path: string, key: string) => string = (path) => `未知字段“${path}”`,
): T {
  const specs = fields as unknown as Readonly<Record<string, Field<unknown> & { optional?: true }>>;
  const got = new Map<string, unknown>();
  const path = (key: string) => (at === "" ? key : `${at}.${key}`);
  // own fields of the declaration only: `constructor` or `__proto__` are unknown keys like any other
  const specOf = (key: string) => (Object.hasOwn(specs, key) ? specs[key] : undefined);
  const unknownKeys = Object.keys(value).filter((key) => !specOf(key));
  // a few unknown keys are named where they are; many are named once, the first few and how many
  if (unknownKeys.length > LISTED)
    ctx.err(at === "" ? "（文件）" : at, `未知字段${listed(unknownKeys)}（本软件的年报文件中没有这些字段）`);
  for (const key of Object.keys(value)) {
    const spec = specOf(key);
    if (spec) got.set(key, spec.read(value[key], path(key), ctx));
    else if (unknownKeys.length <= LISTED) ctx.err(path(key), unknown(path(key), key));
  }
  for (const [key, spec] of Object.entries(specs))
    if (!Object.hasOwn(value, key) && !spec.optional) got.set(key, spec.read(undefined, path(key), ctx));
  const out: Json = {};
  for (const key of Object.keys(specs)) if (got.get(key) !== undefined) out[key] = got.get(key);
  return out as T;
}

/** The value with its keys in the declaration's order, fields left out when absent. */
export function writeFields<T>(fields: Fields<T>, value: T, report: Report): Json {
  const specs = fields as unknown as Readonly<Record<string, Field<unknown>>>;
  const v = value as unknown as Json;
  const out: Json = {};
  for (const [key, spec] of Object.entries(specs))
    if (v[key] !== undefined) out[key] = spec.write ? spec.write(v[key], report) : v[key];
  return out;
}

/* ------------------------------------------------------------------ readers */

/** A one-line field (a name, the site, a contact): text, without the invisible characters that would spoof it. */
const text: Field<string>["read"] = (v, at, ctx) => {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") {
    const clean = stripUnprintable(v);
    if (clean.removed > 0) ctx.note(at, `其中有 ${invisibleNote(clean.removed)}`);
    return clean.text;
  }
  ctx.err(at, `应为文字，实际为 ${show(v)}`);
  return undefined;
};

/** A nested object the file may leave out (its fields then take their defaults) or must have. */
function objectOf<T>(fields: Fields<T>, required: boolean, check?: (value: T, at: string, ctx: ReadContext) => void) {
  return (v: unknown, at: string, ctx: ReadContext): T | undefined => {
    if (v === undefined && required) {
      ctx.err(at, `缺少“${at}”`);
      return undefined;
    }
    if (v !== undefined && !isObject(v)) {
      ctx.err(at, `“${at}”应为对象`);
      return undefined;
    }
    const value = readObject(fields, v ?? {}, at, ctx);
    check?.(value, at, ctx);
    return value;
  };
}

const ORG_KINDS = Object.keys(ORG_KIND_LABEL) as OrgKind[];

const ORG: Fields<Org> = {
  name: { label: "机关全称", read: text },
  shortName: { label: "机关简称", read: text },
  kind: {
    label: "机关类型",
    read: (v, at, ctx) => {
      const kind = v === undefined ? "township" : v;
      if (ORG_KINDS.includes(kind as OrgKind)) return kind as OrgKind;
      ctx.err(
        at,
        `机关类型应为 ${ORG_KINDS.map((k) => `${k}（${ORG_KIND_LABEL[k]}）`).join("、")} 之一，实际为 ${show(v)}`,
      );
      return undefined;
    },
  },
  parent: { label: "上级机关", read: text },
};

/** Days of a month; February has 29 (a deadline of 02-29 is a day of some years). */
const daysIn = (month: number, year?: number): number =>
  month === 2
    ? year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

const isMonthDay = (month: number, day: number, year?: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);

const PUBLICATION: Fields<Publication> = {
  site: { label: "发布网站", read: text },
  url: { label: "发布网址", read: text },
  date: {
    label: "发布日期",
    read: (v, at, ctx) => {
      const s = text(v, at, ctx);
      if (s === undefined || s === "") return s;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) ctx.err(at, `发布日期应写成 YYYY-MM-DD，实际为 ${show(s)}`);
      else if (!isMonthDay(Number(m[2]), Number(m[3]), Number(m[1])))
        ctx.err(at, `发布日期 ${show(s)} 不是日历上的日子（月份 01–12，日期不超过当月天数）`);
      return s;
    },
  },
  deadline: {
    label: "发布期限",
    optional: true,
    read: (v, at, ctx) => {
      const s = text(v, at, ctx);
      const m = s === undefined ? null : /^(\d{2})-(\d{2})$/.exec(s);
      if (s !== undefined && !m) ctx.err(at, `发布期限应写成 MM-DD（如 01-31），实际为 ${show(s)}`);
      else if (m && !isMonthDay(Number(m[1]), Number(m[2])))
        ctx.err(at, `发布期限 ${show(s)} 不是日历上的日子（月份 01–12，日期不超过当月天数）`);
      return s;
    },
  },
};

const CONTACT: Fields<Contact> = {
  office: { label: "联系部门", read: text },
  phone: { label: "联系电话", read: text },
  fax: { label: "传真", read: text },
  email: { label: "电子邮箱", read: text },
  address: { label: "地址", read: text },
  postcode: { label: "邮编", read: text },
};

/** Every field a finding may be about (`ReportField`), from the declaration. */
export const REPORT_FIELD_PATHS: readonly ReportField[] = [
  "year",
  ...Object.keys(ORG).map((k) => `org.${k}` as ReportField),
  ...Object.keys(PUBLICATION).map((k) => `publication.${k}` as ReportField),
  ...Object.keys(CONTACT).map((k) => `contact.${k}` as ReportField),
];

const namesOf = (fields: Readonly<Record<string, { readonly label: string }>>) =>
  Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.label]));

/** Cells of the edition in its own order (the order a person reads the tables), for writing. */
function inCellOrder<V>(values: Readonly<Record<string, V>>, editionId: string): Record<string, V> {
  const edition = getEdition(editionId);
  const order = edition ? edition.cells.map((c) => c.id) : [];
  const known = new Set(order);
  const ids = [
    ...order.filter((id) => id in values),
    ...Object.keys(values)
      .filter((id) => !known.has(id))
      .sort(),
  ];
  return Object.fromEntries(ids.map((id) => [id, values[id] as V]));
}

/** `cells` (or last year's): known ids of the edition, numbers valid for the cell's kind; `null` is blank. */
function readCells(value: unknown, at: string, ctx: ReadContext): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    ctx.err(at, "cells 应为对象（单元格编号 → 数值）");
    return undefined;
  }
  const edition = ctx.edition;
  if (!edition) return out;
  const index = cellIndex(edition);
  const unknown: string[] = [];
  for (const [written, v] of Object.entries(value)) {
    const id = knownId(written, (c) => index.has(c), at, ctx);
    const f = `${at}["${id}"]`;
    const cell = index.get(id);
    if (!cell) {
      unknown.push(id);
      continue;
    }
    if (Object.hasOwn(out, id)) {
      ctx.err(f, `${cell.name}：这一格写了两次`);
      continue;
    }
    if (v === null) continue; // explicit blank
    if (typeof v !== "number" && !(v instanceof NumberText)) {
      ctx.err(f, `${cell.name}：${show(v)} 不是数字`);
      continue;
    }
    // a number the JSON reader kept as written is read from its text; a double is checked as it is
    const read = v instanceof NumberText ? readNumberText(cell.kind, v.text) : readNumberValue(cell.kind, v);
    if (!read.ok) {
      ctx.err(f, `${cell.name}：${show(v)}，${read.reason}`);
      continue;
    }
    out[id] = read.value;
  }
  unknownIds(unknown, at, ctx, `（${edition.id} 版表格中没有这一格）`, `（${edition.id} 版表格中没有这些格）`);
  return out;
}

const readTyped: Field<Record<string, string>>["read"] = (value, at, ctx) => {
  if (!isObject(value)) {
    ctx.err(at, "typed 应为对象");
    return undefined;
  }
  const typed: Record<string, string> = {};
  const index = ctx.edition ? cellIndex(ctx.edition) : undefined;
  const unknown: string[] = [];
  for (const [written, v] of Object.entries(value)) {
    const id = index ? knownId(written, (c) => index.has(c), at, ctx) : written;
    if (index && !index.has(id)) unknown.push(id);
    else if (typeof v !== "string") ctx.err(`${at}["${id}"]`, "应为文字");
    else typed[id] = v;
  }
  unknownIds(unknown, at, ctx);
  return Object.keys(typed).length > 0 ? typed : undefined;
};

const readUnits: Field<Record<string, string>>["read"] = (value, at, ctx) => {
  if (!isObject(value)) {
    ctx.err(at, "units 应为对象");
    return undefined;
  }
  const units: Record<string, string> = {};
  const index = ctx.edition ? cellIndex(ctx.edition) : undefined;
  for (const [written, v] of Object.entries(value)) {
    const id = index ? knownId(written, (c) => index.has(c), at, ctx) : written;
    const cell = index?.get(id);
    const f = `${at}["${id}"]`;
    if (ctx.edition && !cell) ctx.err(f, `未知的单元格编号“${id}”`);
    else if (cell && !cell.unitChoice) ctx.err(f, `${cell.name}：这一格没有可选的单位`);
    else if (typeof v !== "string" || (cell?.unitChoice && !cell.unitChoice.includes(v)))
      ctx.err(f, `单位应为 ${cell?.unitChoice?.join("或") ?? "文字"}，实际为 ${show(v)}`);
    else units[id] = v;
  }
  return Object.keys(units).length > 0 ? units : undefined;
};

const newest = EDITIONS[EDITIONS.length - 1];
const narrativeText: Field<string> = { label: "正文", read: (v, at, ctx) => narrativeString(v, at, ctx) ?? "" };
function narrativeString(v: unknown, at: string, ctx: ReadContext): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "string") return v;
  ctx.err(at, "正文应为文字");
  return undefined;
}

const NARRATIVE = Object.fromEntries(
  NARRATIVE_KEYS.map((k) => [k, { ...narrativeText, label: `正文·${newest ? narrativeName(newest, k) : k}` }]),
) as unknown as Fields<Narrative>;

const PARTIAL_NARRATIVE = Object.fromEntries(
  NARRATIVE_KEYS.map((k) => [k, { label: `正文·${k}`, optional: true, read: narrativeString }]),
) as unknown as Fields<Partial<Narrative>>;

const unknownPart = (_path: string, key: string) => `未知的正文部分“${key}”`;

const narrativeOf =
  <T>(fields: Fields<T>, notObject: string) =>
  (v: unknown, at: string, ctx: ReadContext): T | undefined => {
    if (v === undefined) return readObject(fields, {}, at, ctx, unknownPart);
    if (!isObject(v)) {
      ctx.err(at, notObject);
      return undefined;
    }
    return readObject(fields, v, at, ctx, unknownPart);
  };

const writeNarrative = (n: Partial<Narrative>) =>
  Object.fromEntries(NARRATIVE_KEYS.filter((k) => n[k] !== undefined).map((k) => [k, n[k]]));

/* ------------------------------------------------------------------ explanations */

const TARGET_FIELDS: Readonly<Record<TargetKey["kind"], readonly string[]>> = {
  cells: ["kind", "cells"],
  text: ["kind", "section", "quote", "occurrence"],
  field: ["kind", "field"],
  label: ["kind", "label", "seen"],
};

/** What an explanation is about: the same key a finding has (`targetKey`), checked against the edition. */
function readTarget(v: unknown, at: string, ctx: ReadContext): TargetKey | undefined {
  const kinds = Object.keys(TARGET_FIELDS);
  if (!isObject(v) || typeof v.kind !== "string" || !kinds.includes(v.kind)) {
    ctx.err(at, `所说明的问题应为对象，kind 为 ${kinds.join("、")} 之一`);
    return undefined;
  }
  const kind = v.kind as TargetKey["kind"];
  for (const key of Object.keys(v))
    if (!TARGET_FIELDS[kind].includes(key)) ctx.err(`${at}.${key}`, `未知字段“${at}.${key}”`);
  const bad = (key: string, message: string) => {
    ctx.err(`${at}.${key}`, message);
    return undefined;
  };
  switch (kind) {
    case "cells": {
      const cells = v.cells;
      if (!Array.isArray(cells) || cells.length === 0 || !cells.every((c) => typeof c === "string"))
        return bad("cells", "应为单元格编号的数组（至少一格）");
      const index = ctx.edition ? cellIndex(ctx.edition) : undefined;
      const ids = (cells as string[]).map((c) => (index ? knownId(c, (id) => index.has(id), `${at}.cells`, ctx) : c));
      const unknown = index ? ids.filter((c) => !index.has(c)) : [];
      if (unknown.length > 0) return bad("cells", `未知的单元格编号${listed(unknown)}`);
      return { kind, cells: ids.sort() };
    }
    case "text": {
      const { section, quote, occurrence } = v;
      if (!NARRATIVE_KEYS.includes(section as NarrativeKey))
        return bad("section", `应为正文部分名称（${NARRATIVE_KEYS.join("、")}）之一，实际为 ${show(section)}`);
      if (typeof quote !== "string") return bad("quote", `应为文字，实际为 ${show(quote)}`);
      // 0: a grouped finding, the same words in several places explained together
      if (typeof occurrence !== "number" || !Number.isInteger(occurrence) || occurrence < 0)
        return bad("occurrence", `应为 0（多处相同文字合为一项）或正整数，实际为 ${show(occurrence)}`);
      return { kind, section: section as NarrativeKey, quote, occurrence };
    }
    case "field":
      if (!REPORT_FIELD_PATHS.includes(v.field as ReportField)) return bad("field", `未知的字段${show(v.field)}`);
      return { kind, field: v.field as ReportField };
    case "label":
      if (typeof v.label !== "string") return bad("label", `应为文字，实际为 ${show(v.label)}`);
      if (typeof v.seen !== "string") return bad("seen", `应为文字，实际为 ${show(v.seen)}`);
      return { kind, label: v.label, seen: v.seen };
  }
}

const writeTarget = (t: TargetKey): Json =>
  Object.fromEntries(TARGET_FIELDS[t.kind].map((k) => [k, (t as unknown as Json)[k]]));

/** Reads a list field: not a list, or an entry that is not right, is named with its index. */
export function listOf<T>(
  what: string,
  readEntry: (e: unknown, at: string, ctx: ReadContext) => T | undefined,
): Field<T[]>["read"] {
  return (v, at, ctx) => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      ctx.err(at, `${what} 应为数组`);
      return undefined;
    }
    const out: T[] = [];
    v.forEach((e: unknown, i) => {
      const entry = readEntry(e, `${at}[${i}]`, ctx);
      if (entry !== undefined) out.push(entry);
    });
    return out;
  };
}

const readExplanation = (e: unknown, at: string, ctx: ReadContext): Explanation | undefined => {
  if (!isObject(e) || typeof e.rule !== "string" || typeof e.text !== "string" || !isObject(e.target)) {
    ctx.err(at, "说明应包含 rule（规则编号）、target（所说明的问题）和 text（说明文字）");
    return undefined;
  }
  for (const key of Object.keys(e))
    if (!["rule", "target", "text"].includes(key)) ctx.err(`${at}.${key}`, `未知字段“${at}.${key}”`);
  if (ctx.edition && !ctx.edition.rules.some((r) => r.id === e.rule)) {
    ctx.err(
      `${at}.rule`,
      `没有编号为 ${show(e.rule)} 的规则（${ctx.edition.id} 版的规则中没有），这条说明不知道说明的是什么`,
    );
    return undefined;
  }
  const target = readTarget(e.target, `${at}.target`, ctx);
  return target ? { rule: e.rule, target, text: e.text } : undefined;
};

/* ------------------------------------------------------------------ last year */

const PREVIOUS: Fields<PreviousYear> = {
  year: { label: "上年报告", read: (v) => (typeof v === "number" ? v : undefined) },
  edition: { label: "上年报告", read: (_v, _at, ctx) => ctx.edition?.id },
  cells: {
    label: "上年报告",
    read: readCells,
    write: (cells, report) => inCellOrder(cells, report.previous?.edition ?? ""),
  },
  narrative: {
    label: "上年报告",
    optional: true,
    read: narrativeOf(PARTIAL_NARRATIVE, "上年正文应为对象"),
    write: writeNarrative,
  },
};

const readPrevious: Field<PreviousYear>["read"] = (p, at, ctx) => {
  const pe = isObject(p) && typeof p.edition === "string" ? getEdition(p.edition) : undefined;
  if (!isObject(p) || typeof p.year !== "number" || !pe) {
    ctx.err(at, "上年数据应包含 year、edition 和 cells");
    return undefined;
  }
  if (p.year !== ctx.year - 1) {
    ctx.err(`${at}.year`, `上年数据的年度应为 ${ctx.year - 1}，实际为 ${show(p.year)}`);
    return undefined;
  }
  const expected = editionForYear(p.year);
  if (expected && pe.id !== expected.id) {
    ctx.err(
      `${at}.edition`,
      `${p.year} 年度报告应使用 ${expected.id} 版表格（${expected.basis}），上年数据写的是 ${pe.id}`,
    );
    return undefined;
  }
  const previous = readObject(PREVIOUS, p, at, { ...ctx, edition: pe });
  return { ...previous, narrative: previous.narrative ?? {} };
};

/* ------------------------------------------------------------------ the file */

/** The last report year a file may name: a year beyond it is a slip of the keyboard, not a report. */
export const LAST_YEAR = 2100;

/** The fields every version shares; `format`, `version`, `year` and `edition` are read first (`readFields`). */
export const COMMON_FIELDS = {
  format: { label: "文件格式", read: () => "nianbao.report" as const },
  edition: { label: "表格版本", read: (_v: unknown, _at: string, ctx: ReadContext) => ctx.edition?.id },
  year: { label: "报告年度", read: (_v: unknown, _at: string, ctx: ReadContext) => ctx.year },
  org: {
    label: "机关信息",
    names: namesOf(ORG),
    read: objectOf(ORG, true, (org, _at, ctx) => {
      if ((org.name ?? "").trim() === "" && (org.shortName ?? "").trim() === "") ctx.err("org.name", "缺少机关名称");
    }),
    write: (org: Org, report: Report) => writeFields(ORG, org, report),
  },
  publication: {
    label: "发布信息",
    names: namesOf(PUBLICATION),
    read: objectOf(PUBLICATION, false),
    write: (p: Publication, report: Report) => writeFields(PUBLICATION, p, report),
  },
  contact: {
    label: "联系方式",
    names: namesOf(CONTACT),
    read: objectOf(CONTACT, false),
    write: (c: Contact, report: Report) => writeFields(CONTACT, c, report),
  },
  cells: {
    label: "表格数字",
    read: readCells,
    write: (cells: Record<string, number>, report: Report) => inCellOrder(cells, report.edition),
  },
  typed: {
    label: "未识别的输入",
    optional: true,
    read: readTyped,
    write: (typed: Record<string, string>, report: Report) => inCellOrder(typed, report.edition),
  },
  units: {
    label: "金额单位",
    optional: true,
    read: readUnits,
    write: (units: Record<string, string>, report: Report) => inCellOrder(units, report.edition),
  },
  narrative: {
    label: "正文",
    names: namesOf(NARRATIVE),
    read: narrativeOf(NARRATIVE, "“narrative”应为对象"),
    write: writeNarrative,
  },
  previous: {
    label: "上年报告",
    optional: true,
    read: readPrevious,
    write: (p: PreviousYear, report: Report) => writeFields(PREVIOUS, p, report),
  },
  review: {
    label: "待核对的正文",
    optional: true,
    read: (v: unknown, at: string, ctx: ReadContext): NarrativeKey[] | undefined => {
      if (!Array.isArray(v) || !v.every((k) => NARRATIVE_KEYS.includes(k as NarrativeKey))) {
        ctx.err(at, `review 应为正文部分名称的数组（${NARRATIVE_KEYS.join("、")}）`);
        return undefined;
      }
      return v.length > 0 ? (v as NarrativeKey[]) : undefined;
    },
  },
} as const;

export const REPORT_FIELDS: Fields<Report> = {
  format: COMMON_FIELDS.format,
  version: { label: "文件版本", read: () => 2 as const },
  edition: COMMON_FIELDS.edition,
  year: COMMON_FIELDS.year,
  org: COMMON_FIELDS.org,
  publication: COMMON_FIELDS.publication,
  contact: COMMON_FIELDS.contact,
  cells: COMMON_FIELDS.cells,
  typed: COMMON_FIELDS.typed,
  units: COMMON_FIELDS.units,
  narrative: COMMON_FIELDS.narrative,
  explanations: {
    label: "警告的说明",
    read: listOf("explanations", readExplanation),
    write: (list: Explanation[]) => list.map((e) => ({ rule: e.rule, target: writeTarget(e.target), text: e.text })),
  },
  previous: COMMON_FIELDS.previous,
  review: COMMON_FIELDS.review,
};

/**
 * Reads a file by a declaration: the year and the edition first (every check of the cells needs
 * them), then every field in the file's order.
 */
export function readFields<T>(
  fields: Fields<T>,
  file: Json,
): { ok: true; value: T; notes: FileError[] } | { ok: false; errors: FileError[] } {
  const errors: FileError[] = [];
  const notes: FileError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  const note = (field: string, message: string) => notes.push({ field, message });
  const year = file.year;
  if (typeof year !== "number" || !Number.isInteger(year)) {
    err("year", `报告年度应为整数年份（如 2023），实际为 ${show(year)}`);
    return { ok: false, errors };
  }
  if (year < FIRST_YEAR) {
    err("year", `报告年度 ${year} 早于 ${FIRST_YEAR} 年：2019 年以前的年报格式不在支持范围内`);
    return { ok: false, errors };
  }
  if (year > LAST_YEAR) {
    err("year", `报告年度 ${show(year)} 不是一个可能的年份（应在 ${FIRST_YEAR}–${LAST_YEAR} 之间）`);
    return { ok: false, errors };
  }
  const expected = editionForYear(year);
  const edition = typeof file.edition === "string" ? getEdition(file.edition) : undefined;
  if (!edition) err("edition", `未知的表格版本 ${show(file.edition)}`);
  else if (expected && edition.id !== expected.id)
    err("edition", `${year} 年度报告应使用 ${expected.id} 版表格（${expected.basis}），文件写的是 ${edition.id}`);
  const value = readObject(fields, file, "", { err, note, year, edition });
  if (errors.length > 0 || !edition) return { ok: false, errors };
  return { ok: true, value, notes };
}

/** The name of a field of the file (its path, `[…]` keys aside), from the declaration; undefined when it has none. */
export function fieldLabelOf(field: string): string | undefined {
  if (field === "（文件）") return "文件";
  const path = field.replace(/\[.*$/, "");
  const dot = path.indexOf(".");
  const top = dot < 0 ? path : path.slice(0, dot);
  const spec = (REPORT_FIELDS as unknown as Readonly<Record<string, Field<unknown>>>)[top];
  if (!spec) return undefined;
  const inner = dot < 0 ? undefined : path.slice(dot + 1);
  return (inner !== undefined ? spec.names?.[inner] : undefined) ?? spec.label;
}
