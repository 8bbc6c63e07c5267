/**
 * The ways clerks' documents differ from nianbao's own, as changes of a `ClerkDocument`: one table
 * split into several (at its blocks and inside a merged group label, the header rows repeated or
 * not, `续表` between the parts), labels with stray spaces, line breaks and full-/half-width mixes,
 * numbers with units (`5件`, `0.25万元`), zeros written `0.00` or as a placeholder (`—`, `/`, `无`),
 * an extra column (a 小计 of the 法人或其他组织 columns, a 备注 column, a 序号 column), header rows
 * left out, the 2019 （八）/（九） value cells merged over the empty fourth cell, spans written wrong.
 * Each change is deterministic and keeps the report's values where they were.
 */
import {
  mapCells,
  mapTables,
  sequence,
  slots,
  type ClerkCell,
  type ClerkDocument,
  type ClerkItem,
  type ClerkRow,
  type ClerkTable,
} from "./clerk-document.ts";

/* ------------------------------------------------------------------ split tables */

/** Rows [from, to) of a table as a table of its own; a label spanning into the part from above is repeated or left empty. */
function part(t: ClerkTable, from: number, to: number, carry: "repeat" | "empty"): ClerkRow[] {
  const grid = slots(t);
  const rows: ClerkRow[] = [];
  for (let r = from; r < to; r++) {
    const cells: ClerkCell[] = [];
    for (let c = 0; c < t.gridCols; c++) {
      const s = grid[r]?.[c];
      if (!s || s.cell.col !== c) continue;
      const end = s.row + s.cell.rowspan;
      if (s.row === r) cells.push({ ...s.cell, rowspan: Math.min(end, to) - r });
      else if (r === from)
        cells.push({ ...s.cell, text: carry === "repeat" ? s.cell.text : "", rowspan: Math.min(end, to) - r });
    }
    rows.push({ kind: t.rows[r]?.kind ?? "body", cells });
  }
  return rows;
}

/** Where a clerk cuts a table: before each caption of a captioned table; inside the body of a long one; after the head of a short one. */
function cutPoints(t: ClerkTable): number[] {
  const captions = t.rows.flatMap((row, r) =>
    r > 0 && row.cells.length === 1 && row.cells[0]?.colspan === t.gridCols && row.kind !== "body" ? [r] : [],
  );
  if (captions.length > 0) return captions;
  const head = t.rows.findIndex((row) => row.kind === "body");
  const body = t.rows.length - head;
  // inside a long table's body (through its merged group labels), else right after the head rows
  return body > 6 ? [head + Math.floor(body / 2) - 1] : head > 0 ? [head] : [];
}

export interface SplitOptions {
  /** the head rows written again above each part after the first */
  readonly repeatHead: boolean;
  /** a group label cut by the split: its text repeated in the next part, or an empty cell */
  readonly carry: "repeat" | "empty";
  /** a paragraph between the parts (`续表`), or none */
  readonly between: string | null;
}

export const splitTables = (doc: ClerkDocument, options: SplitOptions): ClerkDocument =>
  mapTables(doc, (t) => {
    const cuts = cutPoints(t);
    if (cuts.length === 0) return t;
    const headRows = t.rows.findIndex((row) => row.kind !== "head");
    const bounds = [0, ...cuts, t.rows.length];
    const out: ClerkItem[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i] ?? 0;
      const to = bounds[i + 1] ?? 0;
      const rows = part(t, from, to, options.carry);
      const head = i > 0 && options.repeatHead && headRows > 0 ? part(t, 0, headRows, "repeat") : [];
      if (i > 0 && options.between !== null) out.push({ kind: "para", text: options.between });
      out.push({ ...t, rows: [...head, ...rows] });
    }
    return out;
  });

/* ------------------------------------------------------------------ labels */

const HALF: Readonly<Record<string, string>> = { "（": "(", "）": ")", "：": ":", "，": "," };

/** Labels as typed by hand: spaces between characters, a line break inside, `(一)`, `1．`/`1、`, padding. */
export const noisyLabels = (doc: ClerkDocument, seed = 7): ClerkDocument => {
  const next = sequence(seed);
  return mapCells(doc, (c) => {
    if (c.kind !== "label" || c.text.length < 2) return c;
    const chars = [...c.text];
    let text = c.text;
    const pick = Math.floor(next() * 6);
    if (pick === 0) text = chars.join(" ");
    else if (pick === 1) {
      const at = 1 + Math.floor(next() * (chars.length - 1));
      text = `${chars.slice(0, at).join("")}\n${chars.slice(at).join("")}`;
    } else if (pick === 2) text = text.replace(/[（）：，]/g, (ch) => HALF[ch] ?? ch);
    else if (pick === 3) text = text.replace(/^(\d+)\./, next() < 0.5 ? "$1．" : "$1、");
    else if (pick === 4) text = `\u3000${text} `;
    else text = text.replace(/^([一二三四五六七八九十]+)、/, "$1.").replace(/^（([一二三四五六七八九十]+)）/, "($1)");
    return { ...c, text };
  });
};

/* ------------------------------------------------------------------ values */

const COUNT_UNIT = /^-?\d+$/;

export type ValueStyle = "units" | "decimals" | "placeholders";

/**
 * Numbers as some clerks write them: with the unit (`5件`; money already carries 万元 in the
 * label, so `0.25万元` only where a unit is allowed), every number with two decimals (`0.00`,
 * `3.00`), or each zero as one of the placeholders reports use for "none" (`—`, `/`, `无`, `-`).
 */
export const valueStyle = (doc: ClerkDocument, style: ValueStyle): ClerkDocument => {
  let n = 0;
  const placeholders = ["—", "/", "无", "-", "——", "／"];
  return mapCells(doc, (c) => {
    if (c.kind !== "value" || c.text === "") return c;
    if (style === "units")
      return c.valueKind === "money"
        ? /万元$/.test(c.text)
          ? c
          : { ...c, text: `${c.text}万元` }
        : COUNT_UNIT.test(c.text)
          ? { ...c, text: `${c.text}件` }
          : c;
    if (style === "decimals") return /^-?\d+(?:\.\d+)?$/.test(c.text) ? { ...c, text: Number(c.text).toFixed(2) } : c;
    return c.text === "0" ? { ...c, text: placeholders[n++ % placeholders.length] ?? "—" } : c;
  });
};

/* ------------------------------------------------------------------ columns */

export type ExtraColumn = "subtotal" | "remark" | "serial";

/** A column added to a table: at grid column `at`, a header over it, a value (or nothing) in each body row. */
function addColumn(
  t: ClerkTable,
  at: number,
  head: string,
  body: (row: ClerkRow, r: number) => string,
  headRow: number,
): ClerkTable {
  const grid = slots(t);
  const rows = t.rows.map((row, r): ClerkRow => {
    const cells: ClerkCell[] = [];
    let added = false;
    const add = () => {
      if (added) return;
      added = true;
      const label = (rowspan: number) =>
        cells.push({ kind: "label", text: head, rowspan, colspan: 1, col: at, header: true, id: null });
      if (row.kind === "head") {
        if (r === headRow) label(t.rows.filter((x) => x.kind === "head").length - headRow);
        return;
      }
      // a caption spans the new column too; a block's header row gets the new header
      if (row.cells.length === 1 && row.cells[0]?.colspan === t.gridCols) return;
      if (row.kind === "subhead") {
        label(1);
        return;
      }
      cells.push({ kind: "value", text: body(row, r), rowspan: 1, colspan: 1, col: at, header: false, id: null });
    };
    const caption = row.kind !== "body" && row.cells.length === 1 && row.cells[0]?.colspan === t.gridCols;
    for (const c of row.cells) {
      // a cell spanning over the new column grows by one (a caption over the whole table too)
      const spans = (c.col < at && c.col + c.colspan > at) || caption;
      if (c.col >= at) add();
      cells.push({ ...c, col: c.col >= at ? c.col + 1 : c.col, colspan: c.colspan + (spans ? 1 : 0) });
    }
    // a head cell spanning down over the new column's place (rows above), or the row's end
    const over = grid[r]?.[at];
    const covered = over !== undefined && over.row !== r && over.cell.col < at;
    if (!covered) add();
    return { ...row, cells: cells.sort((a, b) => a.col - b.col) };
  });
  return {
    ...t,
    gridCols: t.gridCols + 1,
    widths: [...t.widths.slice(0, at), 1, ...t.widths.slice(at)],
    rows,
  };
}

const num = (text: string) => Number(/^-?\d+(?:\.\d+)?/.exec(text)?.[0] ?? "0");

/**
 * An extra column: `subtotal` — 小计 of the 法人或其他组织 columns in table 三 (a header under
 * 法人或其他组织, the sum in each row); `remark` — 备注 at the right of every table, empty; `serial` —
 * 序号 at the left of table 三, numbering its body rows.
 */
export const extraColumn = (doc: ClerkDocument, kind: ExtraColumn): ClerkDocument =>
  mapTables(doc, (t) => {
    if (kind === "remark") return addColumn(t, t.gridCols, "备注", () => "", 0);
    if (t.id !== "apply") return t;
    if (kind === "serial") {
      let n = 0;
      return addColumn(t, 0, "序号", (row) => (row.kind === "body" ? String(++n) : ""), 0);
    }
    // under 法人或其他组织: the organisations' columns are the grid columns 4–8
    const sub = addColumn(
      t,
      9,
      "小计",
      (row) => {
        const orgs = row.cells.filter((c) => c.kind === "value" && c.col >= 4 && c.col <= 8);
        return orgs.length === 5 ? String(orgs.reduce((s, c) => s + num(c.text), 0)) : "";
      },
      2,
    );
    // 法人或其他组织 spans the new column too
    return {
      ...sub,
      rows: sub.rows.map((row, r) =>
        r === 1
          ? {
              ...row,
              cells: row.cells.map((c) => (c.text === "法人或其他组织" ? { ...c, colspan: c.colspan + 1 } : c)),
            }
          : row,
      ),
    };
  });

/* ------------------------------------------------------------------ header rows */

/** Header rows left out: every head row of table `table` (or of every table), or only its first. */
export const dropHeads = (doc: ClerkDocument, table: string | null, which: "all" | "first"): ClerkDocument =>
  mapTables(doc, (t) => {
    if (table !== null && t.id !== table) return t;
    const heads = t.rows.findIndex((row) => row.kind !== "head");
    if (heads <= 0) return t;
    const cut = which === "all" ? heads : 1;
    return { ...t, rows: part(t, cut, t.rows.length, "repeat") };
  });

/* ------------------------------------------------------------------ 2019 blocks */

/** The 2019 （八）/（九） blocks: the last value cell (and its header) merged over the empty fourth cell. */
export const mergeEmptyCells = (doc: ClerkDocument): ClerkDocument =>
  mapTables(doc, (t) => ({
    ...t,
    rows: t.rows.map((row) => {
      const last = row.cells.at(-1);
      const before = row.cells.at(-2);
      if (!last || !before || last.kind !== "empty" || before.kind === "empty") return row;
      return { ...row, cells: [...row.cells.slice(0, -2), { ...before, colspan: before.colspan + last.colspan }] };
    }),
  }));

/* ------------------------------------------------------------------ spans */

/** Spans written wrong: the outermost group label one row too long; a colspan one column too wide. */
export const wrongSpans = (doc: ClerkDocument): ClerkDocument =>
  mapTables(doc, (t) => ({
    ...t,
    rows: t.rows.map((row, r) => ({
      ...row,
      cells: row.cells.map((c) => {
        if (row.kind === "body" && c.col === 0 && c.rowspan > 1 && r + c.rowspan < t.rows.length)
          return { ...c, rowspan: c.rowspan + 1 };
        if (row.kind === "body" && c.kind === "label" && c.col === 1 && c.colspan === 2) return { ...c, colspan: 3 };
        return c;
      }),
    })),
  }));
