/**
 * Everything derived from the open report, computed once per change and shared by every reader:
 * the edition, every cell's value (`computeReport`), the findings (`checkReport`), each cell's
 * mark, and findings per section. Memoised on the report value, never stored.
 */
import { computeReport, type Computed } from "../model/compute.ts";
import { cellIndex, getEdition } from "../model/editions/index.ts";
import { cellsOf } from "../model/findings.ts";
import { perObject } from "../model/memo.ts";
import type { EditionDef, Finding, Report, Severity } from "../model/types.ts";
import { blocks, checkReport, type CheckResult } from "../rules/run-rules.ts";

export { explainable } from "../rules/run-rules.ts";
import type { AppState, SectionKey } from "./app-store.ts";

export function editionOf(report: Report): EditionDef {
  const edition = getEdition(report.edition);
  if (!edition) throw new Error(`未知的表格版本：${report.edition}`);
  return edition;
}

const computedMemo = new WeakMap<Record<string, number>, Computed>();

export function computedOf(report: Report): Computed {
  let c = computedMemo.get(report.cells);
  if (!c) {
    c = computeReport(editionOf(report), report);
    computedMemo.set(report.cells, c);
  }
  return c;
}

/** The findings of a report value, checked once per value. */
export const checkOf: (report: Report) => CheckResult = perObject((report: Report) => checkReport(report));

const prevMemo = new WeakMap<object, Computed | null>();

/** Last year's computed figures, when last year's report is kept with this one (per `previous` object). */
export function previousOf(report: Report): Computed | null {
  const prev = report.previous;
  if (!prev) return null;
  let c = prevMemo.get(prev);
  if (c === undefined) {
    const edition = getEdition(prev.edition);
    c = edition ? computeReport(edition, prev) : null;
    prevMemo.set(prev, c);
  }
  return c;
}

/** Last year's value of a cell (the same id in last year's tables), or undefined when there is none. */
export const selectPrevValue = (id: string) => (s: AppState) => {
  const v = s.report ? previousOf(s.report)?.value[id] : undefined;
  return v === null ? undefined : v;
};

/** The value a cell shows (entered, stated or computed), or null when blank. */
export const selectCellValue = (id: string) => (s: AppState) =>
  s.report ? (computedOf(s.report).value[id] ?? null) : null;

export const selectTyped = (id: string) => (s: AppState) => s.report?.typed?.[id];

/** A blank cell's only finding is "未填写": it is shown softly, not as a mistake. */
export function isBlankFinding(edition: EditionDef, f: Finding): boolean {
  return f.actual === null && edition.rules.some((r) => r.id === f.rule && r.kind === "cell-values");
}

export type MarkLevel = Severity | "blank" | "explained";

/** What a cell shows about the findings that involve it. */
export interface CellMark {
  readonly level: MarkLevel;
  readonly messages: readonly string[];
  /** the finding blocks the final export */
  readonly invalid: boolean;
}

const RANK: Record<MarkLevel, number> = { E: 5, W: 4, I: 2, blank: 3, explained: 1 };

function levelOf(edition: EditionDef, f: Finding): MarkLevel {
  if (f.severity === "W" && f.explanation !== undefined) return "explained";
  if (f.severity === "E" && isBlankFinding(edition, f)) return "blank";
  return f.severity;
}

const markMemo = new WeakMap<CheckResult, ReadonlyMap<string, CellMark>>();
let lastMarks: ReadonlyMap<string, CellMark> = new Map();

/** Marks per cell id; a mark that did not change keeps its identity, so unchanged cells do not re-render. */
export function marksOf(report: Report): ReadonlyMap<string, CellMark> {
  const check = checkOf(report);
  let marks = markMemo.get(check);
  if (marks) return marks;
  const edition = editionOf(report);
  const building = new Map<string, { level: MarkLevel; messages: string[] }>();
  for (const f of check.findings) {
    const level = levelOf(edition, f);
    for (const id of cellsOf(f.target)) {
      const m = building.get(id) ?? { level, messages: [] };
      if (RANK[level] > RANK[m.level]) m.level = level;
      m.messages.push(f.explanation !== undefined ? `${f.message}（已说明：${f.explanation}）` : f.message);
      building.set(id, m);
    }
  }
  const out = new Map<string, CellMark>();
  for (const [id, m] of building) {
    const prev = lastMarks.get(id);
    const invalid = m.level !== "explained" && m.level !== "I";
    if (
      prev &&
      prev.level === m.level &&
      prev.invalid === invalid &&
      prev.messages.join("\n") === m.messages.join("\n")
    )
      out.set(id, prev);
    else out.set(id, { level: m.level, messages: m.messages, invalid });
  }
  marks = out;
  markMemo.set(check, marks);
  lastMarks = marks;
  return marks;
}

export const selectCellMark = (id: string) => (s: AppState) => (s.report ? marksOf(s.report).get(id) : undefined);

/** Which section of the editor a finding belongs to: its text's section, its first cell's table, or 基本信息. */
export function sectionOfFinding(edition: EditionDef, f: Pick<Finding, "target">): SectionKey {
  const t = f.target;
  switch (t.kind) {
    case "text":
      return t.section === "preamble" ? "basic" : t.section;
    case "cells":
    case "label":
      for (const id of t.cells) {
        const cell = cellIndex(edition).get(id);
        if (cell) return cell.table;
      }
      return "basic";
    case "field":
      return "basic";
  }
}

export interface SectionCount {
  readonly E: number;
  readonly W: number;
  readonly I: number;
}

const countMemo = new WeakMap<CheckResult, ReadonlyMap<SectionKey, SectionCount>>();

/** Unresolved findings per section (explained warnings are not counted). */
export function sectionCountsOf(report: Report): ReadonlyMap<SectionKey, SectionCount> {
  const check = checkOf(report);
  let counts = countMemo.get(check);
  if (counts) return counts;
  const edition = editionOf(report);
  const out = new Map<SectionKey, { E: number; W: number; I: number }>();
  for (const f of check.findings) {
    if (f.severity === "W" && f.explanation !== undefined) continue;
    const key = sectionOfFinding(edition, f);
    const c = out.get(key) ?? { E: 0, W: 0, I: 0 };
    c[f.severity] += 1;
    out.set(key, c);
  }
  counts = out;
  countMemo.set(check, counts);
  return counts;
}

export const blockingOf = (report: Report): Finding[] => checkOf(report).findings.filter(blocks);
