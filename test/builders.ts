/**
 * Test builders: reports filled by construction. `fullReport` puts a non-zero value in every input
 * cell of an edition and makes every rule hold (including the cross-year rules against `prevOf`).
 */
import { computeReport } from "../src/model/compute.ts";
import { getEdition } from "../src/model/editions/index.ts";
import { newReport } from "../src/model/report.ts";
import type { EditionDef, Report } from "../src/model/types.ts";

export function editionOf(id: string): EditionDef {
  const e = getEdition(id);
  if (!e) throw new Error(id);
  return e;
}

/** A year of the edition with the year before it in the same edition (its last, or the second of an open range). */
export const yearOf = (edition: EditionDef): number => edition.years[1] ?? edition.years[0] + 1;

/**
 * A consistent report: every input cell non-zero. Table 三 carried/new/outcome/forward values are
 * chosen so that each column balances; table 二 values satisfy the within-year and cross-year rules.
 */
export function fullReport(editionId: string, seed = 1): Report {
  const edition = editionOf(editionId);
  const year = yearOf(edition);
  const report = newReport(year, { name: "兴国镇人民政府", shortName: "兴国镇", kind: "township", parent: "秦安县" });
  report.org.kind = "department"; // departments may make 规章, so every 规章 cell can be non-zero
  report.publication = { site: "中国秦安", url: "http://www.qinan.gov.cn", date: `${year + 1}-01-20` };
  report.contact = {
    office: "兴国镇办公室",
    phone: "0938-6521510",
    fax: "0938-6521510",
    email: "xg@example.cn",
    address: "兴国镇人民路1号",
    postcode: "741600",
  };
  report.narrative = {
    preamble: "根据《中华人民共和国政府信息公开条例》要求，编制本报告。",
    overview: "本年度，我镇认真落实政府信息公开工作，将其纳入年度工作考核，社会评议总体满意，未发生责任追究情况。",
    problems: "一是公开内容还不够丰富。二是队伍建设有待加强。",
    other: "本年度未收取信息处理费。",
  };
  const cells: Record<string, number> = {};
  let n = seed;
  const next = () => (n = (n % 7) + 1); // 1..7, never 0
  for (const cell of edition.cells) {
    if (cell.sumOf) continue;
    cells[cell.id] = cell.kind === "money" ? next() + 0.25 : next();
  }
  // table 三: per column, carryForward = newReceived + carriedOver − Σ outcomes (made positive)
  const computed = computeReport(edition, { cells });
  for (const cell of edition.cells) {
    if (!cell.id.startsWith("apply.carryForward.") || cell.sumOf) continue;
    const col = cell.id.slice("apply.carryForward.".length);
    const outcomes = computed.value[`apply.result.total.${col}`] ?? 0;
    const sources = (cells[`apply.newReceived.${col}`] ?? 0) + (cells[`apply.carriedOver.${col}`] ?? 0);
    if (sources <= outcomes)
      cells[`apply.newReceived.${col}`] = (cells[`apply.newReceived.${col}`] ?? 0) + outcomes - sources + 1 + (n % 3);
    cells[cell.id] = (cells[`apply.newReceived.${col}`] ?? 0) + (cells[`apply.carriedOver.${col}`] ?? 0) - outcomes;
  }
  // table 二 within-year relations
  for (const k of ["regulations", "normativeDocs"]) {
    if (`active.${k}.publicTotal` in cells)
      cells[`active.${k}.publicTotal`] = (cells[`active.${k}.published`] ?? 0) + 10;
  }
  report.cells = cells;
  if (edition.cells.some((c) => c.unitChoice))
    report.units = Object.fromEntries(
      edition.cells.filter((c) => c.unitChoice).map((c) => [c.id, c.unitChoice?.[0] ?? ""]),
    );
  return report;
}

/** Last year's report consistent with `report` for every cross-year rule. */
export function prevOf(report: Report): Report {
  const edition = editionOf(report.edition);
  const prev = fullReport(report.edition, 3);
  prev.year = report.year - 1;
  prev.publication = { ...prev.publication, date: `${report.year}-01-20` };
  const cells = { ...prev.cells };
  const cur = report.cells;
  // R3-05: last year's carryForward (per column) = this year's carriedOver; keep prev balanced
  const prevComputed = computeReport(edition, { cells });
  for (const cell of edition.cells) {
    if (!cell.id.startsWith("apply.carryForward.") || cell.sumOf) continue;
    const col = cell.id.slice("apply.carryForward.".length);
    const want = cur[`apply.carriedOver.${col}`] ?? 0;
    const outcomes = prevComputed.value[`apply.result.total.${col}`] ?? 0;
    cells[cell.id] = want;
    cells[`apply.newReceived.${col}`] = outcomes + want - (cells[`apply.carriedOver.${col}`] ?? 0);
    if ((cells[`apply.newReceived.${col}`] ?? 0) < 0) {
      cells[`apply.carriedOver.${col}`] = outcomes + want;
      cells[`apply.newReceived.${col}`] = 0;
    }
  }
  for (const k of ["regulations", "normativeDocs"]) {
    // R2-01 / R2-02: prev.valid = valid − issued + repealed
    if (`active.${k}.valid` in cur)
      cells[`active.${k}.valid`] =
        (cur[`active.${k}.valid`] ?? 0) - (cur[`active.${k}.issued`] ?? 0) + (cur[`active.${k}.repealed`] ?? 0);
    // R2'-04: prev.publicTotal = publicTotal − published
    if (`active.${k}.publicTotal` in cur)
      cells[`active.${k}.publicTotal`] = (cur[`active.${k}.publicTotal`] ?? 0) - (cur[`active.${k}.published`] ?? 0);
  }
  // R2'-01: prev.prevItems + prev.delta = prevItems
  for (const k of ["licensing", "otherServices", "penalty", "compulsion", "fees"]) {
    if (!(`active.${k}.prevItems` in cur)) continue;
    cells[`active.${k}.delta`] = 1;
    cells[`active.${k}.prevItems`] = (cur[`active.${k}.prevItems`] ?? 0) - 1;
  }
  prev.cells = cells;
  return prev;
}
