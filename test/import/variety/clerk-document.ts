/**
 * A report as a clerk's document holds it, made from nianbao's own view of the report (the one its
 * Word and web outputs are drawn from): title, preface, the six sections each with paragraphs and
 * tables, every table a list of rows of cells with their spans. The variety generator changes this
 * document the ways real documents differ from ours (tables split, labels spaced and broken,
 * numbers with units or placeholders, a column added, a header row left out …, see
 * `clerk-changes.ts`) before a writer makes a Word file, a web page or text of it. The cells the
 * importer must find stay those of the report.
 */
import { cellIndex, getEdition } from "../../../src/model/editions/index.ts";
import type { CellKind, Report } from "../../../src/model/types.ts";
import { buildViewModel, type CellView, type ParagraphView, type TableView } from "../../../src/render/view-model.ts";

export interface ClerkCell {
  readonly kind: "label" | "value" | "empty";
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
  /** the first grid column the cell covers */
  readonly col: number;
  /** a header cell (a label of the head rows or a row label) */
  readonly header: boolean;
  /** the report's cell id of a value cell */
  readonly id: string | null;
  /** what a value cell holds */
  readonly valueKind?: CellKind;
}

export interface ClerkRow {
  readonly kind: "head" | "subhead" | "body";
  readonly cells: readonly ClerkCell[];
}

export interface ClerkTable {
  readonly kind: "table";
  /** the official table it shows (or part of) */
  readonly id: string;
  readonly gridCols: number;
  /** relative widths of the grid columns */
  readonly widths: readonly number[];
  readonly rows: readonly ClerkRow[];
}

export type ClerkItem = ClerkTable | { readonly kind: "para"; readonly text: string };

export interface ClerkSection {
  readonly heading: string;
  readonly items: readonly ClerkItem[];
}

export interface ClerkDocument {
  readonly title: string;
  readonly preamble: readonly string[];
  readonly sections: readonly ClerkSection[];
  readonly closing: readonly string[];
}

const paragraph = (p: ParagraphView) => [...p.head, ...p.body].map((r) => r.text).join("");

const cell = (c: CellView, kinds: ReadonlyMap<string, { kind: CellKind }>): ClerkCell => {
  const valueKind = c.id === null ? undefined : kinds.get(c.id)?.kind;
  return {
    ...(valueKind ? { valueKind } : {}),
    kind: c.kind,
    text: c.text,
    rowspan: c.rowspan,
    colspan: c.colspan,
    col: c.col,
    header: c.header,
    id: c.id,
  };
};

function table(view: TableView, kinds: ReadonlyMap<string, { kind: CellKind }>): ClerkTable {
  return {
    kind: "table",
    id: view.id,
    gridCols: view.gridCols,
    widths: view.colWidths,
    rows: [...view.head, ...view.body].map((r) => ({ kind: r.kind, cells: r.cells.map((c) => cell(c, kinds)) })),
  };
}

/** The report as nianbao's final outputs show it. */
export function clerkDocument(report: Report): ClerkDocument {
  const view = buildViewModel(report, { draft: false });
  const edition = getEdition(report.edition);
  const kinds = edition ? cellIndex(edition) : new Map<string, { kind: CellKind }>();
  return {
    title: view.title,
    preamble: view.preamble.map(paragraph),
    sections: view.sections.map((s) => ({
      heading: s.heading,
      items: [
        ...s.paragraphs.map((p) => ({ kind: "para" as const, text: paragraph(p) })),
        ...(s.table ? [table(s.table, kinds)] : []),
      ],
    })),
    closing: view.closing,
  };
}

/** A table's cells by grid position: for each row, the cell covering each column and whether it starts there. */
export function slots(t: ClerkTable): { cell: ClerkCell; row: number; own: boolean }[][] {
  const out: { cell: ClerkCell; row: number; own: boolean }[][] = t.rows.map(() => []);
  t.rows.forEach((row, r) => {
    for (const c of row.cells)
      for (let dr = 0; dr < c.rowspan; dr++)
        for (let dc = 0; dc < c.colspan; dc++) {
          const line = out[r + dr];
          if (line) line[c.col + dc] = { cell: c, row: r, own: dr === 0 && dc === 0 };
        }
  });
  return out;
}

/** Every table of the document, with a change made to each. */
export const mapTables = (
  doc: ClerkDocument,
  change: (t: ClerkTable, section: number) => readonly ClerkItem[] | ClerkTable,
): ClerkDocument => ({
  ...doc,
  sections: doc.sections.map((s, i) => ({
    ...s,
    items: s.items.flatMap((item) => {
      if (item.kind !== "table") return [item];
      const out = change(item, i);
      return "kind" in out ? [out] : out;
    }),
  })),
});

/** Every cell of every table, changed. */
export const mapCells = (
  doc: ClerkDocument,
  change: (c: ClerkCell, row: ClerkRow, t: ClerkTable) => ClerkCell,
): ClerkDocument =>
  mapTables(doc, (t) => ({
    ...t,
    rows: t.rows.map((row) => ({ ...row, cells: row.cells.map((c) => change(c, row, t)) })),
  }));

/** A small deterministic sequence of numbers in [0, 1) (the same document every run). */
export function sequence(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
