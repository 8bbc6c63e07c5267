/**
 * What a rule implementation sees: the report, its edition and derived values, last year's report
 * (when given) with its derived values, and labels an importer saw. Built once per check.
 */
import { computeReport, type Computed } from "../model/compute.ts";
import { cellIndex, getEdition } from "../model/editions/index.ts";
import type { CellDef, EditionDef, FindingDraft, Narrative, PreviousYear, Report } from "../model/types.ts";

/** A label an importer read where the edition has another text (rule RD-03). */
export interface SeenLabel {
  /** where: a cell id, or a table id with the row/column the label heads */
  readonly where: string;
  readonly cells: readonly string[];
  readonly expected: string;
  readonly seen: string;
}

export interface CheckOptions {
  /** last year's report; overrides `report.previous` */
  readonly prev?: Report | PreviousYear;
  /** labels an importer read that differ from the edition's text */
  readonly seenLabels?: readonly SeenLabel[];
}

export interface PrevContext {
  readonly year: number;
  readonly edition: EditionDef;
  readonly computed: Computed;
  readonly narrative: Partial<Narrative>;
}

export interface RuleContext {
  readonly report: Report;
  readonly edition: EditionDef;
  readonly index: ReadonlyMap<string, CellDef>;
  readonly computed: Computed;
  readonly prev: PrevContext | undefined;
  /** why the cross-year rules cannot run when `prev` is undefined */
  readonly noPrev: string;
  readonly seenLabels: readonly SeenLabel[];
  /** rules that could not run, with the reason (e.g. no last-year report) */
  readonly skipped: Map<string, string>;
}

/**
 * Last year's report rarely changes while this year's is checked again and again (every keystroke
 * in the app, every report of a batch against the same last year): its totals are kept per cells
 * object, and used again only while every entry is still the same.
 */
const prevComputed = new WeakMap<object, { edition: EditionDef; cells: Record<string, number>; computed: Computed }>();

function computePrev(edition: EditionDef, prev: Pick<Report, "cells">): Computed {
  const hit = prevComputed.get(prev.cells);
  if (hit && hit.edition === edition && sameEntries(hit.cells, prev.cells)) return hit.computed;
  const computed = computeReport(edition, prev);
  prevComputed.set(prev.cells, { edition, cells: { ...prev.cells }, computed });
  return computed;
}

function sameEntries(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  let n = 0;
  for (const k in b) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  return n === Object.keys(a).length;
}

export function makeContext(report: Report, edition: EditionDef, options: CheckOptions = {}): RuleContext {
  const prevSource = options.prev ?? report.previous;
  let prev: PrevContext | undefined;
  let noPrev = "未提供上年报告，跨年度核对未进行";
  if (prevSource) {
    const prevEdition = getEdition(prevSource.edition);
    // a report of another year is not last year's: comparing with it would raise false alarms
    if (prevSource.year !== report.year - 1)
      noPrev = `所给的上年报告是 ${prevSource.year} 年度的，不是 ${report.year - 1} 年度的，跨年度核对未进行`;
    else if (!prevEdition) noPrev = `上年报告的表格版本 ${prevSource.edition} 无法识别，跨年度核对未进行`;
    else
      prev = {
        year: prevSource.year,
        edition: prevEdition,
        computed: computePrev(prevEdition, prevSource),
        narrative: prevSource.narrative ?? {},
      };
  }
  return {
    report,
    edition,
    index: cellIndex(edition),
    computed: computeReport(edition, report),
    prev,
    noPrev,
    seenLabels: options.seenLabels ?? [],
    skipped: new Map(),
  };
}

/** One implementation of a rule kind or check: appends what it finds to `out`. */
export type RuleImpl<R> = (rule: R, ctx: RuleContext, out: FindingDraft[]) => void;
