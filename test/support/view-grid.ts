/**
 * The expected grid of a rendered table, from the edition's declaration and the report's derived
 * values (independently of the view-model): text at every grid position with the merges expanded,
 * and the cell id a value position must show.
 */
import { computeReport } from "../../src/model/compute.ts";
import { cellIndex, getEdition } from "../../src/model/editions/index.ts";
import type { Report, TableDef } from "../../src/model/types.ts";

export interface ExpectedGrid {
  readonly table: TableDef;
  /** text at each position */
  readonly text: string[][];
  /** the top-left `r,c` of the cell covering each position */
  readonly owner: string[][];
  /** value positions: the id and the printed number */
  readonly values: { r: number; c: number; id: string; text: string }[];
  /** label cells: where each label starts and its spans */
  readonly labels: { r: number; c: number; text: string; rowspan: number; colspan: number }[];
}

const printed = (v: number | null | undefined, unit: string | undefined) => {
  if (v === null || v === undefined) return "";
  const s = Number.isInteger(v) ? String(v) : v.toFixed(6).replace(/0+$/, "").replace(/\.$/, ""); // money: up to 6 decimals
  return unit ? `${s}${unit}` : s;
};

export function expectedGrids(report: Report): ExpectedGrid[] {
  const edition = getEdition(report.edition);
  if (!edition) throw new Error(report.edition);
  const value = computeReport(edition, report).value;
  const index = cellIndex(edition);
  return edition.tables.map((table) => {
    const text: string[][] = [];
    const owner: string[][] = [];
    const values: ExpectedGrid["values"] = [];
    const labels: ExpectedGrid["labels"] = [];
    table.rows.forEach((row, r) => {
      let c = 0;
      for (const cell of row.cells) {
        while (owner[r]?.[c] !== undefined) c++;
        const t =
          cell.type === "label"
            ? cell.text
            : cell.type === "value"
              ? printed(value[cell.id], index.get(cell.id)?.unitChoice ? report.units?.[cell.id] : undefined)
              : "";
        if (cell.type === "value") values.push({ r, c, id: cell.id, text: t });
        if (cell.type === "label") labels.push({ r, c, text: cell.text, rowspan: cell.rowspan, colspan: cell.colspan });
        for (let dr = 0; dr < cell.rowspan; dr++)
          for (let dc = 0; dc < cell.colspan; dc++) {
            (text[r + dr] ??= [])[c + dc] = t;
            (owner[r + dr] ??= [])[c + dc] = `${r},${c}`;
          }
        c += cell.colspan;
      }
    });
    return { table, text, owner, values, labels };
  });
}
