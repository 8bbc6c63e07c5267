/**
 * The one import door for `nianbao.report` files (decisions §5): parses, migrates older versions,
 * and validates every field. Errors are specific, in Chinese, and name the field; a file is either
 * taken whole or refused whole, so nothing it contained is silently dropped.
 */
import { checkNumber } from "../model/cell-input.ts";
import { cellIndex, editionForYear, FIRST_YEAR, getEdition } from "../model/editions/index.ts";
import { ORG_KIND_LABEL } from "../model/report.ts";
import type { NarrativeKey, OrgKind, PreviousYear, Report } from "../model/types.ts";

export const REPORT_FORMAT = "nianbao.report";
export const REPORT_VERSION = 1;

export interface FileError {
  /** the field, as a path (e.g. `cells["apply.newReceived.natural"]`) */
  readonly field: string;
  readonly message: string;
}

export type ReadResult = { ok: true; report: Report } | { ok: false; errors: FileError[] };

type Json = Record<string, unknown>;

/** Migrations from older versions: each takes a file of version N and returns version N + 1. */
const MIGRATIONS: Readonly<Record<number, (old: Json) => Json>> = {};

const ORG_KINDS = Object.keys(ORG_KIND_LABEL) as OrgKind[];
const NARRATIVE_KEYS: readonly NarrativeKey[] = ["preamble", "overview", "problems", "other"];
const KNOWN_TOP = new Set([
  "format",
  "version",
  "edition",
  "year",
  "org",
  "publication",
  "contact",
  "cells",
  "typed",
  "units",
  "narrative",
  "explanations",
  "previous",
  "review",
]);

const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  org: ["name", "shortName", "kind", "parent"],
  publication: ["site", "url", "date", "deadline"],
  contact: ["office", "phone", "fax", "email", "address", "postcode"],
};

/** Fields this version does not know are refused, not dropped. */
function unknownKeys(
  obj: Json | undefined,
  known: readonly string[],
  prefix: string,
  err: (f: string, m: string) => void,
): void {
  if (obj)
    for (const key of Object.keys(obj)) if (!known.includes(key)) err(`${prefix}.${key}`, `未知字段“${prefix}.${key}”`);
}

/** What each field of the file is, in the words of the form, for messages a clerk reads. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  "（文件）": "文件",
  format: "文件格式",
  version: "文件版本",
  edition: "表格版本",
  year: "报告年度",
  org: "机关信息",
  "org.name": "机关全称",
  "org.shortName": "机关简称",
  "org.kind": "机关类型",
  "org.parent": "上级机关",
  publication: "发布信息",
  "publication.site": "发布网站",
  "publication.url": "发布网址",
  "publication.date": "发布日期",
  "publication.deadline": "发布期限",
  contact: "联系方式",
  "contact.office": "联系部门",
  "contact.phone": "联系电话",
  "contact.fax": "传真",
  "contact.email": "电子邮箱",
  "contact.address": "地址",
  "contact.postcode": "邮编",
  narrative: "正文",
  "narrative.preamble": "正文·开头",
  "narrative.overview": "正文·一、总体情况",
  "narrative.problems": "正文·五、存在的主要问题及改进情况",
  "narrative.other": "正文·六、其他需要报告的事项",
  cells: "表格数字",
  typed: "未识别的输入",
  units: "金额单位",
  explanations: "警告的说明",
  previous: "上年报告",
  review: "待核对的正文",
};

/** A field of the file as a clerk reads it: `机关类型（org.kind）`; the path stays for whoever fixes the file. */
export function fieldLabel(field: string): string {
  let key = field.replace(/\[.*$/, "");
  while (key !== "" && !(key in FIELD_LABELS)) key = key.includes(".") ? key.slice(0, key.lastIndexOf(".")) : "";
  const label = FIELD_LABELS[key];
  if (label === undefined || label === field) return field;
  // a path of the file is kept beside its name; a note such as （文件） is replaced by it
  return /^[A-Za-z]/.test(field) ? `${label}（${field}）` : label;
}

/** The errors of a file, one per field, as a clerk reads them. */
export const describeFileErrors = (errors: readonly FileError[], separator = "；"): string =>
  errors.map((e) => `${fieldLabel(e.field)}：${e.message}`).join(separator);

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

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
export function readReportFile(text: string): ReadResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return readReportValue(parsed.value);
}

/** Validates (and migrates) an already-parsed report file value. */
export function readReportValue(value: unknown): ReadResult {
  if (!isObject(value)) return fail("（文件）", "内容不是一个报告对象");
  if (value.format !== REPORT_FORMAT)
    return fail("format", `不是年报文件：format 应为 "${REPORT_FORMAT}"，实际为 ${show(value.format)}`);
  let file = value;
  let version = file.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
    return fail("version", `版本号无效：${show(version)}`);
  if (version > REPORT_VERSION)
    return fail("version", `文件版本 ${version} 比本软件支持的版本 ${REPORT_VERSION} 新，请升级软件后再打开`);
  while (version < REPORT_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return fail("version", `无法升级版本 ${version} 的文件`);
    file = migrate(file);
    version += 1;
  }
  const errors: FileError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });

  for (const key of Object.keys(file)) if (!KNOWN_TOP.has(key)) err(key, `未知字段“${key}”`);

  const year = file.year;
  if (typeof year !== "number" || !Number.isInteger(year)) {
    err("year", `报告年度应为整数年份，实际为 ${show(year)}`);
    return { ok: false, errors };
  }
  if (year < FIRST_YEAR) {
    err("year", `报告年度 ${year} 早于 ${FIRST_YEAR} 年：2019 年以前的年报格式不在支持范围内`);
    return { ok: false, errors };
  }
  const expected = editionForYear(year);
  const edition = typeof file.edition === "string" ? getEdition(file.edition) : undefined;
  if (!edition) err("edition", `未知的表格版本 ${show(file.edition)}`);
  else if (expected && edition.id !== expected.id)
    err("edition", `${year} 年度报告应使用 ${expected.id} 版表格（${expected.basis}），文件写的是 ${edition.id}`);

  const org = objectField(file, "org", err);
  unknownKeys(org, NESTED_KEYS.org ?? [], "org", err);
  const orgOut = {
    name: str(org, "org.name", "name", err),
    shortName: str(org, "org.shortName", "shortName", err),
    kind: (org?.kind === undefined ? "township" : org.kind) as OrgKind,
    parent: str(org, "org.parent", "parent", err),
  };
  if (!ORG_KINDS.includes(orgOut.kind))
    err(
      "org.kind",
      `机关类型应为 ${ORG_KINDS.map((k) => `${k}（${ORG_KIND_LABEL[k]}）`).join("、")} 之一，实际为 ${show(org?.kind)}`,
    );
  if (orgOut.name.trim() === "" && orgOut.shortName.trim() === "") err("org.name", "缺少机关名称");

  const pub = objectField(file, "publication", err, true);
  unknownKeys(pub, NESTED_KEYS.publication ?? [], "publication", err);
  const publication = {
    site: str(pub, "publication.site", "site", err),
    url: str(pub, "publication.url", "url", err),
    date: str(pub, "publication.date", "date", err),
    ...(pub?.deadline !== undefined ? { deadline: str(pub, "publication.deadline", "deadline", err) } : {}),
  };
  if (publication.date !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(publication.date))
    err("publication.date", `发布日期应写成 YYYY-MM-DD，实际为 ${show(publication.date)}`);
  if (publication.deadline !== undefined && !/^\d{2}-\d{2}$/.test(publication.deadline))
    err("publication.deadline", `发布期限应写成 MM-DD（如 01-31），实际为 ${show(publication.deadline)}`);

  const con = objectField(file, "contact", err, true);
  unknownKeys(con, NESTED_KEYS.contact ?? [], "contact", err);
  const contact = {
    office: str(con, "contact.office", "office", err),
    phone: str(con, "contact.phone", "phone", err),
    fax: str(con, "contact.fax", "fax", err),
    email: str(con, "contact.email", "email", err),
    address: str(con, "contact.address", "address", err),
    postcode: str(con, "contact.postcode", "postcode", err),
  };

  const cells = edition ? readCells(file.cells, "cells", edition.id, err) : {};

  const typed: Record<string, string> = {};
  if (file.typed !== undefined) {
    if (!isObject(file.typed)) err("typed", "typed 应为对象");
    else
      for (const [id, v] of Object.entries(file.typed)) {
        if (edition && !cellIndex(edition).has(id)) err(`typed["${id}"]`, `未知的单元格编号“${id}”`);
        else if (typeof v !== "string") err(`typed["${id}"]`, "应为文字");
        else if (id in cells) err(`typed["${id}"]`, `单元格“${id}”同时有数值和未识别的输入`);
        else typed[id] = v;
      }
  }

  const units: Record<string, string> = {};
  if (file.units !== undefined) {
    if (!isObject(file.units)) err("units", "units 应为对象");
    else
      for (const [id, v] of Object.entries(file.units)) {
        const cell = edition ? cellIndex(edition).get(id) : undefined;
        if (edition && !cell) err(`units["${id}"]`, `未知的单元格编号“${id}”`);
        else if (cell && !cell.unitChoice) err(`units["${id}"]`, `${cell.name}：这一格没有可选的单位`);
        else if (typeof v !== "string" || (cell?.unitChoice && !cell.unitChoice.includes(v)))
          err(`units["${id}"]`, `单位应为 ${cell?.unitChoice?.join("或") ?? "文字"}，实际为 ${show(v)}`);
        else units[id] = v;
      }
  }

  const narr = objectField(file, "narrative", err, true);
  const narrative = { preamble: "", overview: "", problems: "", other: "" };
  if (narr)
    for (const [k, v] of Object.entries(narr)) {
      if (!NARRATIVE_KEYS.includes(k as NarrativeKey)) err(`narrative.${k}`, `未知的正文部分“${k}”`);
      else if (typeof v !== "string") err(`narrative.${k}`, "正文应为文字");
      else narrative[k as NarrativeKey] = v;
    }

  const explanations: Report["explanations"] = [];
  if (file.explanations !== undefined) {
    if (!Array.isArray(file.explanations)) err("explanations", "explanations 应为数组");
    else
      file.explanations.forEach((e: unknown, i) => {
        const f = `explanations[${i}]`;
        if (
          !isObject(e) ||
          typeof e.rule !== "string" ||
          typeof e.text !== "string" ||
          !Array.isArray(e.cells) ||
          !e.cells.every((c) => typeof c === "string")
        )
          err(f, "说明应包含 rule（规则编号）、cells（单元格编号数组）和 text（说明文字）");
        else {
          unknownKeys(e, ["rule", "cells", "text"], f, err);
          explanations.push({ rule: e.rule, cells: e.cells as string[], text: e.text });
        }
      });
  }

  let previous: PreviousYear | undefined;
  if (file.previous !== undefined) {
    const p = file.previous;
    const pe = isObject(p) && typeof p.edition === "string" ? getEdition(p.edition) : undefined;
    if (!isObject(p) || typeof p.year !== "number" || !pe) err("previous", "上年数据应包含 year、edition 和 cells");
    else if (p.year !== year - 1) err("previous.year", `上年数据的年度应为 ${year - 1}，实际为 ${p.year}`);
    else {
      unknownKeys(p, ["year", "edition", "cells", "narrative"], "previous", err);
      const prevCells = readCells(p.cells, "previous.cells", pe.id, err);
      if (p.narrative !== undefined && !isObject(p.narrative)) err("previous.narrative", "上年正文应为对象");
      const pn = isObject(p.narrative) ? p.narrative : {};
      const prevNarrative: Partial<Report["narrative"]> = {};
      for (const [k, v] of Object.entries(pn)) {
        if (!NARRATIVE_KEYS.includes(k as NarrativeKey)) err(`previous.narrative.${k}`, `未知的正文部分“${k}”`);
        else if (typeof v !== "string") err(`previous.narrative.${k}`, "正文应为文字");
        else prevNarrative[k as NarrativeKey] = v;
      }
      previous = { year: p.year, edition: pe.id, cells: prevCells, narrative: prevNarrative };
    }
  }

  const review: NarrativeKey[] = [];
  if (file.review !== undefined) {
    if (!Array.isArray(file.review) || !file.review.every((k) => NARRATIVE_KEYS.includes(k as NarrativeKey)))
      err("review", `review 应为正文部分名称的数组（${NARRATIVE_KEYS.join("、")}）`);
    else review.push(...(file.review as NarrativeKey[]));
  }

  if (errors.length > 0 || !edition) return { ok: false, errors };
  const report: Report = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    edition: edition.id,
    year,
    org: orgOut,
    publication,
    contact,
    cells,
    narrative,
    explanations,
  };
  if (Object.keys(typed).length > 0) report.typed = typed;
  if (Object.keys(units).length > 0) report.units = units;
  if (previous) report.previous = previous;
  if (review.length > 0) report.review = review;
  return { ok: true, report };
}

function readCells(
  value: unknown,
  field: string,
  editionId: string,
  err: (f: string, m: string) => void,
): Record<string, number> {
  const out: Record<string, number> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    err(field, "cells 应为对象（单元格编号 → 数值）");
    return out;
  }
  const edition = getEdition(editionId);
  if (!edition) return out;
  const index = cellIndex(edition);
  for (const [id, v] of Object.entries(value)) {
    const f = `${field}["${id}"]`;
    const cell = index.get(id);
    if (!cell) {
      err(f, `未知的单元格编号“${id}”（${edition.id} 版表格中没有这一格）`);
      continue;
    }
    if (v === null) continue; // explicit blank
    if (typeof v !== "number") {
      err(f, `${cell.name}：${show(v)} 不是数字`);
      continue;
    }
    const reason = checkNumber(cell.kind, v);
    if (reason !== null) {
      err(f, `${cell.name}：${v}，${reason}`);
      continue;
    }
    out[id] = v;
  }
  return out;
}

function objectField(file: Json, key: string, err: (f: string, m: string) => void, optional = false): Json | undefined {
  const v = file[key];
  if (v === undefined) {
    if (!optional) err(key, `缺少“${key}”`);
    return undefined;
  }
  if (!isObject(v)) {
    err(key, `“${key}”应为对象`);
    return undefined;
  }
  return v;
}

function str(obj: Json | undefined, field: string, key: string, err: (f: string, m: string) => void): string {
  const v = obj?.[key];
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") {
    err(field, `应为文字，实际为 ${show(v)}`);
    return "";
  }
  return v;
}

const show = (v: unknown): string => (v === undefined ? "（缺失）" : JSON.stringify(v));

function fail(field: string, message: string): ReadResult {
  return { ok: false, errors: [{ field, message }] };
}

/** Serialises a report for saving: stable key order, only what was entered. */
export function writeReportFile(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
