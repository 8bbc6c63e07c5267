/**
 * The edition's tables as an import read them, for the summary shown before a report is used (the
 * CLI prints it, the app draws it): each table's captions, header and body rows in the official
 * order, each body row with its label and its cells as read — a number, blank, ambiguous (with what
 * was seen), found by the tables' arithmetic, or shown by a page otherwise than its data island holds. Read from the declaration, like everything else.
 */
import { cellIndex } from "../model/editions/index.ts";
import type { EditionDef } from "../model/types.ts";
import { catalogueOf } from "./catalogue.ts";
import type { CellAsRead } from "./import-types.ts";

export interface RowAsRead {
  /** a caption starts a block; a head row names the columns (in `columns`); a body row has cells */
  readonly kind: "caption" | "head" | "row";
  /** the row's own label (the caption's text); group labels before it, outermost first */
  readonly label: string;
  readonly groups: readonly string[];
  /** one entry per value slot; null for an empty bordered cell */
  readonly cells: readonly (CellAsRead | null)[];
  /** a head row: the column of each slot (empty for an empty bordered cell) */
  readonly columns?: readonly string[];
}

export interface TableAsRead {
  readonly id: string;
  readonly section: string;
  readonly rows: readonly RowAsRead[];
}

const BLANK: CellAsRead = { text: "", reading: "blank" };

export function tablesAsRead(edition: EditionDef, cells: Readonly<Record<string, CellAsRead>>): TableAsRead[] {
  const cat = catalogueOf(edition);
  const index = cellIndex(edition);
  return edition.tables.map((t) => {
    const rows: RowAsRead[] = [];
    let block = -1;
    for (const spec of cat.rows.filter((r) => r.table === t.id)) {
      if (spec.block !== block) {
        block = spec.block;
        const caption = cat.heads.find((h) => h.table === t.id && h.block === block && h.role === "caption");
        if (caption) rows.push({ kind: "caption", label: caption.label, groups: [], cells: [] });
        // the columns of the block, named by its first row's cells (a row without labels names its groups too)
        let group = "";
        const columns = spec.slots.map((id) => {
          const def = id === null ? undefined : index.get(id);
          if (!def) return "";
          const named = spec.label === "" && def.rowLabel !== group ? `${def.rowLabel}：${def.colLabel}` : def.colLabel;
          group = def.rowLabel;
          return named;
        });
        rows.push({ kind: "head", label: "", groups: [], cells: [], columns });
      }
      rows.push({
        kind: "row",
        label: spec.label,
        groups: spec.groups,
        cells: spec.slots.map((id) => (id === null ? null : (cells[id] ?? BLANK))),
      });
    }
    return { id: t.id, section: t.section, rows };
  });
}

/** How each reading is marked in a plain-text table (the CLI's legend says so). */
export const READING_MARK: Readonly<Record<CellAsRead["reading"], string>> = {
  read: "",
  blank: "·",
  ambiguous: "?",
  resolved: "*",
  differs: "!",
};
