/**
 * Version 1 of the report file, and its upgrade to version 2. Version 1 stored an explanation
 * with its rule and cells (`narrative.overview` and `publication.date` standing for a section and
 * a field), and matched it to every warning of that rule with those cells: one RD-07 explanation of
 * 一 explained RD-07's three different checks there, one RD-10 explanation every typo in the
 * section, even typos added later. Version 2 names the one finding (`TargetKey`), and RD-07 and
 * gb2019's R2'-02 have one id per check.
 *
 * The upgrade keeps what the clerk saw: a v1 explanation is copied to each warning it explained
 * when the file is read (so a report ready to publish stays ready), and from then on each copy
 * belongs to its own finding. One that explained nothing then is kept as exactly as v1 allows: on
 * its cells or field, or on its section as a whole (for each check of a renamed rule).
 */
import { cellIndex, getEdition } from "../model/editions/index.ts";
import { targetKey } from "../model/findings.ts";
import type { Explanation, Finding, Report, ReportField, TargetKey } from "../model/types.ts";
import { NARRATIVE_KEYS } from "../model/types.ts";
import { checkReport, explainable } from "../rules/run-rules.ts";
import { COMMON_FIELDS, isObject, listOf, REPORT_FIELD_PATHS, type Fields, type ReadContext } from "./report-fields.ts";

/** An explanation as version 1 stored it. */
export interface ExplanationV1 {
  readonly rule: string;
  readonly cells: readonly string[];
  readonly text: string;
}

export type ReportV1 = Omit<Report, "version" | "explanations"> & { version: 1; explanations: ExplanationV1[] };

const readExplanationV1 = (e: unknown, at: string, ctx: ReadContext): ExplanationV1 | undefined => {
  if (
    !isObject(e) ||
    typeof e.rule !== "string" ||
    typeof e.text !== "string" ||
    !Array.isArray(e.cells) ||
    !e.cells.every((c) => typeof c === "string")
  ) {
    ctx.err(at, "说明应包含 rule（规则编号）、cells（单元格编号数组）和 text（说明文字）");
    return undefined;
  }
  for (const key of Object.keys(e))
    if (!["rule", "cells", "text"].includes(key)) ctx.err(`${at}.${key}`, `未知字段“${at}.${key}”`);
  const cells = e.cells as string[];
  // the upgrade must be able to say what each explanation is about
  const index = ctx.edition ? cellIndex(ctx.edition) : undefined;
  const unknown = cells.filter(
    (c) =>
      !index?.has(c) &&
      !REPORT_FIELD_PATHS.includes(c as ReportField) &&
      !NARRATIVE_KEYS.some((k) => c === `narrative.${k}`),
  );
  if (index && unknown.length > 0) {
    ctx.err(`${at}.cells`, `未知的单元格编号“${unknown.join("”“")}”`);
    return undefined;
  }
  return { rule: e.rule, cells, text: e.text };
};

export const V1_FIELDS: Fields<ReportV1> = {
  ...COMMON_FIELDS,
  version: { label: "文件版本", read: () => 1 as const },
  explanations: { label: "警告的说明", read: listOf("explanations", readExplanationV1) },
};

/** Rules that version 2 split into one id per check (version 1 id → version 2 ids). */
export const SPLIT_IN_V2: Readonly<Record<string, readonly string[]>> = {
  "RD-07": ["RD-07a", "RD-07b", "RD-07c"],
  "R2'-02": ["R2'-02a", "R2'-02b"],
};

const V1_ID = new Map(Object.entries(SPLIT_IN_V2).flatMap(([old, ids]) => ids.map((id) => [id, old] as const)));

/** The rule id and cells version 1 gave a finding. */
function v1Key(f: Finding): string {
  const t = f.target;
  const cells =
    t.kind === "text"
      ? [`narrative.${t.section}`, ...t.cells]
      : t.kind === "field"
        ? t.field === "year"
          ? [] // RD-02 named no cell
          : [t.field]
        : [...t.cells];
  return JSON.stringify([V1_ID.get(f.rule) ?? f.rule, [...cells].sort()]);
}

const v1KeyOf = (e: ExplanationV1): string => JSON.stringify([e.rule, [...e.cells].sort()]);

/** An explanation that explained no finding when the file was upgraded, kept as exactly as v1 said it. */
function unmatched(e: ExplanationV1, report: ReportV1): Explanation[] {
  const edition = getEdition(report.edition);
  const index: ReadonlyMap<string, unknown> = edition ? cellIndex(edition) : new Map();
  const rules = SPLIT_IN_V2[e.rule] ?? [e.rule];
  const section = NARRATIVE_KEYS.find((k) => e.cells.includes(`narrative.${k}`));
  const field = REPORT_FIELD_PATHS.find((f) => e.cells.length === 1 && e.cells[0] === f);
  const target: TargetKey | null = section
    ? { kind: "text", section, quote: "", occurrence: 1 }
    : field
      ? { kind: "field", field }
      : e.cells.length === 0
        ? { kind: "field", field: "year" }
        : e.cells.every((c) => index.has(c))
          ? { kind: "cells", cells: [...e.cells].sort() }
          : null;
  return target ? rules.map((rule) => ({ rule, target, text: e.text })) : [];
}

/** Version 1 → 2: each explanation goes to the warnings it explained (see the module comment). */
export function migrateV1(v1: ReportV1): Report {
  const { explanations: old, version: _v1, ...rest } = v1;
  const report: Report = { ...rest, version: 2, explanations: [] };
  if (old.length === 0) return report;
  const byKey = new Map(old.filter((e) => e.text.trim() !== "").map((e) => [v1KeyOf(e), e]));
  const used = new Set<ExplanationV1>();
  const explanations: Explanation[] = [];
  for (const f of checkReport(report).findings) {
    if (!explainable(f)) continue;
    const e = byKey.get(v1Key(f));
    if (!e) continue;
    used.add(e);
    explanations.push({ rule: f.rule, target: targetKey(f.target), text: e.text });
  }
  for (const e of old) if (!used.has(e)) explanations.push(...unmatched(e, v1));
  return { ...report, explanations };
}
