/**
 * Importing a page nianbao published, which carries the report file in its data island
 * (`page-island.ts`): the report comes back exactly as it was saved — organisation, year, text,
 * every cell — whatever a CMS did to the visible tables. The tables the page shows are still read
 * (`interpret.ts`) and compared cell by cell with the data: where a number was changed by hand after
 * publishing, the import keeps the number the page shows (what was published) and names each
 * such cell in the summary for review, never silently. A shown total the changed parts no longer
 * add up to is kept as stated, so the rules report it (decisions §3).
 */
import { computeReport } from "../model/compute.ts";
import { getEdition } from "../model/editions/index.ts";
import type { EditionDef, Report } from "../model/types.ts";
import { checkReport } from "../rules/run-rules.ts";
import type { CellAsRead, Difference, ImportOutcome } from "./import-types.ts";

const FROM_ISLAND = "网页中的报告数据";

/** The numbers the page's tables show with certainty (read or split by the identities), by cell. */
function shownNumbers(visible: ImportOutcome, edition: EditionDef): Map<string, number> {
  const shown = new Map<string, number>();
  if (!visible.ok || visible.report.edition !== edition.id) return shown;
  for (const c of edition.cells) {
    const reading = visible.summary.cells[c.id]?.reading;
    const n = visible.report.cells[c.id];
    if (n !== undefined && (reading === "read" || reading === "resolved")) shown.set(c.id, n);
  }
  return shown;
}

/** Why the shown tables were not compared, when they were not. */
function notCompared(visible: ImportOutcome, island: Report): string | null {
  if (!visible.ok) return `网页上的表格未能读取（${visible.reason}），报告完全按网页中的报告数据导入`;
  if (visible.report.edition !== island.edition || visible.report.year !== island.year)
    return `网页正文中的报告年度（${visible.report.year}）与网页中的报告数据（${island.year}）不同，表格未逐格核对，报告按数据导入`;
  return null;
}

export function importWithIsland(
  island: Report,
  visible: ImportOutcome,
  readerNotes: readonly string[],
): ImportOutcome {
  const edition = getEdition(island.edition);
  if (!edition) return { ok: false, reason: `未知的表格版本：${island.edition}` };
  const data = computeReport(edition, island).value;
  const shown = shownNumbers(visible, edition);
  const cells: Record<string, number> = { ...island.cells };
  const differences: Difference[] = [];
  for (const c of edition.cells) {
    const n = shown.get(c.id);
    if (n === undefined || n === data[c.id]) continue;
    differences.push({ cell: c.id, name: c.name, data: data[c.id] ?? null, shown: n });
    cells[c.id] = n;
  }
  if (differences.length > 0) {
    // a total as the page shows it, where the parts kept no longer add up to it: stated, and checked
    const after = computeReport(edition, { cells }).value;
    for (const c of edition.cells) {
      const n = shown.get(c.id);
      if (c.sumOf && n !== undefined && after[c.id] !== n) cells[c.id] = n;
    }
  }
  const report: Report = {
    ...island,
    cells: Object.fromEntries(edition.cells.filter((c) => c.id in cells).map((c) => [c.id, cells[c.id] as number])),
  };
  const value = computeReport(edition, report).value;
  const differs = new Map(differences.map((d) => [d.cell, d]));
  const asRead: Record<string, CellAsRead> = {};
  for (const c of edition.cells) {
    const v = value[c.id];
    const unit = report.units?.[c.id] ?? "";
    asRead[c.id] = differs.has(c.id)
      ? { text: `${v}${unit}`, reading: "differs" }
      : v === null || v === undefined
        ? { text: "", reading: "blank" }
        : { text: `${v}${unit}`, reading: "read" };
  }
  const notes = [
    ...readerNotes,
    "网页中带有本软件写入的报告数据：机关、年度、正文和各格数字按这份数据导入，并与网页上的表格逐格核对",
  ];
  const skipped = notCompared(visible, island);
  if (skipped) notes.push(skipped);
  if (differences.length > 0)
    notes.push(
      `网页上有 ${differences.length} 格数字与网页中的报告数据不同（可能是发布后改动过）：已采用网页上显示的数字，请逐格核对（见“与报告数据不一致的数字”）`,
    );
  return {
    ok: true,
    report,
    summary: {
      source: "html",
      recovered: Object.keys(report.cells).length,
      blank: edition.cells.filter((c) => value[c.id] === null).map((c) => c.id),
      ambiguous: [],
      resolved: [],
      cells: asRead,
      origins: { org: FROM_ISLAND, year: FROM_ISLAND, edition: `由报告年度 ${report.year} 确定` },
      deviations: [],
      differences,
      findings: checkReport(report).findings,
      notes,
    },
  };
}
