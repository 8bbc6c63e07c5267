/**
 * Starting this year's report from last year's: organisation, publication site and contact are
 * kept; every cell that a cross-year rule of this year's edition defines purely from last year's
 * figures (e.g. R3-05 二、上年结转 = last year's 四、结转下年度继续办理, per column) is filled with
 * that value; last year's figures and text are kept in `previous` for the cross-year rules; last
 * year's narrative is copied and flagged for review. Which cells carry over is read from the
 * edition's rules, never listed here.
 */
import { checkNumber } from "../model/cell-input.ts";
import { addExact, computeReport } from "../model/compute.ts";
import { cellIndex, editionForYear, getEdition } from "../model/editions/index.ts";
import { lastYearOf, newReport } from "../model/report.ts";
import type { EditionDef, NarrativeKey, Report } from "../model/types.ts";

/** Cells of `edition` whose value follows from last year's report alone, with that value. */
export function carriedCells(edition: EditionDef, prev: Pick<Report, "edition" | "cells">): Record<string, number> {
  const prevEdition = getEdition(prev.edition);
  if (!prevEdition) return {};
  const prevValues = computeReport(prevEdition, prev).value;
  const index = cellIndex(edition);
  const out: Record<string, number> = {};
  for (const rule of edition.rules) {
    if (rule.kind !== "equal") continue;
    for (const inst of rule.instances) {
      const [target] = inst.lhs;
      if (inst.lhs.length !== 1 || !target || target.prev || target.minus) continue;
      if (inst.rhs.length === 0 || !inst.rhs.every((t) => t.prev)) continue;
      const cell = index.get(target.cell);
      if (!cell || cell.sumOf) continue;
      let total: number | null = 0;
      for (const t of inst.rhs) {
        const v = prevValues[t.cell];
        if (v === null || v === undefined) {
          total = null;
          break;
        }
        total = addExact(total, t.minus ? -v : v);
      }
      if (total !== null && checkNumber(cell.kind, total) === null) out[cell.id] = total;
    }
  }
  return out;
}

const KEYS: readonly NarrativeKey[] = ["preamble", "overview", "problems", "other"];

export function startFromLastYear(prev: Report): Report {
  const year = prev.year + 1;
  const edition = editionForYear(year);
  if (!edition) throw new Error(`报告年度 ${year} 不在支持范围内`);
  const report = newReport(year, prev.org);
  const narrative = { ...report.narrative };
  const review: NarrativeKey[] = [];
  for (const key of KEYS) {
    narrative[key] = prev.narrative[key];
    if (prev.narrative[key].trim() !== "") review.push(key);
  }
  return {
    ...report,
    publication: {
      site: prev.publication.site,
      url: prev.publication.url,
      date: "",
      ...(prev.publication.deadline !== undefined ? { deadline: prev.publication.deadline } : {}),
    },
    contact: { ...prev.contact },
    cells: carriedCells(edition, prev),
    narrative,
    previous: lastYearOf(prev),
    ...(review.length > 0 ? { review } : {}),
  };
}

/**
 * Keeps last year's report beside an open report, for the cross-year rules, and fills the cells
 * that carry over from it where they are still blank (nothing entered is overwritten).
 */
export function withPrevious(report: Report, prev: Report): { report: Report; filled: number } {
  const edition = getEdition(report.edition);
  const carried = edition ? carriedCells(edition, prev) : {};
  const cells = { ...report.cells };
  let filled = 0;
  for (const [id, v] of Object.entries(carried))
    if (cells[id] === undefined && report.typed?.[id] === undefined) {
      cells[id] = v;
      filled += 1;
    }
  return {
    report: {
      ...report,
      cells,
      previous: lastYearOf(prev),
    },
    filled,
  };
}

/** How many cells `startFromLastYear(prev)` fills. */
export function carriedCellCount(prev: Report): number {
  const edition = editionForYear(prev.year + 1);
  return edition ? Object.keys(carriedCells(edition, prev)).length : 0;
}
