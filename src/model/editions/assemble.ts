/**
 * Puts an edition together from its built tables, rules and facts, and checks the declaration
 * itself (unique cell and rule ids, every row exactly as wide as the grid, sections naming known
 * tables, rules, facts, counting help and the graphic naming known cells), so a mistake in an edition file fails at load time,
 * not in a clerk's report.
 */
import type { Built } from "../define.ts";
import { placeSpans } from "../grid-spans.ts";
import type { CellDef, EditionDef, RuleDef } from "../types.ts";

export type EditionDecl = Omit<EditionDef, "tables" | "cells"> & { readonly built: readonly Built[] };

/** The cells a rule names in its data (relations, cell lists, the cells of a check's settings). */
function cellsNamed(rule: RuleDef): readonly string[] {
  switch (rule.kind) {
    case "equal":
    case "at-most":
      return rule.instances.flatMap((i) => [...i.lhs, ...i.rhs].map((t) => t.cell));
    case "zero-for-org":
    case "unit-required":
      return rule.cells;
    case "document":
      if (rule.check === "outcomes-need-sources") return [...rule.options.outcomes, ...rule.options.sources];
      if (rule.check === "narrative-mentions") return rule.options.whenNonZero ?? [];
      return [];
    case "stated-total":
    case "cell-values":
      return [];
  }
}

export function assembleEdition(decl: EditionDecl): EditionDef {
  const { built, ...facts } = decl;
  const fail = (what: string): never => {
    throw new Error(`${decl.id}: ${what}`);
  };
  const cells: CellDef[] = built.flatMap((b) => b.cells);
  const ids = new Set<string>();
  for (const c of cells) {
    if (ids.has(c.id)) fail(`duplicate cell id ${c.id}`);
    ids.add(c.id);
  }
  for (const c of cells) for (const p of c.sumOf ?? []) if (!ids.has(p)) fail(`${c.id} sums unknown ${p}`);
  for (const { table } of built) {
    // every row of the expanded grid must be exactly gridCols wide, and no span may leave the table
    const placed = placeSpans(table.rows.map((r) => r.cells));
    const widths: number[] = table.rows.map(() => 0);
    for (const row of placed)
      for (const p of row) {
        if (p.rowspan !== p.cell.rowspan) fail(`${table.id}: a cell of row ${p.row} spans past the last row`);
        for (let dr = 0; dr < p.rowspan; dr++) widths[p.row + dr] = (widths[p.row + dr] ?? 0) + p.colspan;
      }
    widths.forEach((width, r) => {
      if (width !== table.gridCols) fail(`${table.id}: row ${r} is ${width} wide, not ${table.gridCols}`);
    });
    if (table.colWidths.length !== table.gridCols) fail(`${table.id}: colWidths`);
  }
  const ruleIds = new Set<string>();
  for (const rule of decl.rules) {
    // an explanation belongs to one finding of one rule: two rules with one id would share it
    if (ruleIds.has(rule.id)) fail(`duplicate rule id ${rule.id}`);
    ruleIds.add(rule.id);
    for (const id of cellsNamed(rule)) if (!ids.has(id)) fail(`rule ${rule.id} names unknown cell ${id}`);
  }
  const tableIds = new Set(built.map((b) => b.table.id));
  for (const s of decl.sections)
    if (s.table !== undefined && !tableIds.has(s.table)) fail(`section ${s.number} names unknown table ${s.table}`);
  for (const row of decl.documents.rows)
    for (const count of decl.documents.counts)
      if (!ids.has(`${row.cells}.${count.col}`)) fail(`documents name unknown cell ${row.cells}.${count.col}`);
  for (const panel of decl.chart.panels) {
    const figures =
      panel.kind === "parts"
        ? panel.parts
        : panel.kind === "bars"
          ? [...panel.bars, ...(panel.after ?? [])]
          : panel.groups;
    for (const f of figures) {
      if (f.cells.length === 0) fail(`chart ${panel.key}: ${f.key} names no cell`);
      for (const id of f.cells) if (!ids.has(id)) fail(`chart ${panel.key} names unknown cell ${id}`);
    }
    if (panel.kind === "groups")
      for (const g of panel.groups)
        if (g.cells.length !== panel.outcomes.length) fail(`chart ${panel.key}: ${g.key} needs one cell per outcome`);
  }
  if (decl.processingFee && !ids.has(decl.processingFee.unpaidCell))
    fail(`processingFee names unknown cell ${decl.processingFee.unpaidCell}`);
  for (const help of decl.countingHelp ?? [])
    for (const row of help.rows)
      if (!cells.some((c) => c.id.startsWith(`${row}.`)))
        fail(`counting help “${help.topic}” names unknown row ${row}`);
  return { ...facts, tables: built.map((b) => b.table), cells };
}
