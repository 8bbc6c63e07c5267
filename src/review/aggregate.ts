/**
 * The area's tables (format.md §1.1: a county government's report aggregates the bodies of its
 * area): for the year under review, every input cell summed over the bodies — counts, 2019's signed
 * 本年增/减, money exactly and in one unit where 元 and 万元 mix (`exact-sum.ts`) — as a `nianbao.report`
 * of kind `county-government` that `check` and `render` read. Totals are not summed: the report
 * stores inputs and derives them. A body goes in unless its tables cannot be trusted: another
 * edition than the year's, an error about its cells (a blank, a broken 勾稽关系), or a second file of
 * the same body and year (which one counts cannot be told). It says which went in and which not.
 */
import { editionForYear } from "../model/editions/index.ts";
import { newReport } from "../model/report.ts";
import type { CellDef, Finding } from "../model/types.ts";
import { areaPlace, BodyYearIndex, bodyName } from "./body-match.ts";
import { LABEL_UNIT, MoneySum } from "./exact-sum.ts";
import type { Aggregate, BodyResult, LeftOut, Unreadable } from "./review-types.ts";

/** An error about the tables: a cell or a label of them, not the text or a field. */
const tableError = (f: Finding): boolean =>
  f.severity === "E" && (f.target.kind === "cells" || f.target.kind === "label");

function whyLeftOut(body: BodyResult, editionId: string, index: BodyYearIndex<BodyResult>): string | null {
  if (body.edition !== editionId) return `表格版本 ${body.edition} 不是 ${body.year} 年度的 ${editionId}，表格不能相加`;
  const errors = body.findings.filter(tableError);
  if (errors.length > 0) {
    const rules = [...new Set(errors.map((f) => f.rule))].join("、");
    return `表格中有 ${errors.length} 处错误（${rules}），改正后才能计入`;
  }
  const twins = index.sameBodyYear({ file: body.file, report: body });
  if (twins.length > 0) return `同一机关同一年度还有 ${twins.map((t) => t.file).join("、")}，无法确定计入哪一份`;
  return null;
}

/** The unit the area's sum of a money cell is written in: the bodies' own when they agree, else the first exact one. */
function unitOf(cell: CellDef, sum: MoneySum): string | null {
  const choices = cell.unitChoice ?? [LABEL_UNIT];
  const used = [...sum.units];
  if (used.length === 1 && used[0] !== undefined && sum.in(used[0]) !== null) return used[0];
  return choices.find((u) => sum.in(u) !== null) ?? null;
}

export function aggregate(
  bodies: readonly BodyResult[],
  unreadable: readonly Unreadable[],
  year: number,
  area: string,
): Aggregate | null {
  const edition = editionForYear(year);
  if (!edition) return null;
  const ofYear = bodies.filter((b) => b.year === year);
  const index = new BodyYearIndex(
    ofYear.map((b) => ({ file: b.file, report: b })),
    area,
  );
  const included: BodyResult[] = [];
  const excluded: LeftOut[] = unreadable.map((u) => ({ org: "", file: u.file, reason: `无法读取：${u.reason}` }));
  for (const body of bodies)
    if (body.year !== year)
      excluded.push({
        org: bodyName(body.org),
        file: body.file,
        reason: `是 ${body.year} 年度的报告，不是 ${year} 年度的`,
      });
  for (const body of ofYear) {
    const reason = whyLeftOut(body, edition.id, index);
    if (reason === null) included.push(body);
    else excluded.push({ org: bodyName(body.org), file: body.file, reason });
  }

  // one pass over the bodies: counts as safe integers (their sum stays far below 2^53), money exactly
  const inputs = edition.cells.filter((c) => !c.sumOf);
  const counts = new Map<string, number>();
  const money = new Map<string, MoneySum>();
  for (const cell of inputs) if (cell.kind === "money") money.set(cell.id, new MoneySum());
  for (const body of included)
    for (const cell of inputs) {
      const v = body.cells[cell.id];
      if (v === undefined) continue;
      const sum = money.get(cell.id);
      if (sum) sum.add(v, body.units[cell.id] ?? LABEL_UNIT);
      else counts.set(cell.id, (counts.get(cell.id) ?? 0) + v);
    }

  const cells: Record<string, number> = {};
  const units: Record<string, string> = {};
  const notes: string[] = [];
  for (const cell of inputs) {
    const count = counts.get(cell.id);
    if (count !== undefined) cells[cell.id] = count;
    const sum = money.get(cell.id);
    if (!sum || sum.units.size === 0) continue;
    const unit = unitOf(cell, sum);
    const value = unit === null ? null : sum.in(unit);
    if (unit === null || value === null) {
      notes.push(`${cell.name}：各机关的金额换算为同一单位后超出 6 位小数，没有相加`);
      continue;
    }
    cells[cell.id] = value;
    if (cell.unitChoice) units[cell.id] = unit;
    if (sum.units.size > 1)
      notes.push(`${cell.name}：各机关分别以${[...sum.units].join("和")}填写，已换算为${unit}相加`);
  }

  const place = areaPlace(area);
  const report = newReport(year, {
    name: place === "" ? "" : `${place}人民政府`,
    shortName: place,
    kind: "county-government",
    parent: "",
  });
  report.cells = cells;
  if (Object.keys(units).length > 0) report.units = units;
  return {
    year,
    edition: edition.id,
    area,
    included: included.map((b) => ({ org: bodyName(b.org), file: b.file })),
    excluded,
    cells,
    units,
    report,
    notes,
  };
}
