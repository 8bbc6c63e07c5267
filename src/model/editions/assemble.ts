/**
 * Puts an edition together from its built tables and rules, and checks the declaration itself
 * (unique cell ids, every span inside the grid, every rule naming known cells), so a mistake in
 * an edition file fails at load time, not in a clerk's report.
 */
import type { Built } from "../define.ts";
import type { CellDef, EditionDef, RuleDef } from "../types.ts";
import { SECTIONS } from "./shared-parts.ts";

export function assembleEdition(decl: {
  id: string;
  years: readonly [number, number | null];
  basis: string;
  built: readonly Built[];
  rules: readonly RuleDef[];
}): EditionDef {
  const cells: CellDef[] = decl.built.flatMap((b) => b.cells);
  const ids = new Set<string>();
  for (const c of cells) {
    if (ids.has(c.id)) throw new Error(`${decl.id}: duplicate cell id ${c.id}`);
    ids.add(c.id);
  }
  for (const c of cells)
    for (const p of c.sumOf ?? []) if (!ids.has(p)) throw new Error(`${decl.id}: ${c.id} sums unknown ${p}`);
  for (const { table } of decl.built) {
    // every row of the expanded grid must be exactly gridCols wide
    const occupied: number[][] = [];
    table.rows.forEach((row, r) => {
      let c = 0;
      for (const cell of row.cells) {
        while (occupied[r]?.[c]) c++;
        for (let dr = 0; dr < cell.rowspan; dr++)
          for (let dc = 0; dc < cell.colspan; dc++) (occupied[r + dr] ??= [])[c + dc] = 1;
        c += cell.colspan;
      }
      const width = (occupied[r] ?? []).filter(Boolean).length;
      if (width !== table.gridCols)
        throw new Error(`${decl.id}/${table.id}: row ${r} is ${width} wide, not ${table.gridCols}`);
    });
    if (table.colWidths.length !== table.gridCols) throw new Error(`${decl.id}/${table.id}: colWidths`);
  }
  for (const rule of decl.rules) {
    const named =
      rule.kind === "equal" || rule.kind === "at-most"
        ? rule.instances.flatMap((i) => [...i.lhs, ...i.rhs].map((t) => t.cell))
        : rule.kind === "zero-for-org" || rule.kind === "unit-required"
          ? rule.cells
          : [];
    for (const id of named) if (!ids.has(id)) throw new Error(`${decl.id}: rule ${rule.id} names unknown cell ${id}`);
  }
  return {
    id: decl.id,
    years: decl.years,
    basis: decl.basis,
    sections: SECTIONS,
    tables: decl.built.map((b) => b.table),
    cells,
    rules: decl.rules,
  };
}
