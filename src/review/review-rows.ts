/**
 * A review as rows a person reads — one per body, per file that could not be read, per missing
 * body — with the same columns in the review page, the workbook and the app's 审核 page: status,
 * counts, when it was published, copied text, cross-year mismatches, what the import placed; and
 * each finding with where it is in words. Pure: the outputs only lay these out.
 */
import { fieldLabel } from "../import/report-file.ts";
import { cellIndex, getEdition } from "../model/editions/index.ts";
import { perObject } from "../model/memo.ts";
import { narrativeName, SEVERITY_LABEL } from "../model/report.ts";
import type { EditionDef, Finding, OrgKind, RuleDef, Severity } from "../model/types.ts";
import { bodyName } from "./body-match.ts";
import type { BodyResult, CrossBodyFinding, ReviewResult, Timeliness } from "./review-types.ts";

/** The kinds of body, short enough for a column. */
export const KIND_SHORT: Readonly<Record<OrgKind, string>> = {
  township: "乡镇街道",
  "county-government": "县级政府",
  department: "政府部门",
  other: "其他机关",
};

export type RowStatus = "可发布" | "须修改" | "无法读取" | "缺报";

export interface ReviewRow {
  readonly kind: "body" | "unreadable" | "missing";
  readonly org: string;
  readonly orgKind: string;
  readonly file: string;
  /** the file as shown: its path below the folder all the files are in */
  readonly shown: string;
  readonly status: RowStatus;
  readonly counts: Readonly<Record<Severity, number>>;
  /** 按时 / 逾期 N 天 / 未填发布日期, and the days late for sorting */
  readonly published: string;
  readonly daysLate: number;
  /** the sections copied between bodies, and with whom */
  readonly copied: string;
  /** findings of the cross-year rules; null when last year's report was not checked */
  readonly crossYear: number | null;
  readonly crossYearText: string;
  readonly imported: string;
  /** why the file could not be read (unreadable rows) */
  readonly reason: string;
  /** the body's result (body rows) */
  readonly body?: BodyResult;
}

/** A finding as the outputs list it. */
export interface FindingRow {
  readonly id: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly severityText: string;
  readonly where: string;
  readonly expected: string;
  readonly actual: string;
  readonly message: string;
}

/** Rules that compare with last year's report: those with a term of last year's cells (R3-05, R2-01 …). */
const crossYearRules = perObject(
  (edition: EditionDef): ReadonlySet<string> =>
    new Set(
      edition.rules
        .filter(
          (r: RuleDef) =>
            (r.kind === "equal" || r.kind === "at-most") &&
            r.instances.some((i) => [...i.lhs, ...i.rhs].some((t) => t.prev === true)),
        )
        .map((r) => r.id),
    ),
);

const MAX_CELLS_NAMED = 3;

/** Where a finding is, in words: its cells by name, its section, its field or the label read. */
export function findingWhere(f: Finding, edition: EditionDef | undefined): string {
  const t = f.target;
  const cells = (ids: readonly string[]) => {
    const names = ids.map((id) => (edition ? cellIndex(edition).get(id)?.name : undefined) ?? id);
    return names.length > MAX_CELLS_NAMED
      ? `${names.slice(0, MAX_CELLS_NAMED).join("、")} 等 ${names.length} 格`
      : names.join("、");
  };
  switch (t.kind) {
    case "cells":
      return cells(t.cells);
    case "text": {
      const section = edition ? narrativeName(edition, t.section) : t.section;
      return t.span ? `${section}：“${t.span.quote}”` : section;
    }
    case "field":
      return fieldLabel(t.field);
    case "label":
      return `表格标签“${t.seen}”`;
  }
}

const value = (v: number | string | null) => (v === null ? "（空白）" : String(v));

export function findingRow(f: Finding, editionId: string): FindingRow {
  return {
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    severityText: SEVERITY_LABEL[f.severity],
    where: findingWhere(f, getEdition(editionId)),
    expected: value(f.expected),
    actual: value(f.actual),
    message: f.explanation !== undefined ? `${f.message}（已说明：${f.explanation}）` : f.message,
  };
}

function publishedText(t: Timeliness): string {
  if (t.state === "no-date") return "未填发布日期";
  return t.state === "late" ? `逾期 ${t.days} 天（${t.date}）` : `按时（${t.date}）`;
}

const countOf = (findings: readonly Finding[]) => ({
  E: findings.filter((f) => f.severity === "E").length,
  W: findings.filter((f) => f.severity === "W").length,
  I: findings.filter((f) => f.severity === "I").length,
});

/** The cross-body findings that name the file. */
export const crossBodyOf = (result: Pick<ReviewResult, "crossBody">, file: string): CrossBodyFinding[] =>
  result.crossBody.filter((c) => c.files.includes(file));

function bodyRow(b: BodyResult, result: ReviewResult): ReviewRow {
  const edition = getEdition(b.edition);
  const crossYear = edition ? b.findings.filter((f) => crossYearRules(edition).has(f.rule)).length : 0;
  const checked = b.previous !== undefined && "file" in b.previous;
  const copied = crossBodyOf(result, b.file)
    .filter((c) => c.section !== undefined)
    .map((c) => {
      const section = edition && c.section ? narrativeName(edition, c.section).replace(/、.*/, "") : "";
      const others = c.orgs.filter((_, i) => c.files[i] !== b.file);
      return `${section}：与${others.join("、")}`;
    });
  return {
    kind: "body",
    org: bodyName(b.org),
    orgKind: KIND_SHORT[b.org.kind],
    file: b.file,
    shown: b.file,
    status: b.ok ? "可发布" : "须修改",
    counts: countOf(b.findings),
    published: publishedText(b.timeliness),
    daysLate: b.timeliness.state === "late" ? b.timeliness.days : 0,
    copied: copied.join("；"),
    crossYear: checked ? crossYear : null,
    crossYearText: checked ? (crossYear === 0 ? "一致" : `${crossYear} 处不符`) : "未核对",
    imported:
      b.source === "json"
        ? "报告文件"
        : `${b.import.placed} 格${b.import.blank > 0 ? `，空白 ${b.import.blank}` : ""}${b.import.ambiguous > 0 ? `，存疑 ${b.import.ambiguous}` : ""}`,
    reason: "",
    body: b,
  };
}

const NONE = { E: 0, W: 0, I: 0 };

/** the last path separator at or before `end` − 1 (slash or backslash) */
const lastSeparator = (s: string, end = s.length) =>
  Math.max(s.lastIndexOf("/", end - 1), s.lastIndexOf("\\", end - 1));

/** The folder every file is in (to its last separator), so that the outputs show short paths. */
export function commonFolder(files: readonly string[]): string {
  const [first, ...rest] = files;
  if (first === undefined) return "";
  let prefix = first.slice(0, lastSeparator(first) + 1);
  for (const f of rest)
    while (prefix !== "" && !f.startsWith(prefix))
      prefix = prefix.slice(0, lastSeparator(prefix, prefix.length - 1) + 1);
  return prefix;
}

export function reviewRows(result: ReviewResult): ReviewRow[] {
  const folder = commonFolder([...result.bodies, ...result.unreadable].map((b) => b.file));
  const shown = (file: string) => (folder !== "" && file.startsWith(folder) ? file.slice(folder.length) : file);
  return [
    ...result.bodies.map((b) => ({ ...bodyRow(b, result), shown: shown(b.file) })),
    ...result.unreadable.map((u): ReviewRow => ({
      kind: "unreadable",
      org: "",
      orgKind: "",
      file: u.file,
      shown: shown(u.file),
      status: "无法读取",
      counts: NONE,
      published: "",
      daysLate: 0,
      copied: "",
      crossYear: null,
      crossYearText: "",
      imported: "",
      reason: u.reason,
    })),
    ...result.missing.map((name): ReviewRow => ({
      kind: "missing",
      org: name,
      orgKind: "",
      file: "",
      shown: "",
      status: "缺报",
      counts: NONE,
      published: "",
      daysLate: 0,
      copied: "",
      crossYear: null,
      crossYearText: "",
      imported: "",
      reason: "名单上有这个机关，没有收到它的报告",
    })),
  ];
}
