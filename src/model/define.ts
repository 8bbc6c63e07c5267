/**
 * Typed builders that turn an edition's compact declaration (blocks, rows, columns, as in
 * format.md §7) into the drawn grid with its merges, the cell index and the computed cells.
 * Editions call these; nothing here knows a particular table or edition.
 */
import type { CellDef, CellKind, GridCell, GridRow, TableDef, TableHint } from "./types.ts";

export interface Built {
  readonly table: TableDef;
  readonly cells: readonly CellDef[];
}

const label = (
  text: string,
  scope: "col" | "row" | "colgroup" | "rowgroup",
  rowspan = 1,
  colspan = 1,
  note = false,
): GridCell =>
  note ? { type: "label", text, scope, rowspan, colspan, note } : { type: "label", text, scope, rowspan, colspan };

const value = (id: string, colspan = 1): GridCell => ({ type: "value", id, rowspan: 1, colspan });

/* ------------------------------------------------------------------ blocks table (二) */

export interface BlockValue {
  readonly id: string;
  readonly kind?: CellKind;
  readonly colspan?: number;
  readonly unitChoice?: readonly string[];
}

export interface BlockDecl {
  readonly caption: string;
  /** `信息内容` then the value column headers; `{ text, colspan }` for a spanning header; `""` for an empty cell */
  readonly head: readonly (string | { readonly text: string; readonly colspan: number })[];
  readonly rows: readonly {
    readonly label: string;
    /** value cells; `null` = the empty bordered cell */
    readonly values: readonly (string | BlockValue | null)[];
  }[];
}

/** A table made of captioned blocks, each with its own header row (table 二). */
export function blocksTable(decl: {
  id: string;
  section: string;
  gridCols: number;
  colWidths: readonly number[];
  blocks: readonly BlockDecl[];
}): Built {
  const rows: GridRow[] = [];
  const cells: CellDef[] = [];
  for (const block of decl.blocks) {
    rows.push({ kind: "subhead", cells: [label(block.caption, "colgroup", 1, decl.gridCols)] });
    const headCells: GridCell[] = [];
    const colLabels: string[] = [];
    for (const h of block.head) {
      if (typeof h === "string") {
        headCells.push(h === "" ? { type: "empty", rowspan: 1, colspan: 1 } : label(h, "col"));
        colLabels.push(h);
      } else {
        headCells.push(label(h.text, "col", 1, h.colspan));
        for (let i = 0; i < h.colspan; i++) colLabels.push(h.text);
      }
    }
    rows.push({ kind: "subhead", cells: headCells });
    for (const row of block.rows) {
      const rowCells: GridCell[] = [label(row.label, "row")];
      let col = 1;
      for (const v of row.values) {
        if (v === null) {
          rowCells.push({ type: "empty", rowspan: 1, colspan: 1 });
          col += 1;
          continue;
        }
        const spec: BlockValue = typeof v === "string" ? { id: v } : v;
        const colspan = spec.colspan ?? 1;
        rowCells.push(value(spec.id, colspan));
        const colLabel = colLabels[col] ?? "";
        cells.push({
          id: spec.id,
          kind: spec.kind ?? "count",
          table: decl.id,
          rowLabel: row.label,
          rowName: row.label,
          colLabel,
          name: `${block.caption} ${row.label} ${colLabel}`,
          ...(spec.unitChoice ? { unitChoice: spec.unitChoice } : {}),
        });
        col += colspan;
      }
      rows.push({ kind: "body", cells: rowCells });
    }
  }
  return {
    table: { id: decl.id, section: decl.section, gridCols: decl.gridCols, colWidths: decl.colWidths, rows },
    cells,
  };
}

/* ------------------------------------------------------------------ matrix table (三) */

export interface MatrixRowDecl {
  readonly id: string;
  /** labels from the outer group inwards: [L0], [L0, L1] or [L0, L1, L2] (format.md §7) */
  readonly labels: readonly string[];
  /** short name used in messages */
  readonly name: string;
}

export interface MatrixDecl {
  readonly id: string;
  readonly section: string;
  readonly note: string;
  readonly colGroupLabel: string;
  readonly orgGroupLabel: string;
  /** [column id, label]; the first is the single column before the org group, the last the total */
  readonly cols: readonly (readonly [string, string])[];
  readonly rows: readonly MatrixRowDecl[];
  /** the row that totals the outcome rows, and the rows it sums */
  readonly totalRow: { readonly id: string; readonly parts: readonly string[]; readonly rule: string };
  /** the total column sums the other columns */
  readonly totalColRule: string;
  readonly colWidths: readonly number[];
  readonly hints?: readonly TableHint[];
}

/**
 * A table of rows × applicant columns with a three-level row label (table 三). Consecutive equal
 * outer labels merge vertically; a row with fewer labels spans the remaining label columns.
 */
export function matrixTable(decl: MatrixDecl): Built {
  const labelCols = 3;
  const dataCols = decl.cols.length;
  const gridCols = labelCols + dataCols;
  const first = decl.cols[0];
  const last = decl.cols[dataCols - 1];
  if (!first || !last) throw new Error(`matrix ${decl.id}: no columns`);
  const orgCols = decl.cols.slice(1, -1);
  const head: GridRow[] = [
    {
      kind: "head",
      cells: [label(decl.note, "col", 3, labelCols, true), label(decl.colGroupLabel, "colgroup", 1, dataCols)],
    },
    {
      kind: "head",
      cells: [
        label(first[1], "col", 2),
        label(decl.orgGroupLabel, "colgroup", 1, orgCols.length),
        label(last[1], "col", 2),
      ],
    },
    { kind: "head", cells: orgCols.map(([, text]) => label(text, "col")) },
  ];

  // vertical merges: how many consecutive rows share label level `level` (and the levels above)
  const runLength = (start: number, level: number): number => {
    const key = (i: number) => decl.rows[i]?.labels.slice(0, level + 1).join("\u0000");
    let n = 1;
    while (
      start + n < decl.rows.length &&
      key(start + n) === key(start) &&
      (decl.rows[start + n]?.labels.length ?? 0) > level + 1
    )
      n++;
    return n;
  };

  const body: GridRow[] = [];
  const cells: CellDef[] = [];
  decl.rows.forEach((row, i) => {
    const rowCells: GridCell[] = [];
    const prev = decl.rows[i - 1];
    const n = row.labels.length;
    for (let level = 0; level < n; level++) {
      const text = row.labels[level] ?? "";
      const sameAsPrev =
        prev !== undefined &&
        prev.labels.length > level + 1 &&
        n > level + 1 &&
        prev.labels.slice(0, level + 1).join("\u0000") === row.labels.slice(0, level + 1).join("\u0000");
      if (sameAsPrev) continue;
      const isLast = level === n - 1;
      const colspan = isLast ? labelCols - level : 1;
      const rowspan = isLast ? 1 : runLength(i, level);
      rowCells.push(label(text, isLast ? "row" : "rowgroup", rowspan, colspan));
    }
    const rowLabel = row.labels[n - 1] ?? "";
    for (const [colId, colText] of decl.cols) {
      const id = `${row.id}.${colId}`;
      rowCells.push(value(id));
      const isTotalCol = colId === last[0];
      const isTotalRow = row.id === decl.totalRow.id;
      const sum = isTotalRow
        ? { sumOf: decl.totalRow.parts.map((r) => `${r}.${colId}`), sumRule: decl.totalRow.rule }
        : isTotalCol
          ? { sumOf: decl.cols.slice(0, -1).map(([c]) => `${row.id}.${c}`), sumRule: decl.totalColRule }
          : {};
      cells.push({
        id,
        kind: "count",
        table: decl.id,
        rowLabel,
        rowName: row.name,
        colLabel: colText,
        name: `${row.labels.join(" ")} ${orgCols.some(([c]) => c === colId) ? `${decl.orgGroupLabel} ` : ""}${colText}`,
        ...sum,
      });
    }
    body.push({ kind: "body", cells: rowCells });
  });

  return {
    table: {
      id: decl.id,
      section: decl.section,
      gridCols,
      colWidths: decl.colWidths,
      rows: [...head, ...body],
      ...(decl.hints ? { hints: decl.hints } : {}),
    },
    cells,
  };
}

/* ------------------------------------------------------------------ single-row grouped table (四) */

export interface GroupedDecl {
  readonly id: string;
  readonly section: string;
  /** groups of columns: [group id, top label, second-level label or null] */
  readonly groups: readonly (readonly [string, string, string | null])[];
  readonly cols: readonly (readonly [string, string])[];
  /** the column that totals the others in each group, and the rule of each group */
  readonly totalCol: string;
  readonly totalRules: Readonly<Record<string, string>>;
  readonly colWidths: readonly number[];
}

/** One data row under a two- or three-level column header (table 四). */
export function groupedTable(decl: GroupedDecl): Built {
  const width = decl.cols.length;
  const h0: GridCell[] = [];
  const h1: GridCell[] = [];
  const h2: GridCell[] = [];
  const data: GridCell[] = [];
  const cells: CellDef[] = [];
  let i = 0;
  while (i < decl.groups.length) {
    const top = decl.groups[i]?.[1] ?? "";
    let n = 0;
    while (decl.groups[i + n]?.[1] === top) n++;
    h0.push(label(top, "colgroup", 1, n * width));
    for (let g = i; g < i + n; g++) {
      const [groupId, , second] = decl.groups[g] ?? ["", "", null];
      if (second === null) {
        for (const [, text] of decl.cols) h1.push(label(text, "col", 2));
      } else {
        h1.push(label(second, "colgroup", 1, width));
        for (const [, text] of decl.cols) h2.push(label(text, "col"));
      }
      for (const [colId, text] of decl.cols) {
        const id = `${decl.id}.${groupId}.${colId}`;
        data.push(value(id));
        const isTotal = colId === decl.totalCol;
        const rule = decl.totalRules[groupId];
        cells.push({
          id,
          kind: "count",
          table: decl.id,
          rowLabel: second ?? top,
          rowName: second ?? top,
          colLabel: text,
          name: `${top}${second ? ` ${second}` : ""} ${text}`,
          ...(isTotal && rule
            ? {
                sumOf: decl.cols.filter(([c]) => c !== decl.totalCol).map(([c]) => `${decl.id}.${groupId}.${c}`),
                sumRule: rule,
              }
            : {}),
        });
      }
    }
    i += n;
  }
  return {
    table: {
      id: decl.id,
      section: decl.section,
      gridCols: decl.groups.length * width,
      colWidths: decl.colWidths,
      rows: [
        { kind: "head", cells: h0 },
        { kind: "head", cells: h1 },
        { kind: "head", cells: h2 },
        { kind: "body", cells: data },
      ],
    },
    cells,
  };
}
