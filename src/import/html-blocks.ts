/**
 * Reads a web page as a reader sees it: block elements become paragraphs, data tables become
 * grids with `rowspan`/`colspan` expanded (CMS mess such as `<p>` in cells, `&nbsp;`, fixed
 * widths is just text and attributes here). A table used for page layout — one with tables
 * inside its cells, or a single column — is read as the content it holds. Hidden elements and
 * scripts are skipped; pictures are noted (a table may be only an image). A table some CMSs publish
 * as `<div>`s — rows and cells by `display:table-row`/`table-cell`, by ARIA roles (`row`, `cell`),
 * or by the classes `tr`/`td` — is read as the table it shows. Bounded like every reader
 * (limits.ts): nodes, depth, paragraphs, table cells.
 */
import { expandSpans, type Block, type BlocksRead } from "./blocks.ts";
import { MAX_PARAGRAPHS, MAX_TABLE_CELLS } from "./limits.ts";
import { nestingNote, tooLargeReason } from "./markup-notes.ts";
import { attr, childElements, hasDescendant, parseTree, type XNode } from "./markup-tree.ts";

const BLOCK = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "blockquote",
  "pre",
  "center",
  "address",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "hr",
  "body",
  "html",
  "caption",
  "option",
  "select",
]);

const hidden = (n: XNode): boolean =>
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(n.attrs.style ?? "") || n.attrs.hidden !== undefined;

class TooLarge extends Error {}

export function htmlBlocks(html: string): BlocksRead {
  const tree = parseTree(html, false);
  if (tree.tooLarge) return { ok: false, reason: tooLargeReason("网页") };
  const out: Block[] = [];
  const budget = { cells: MAX_TABLE_CELLS };
  let line = "";
  const flush = () => {
    if (line.trim() !== "") {
      if (out.length >= MAX_PARAGRAPHS)
        throw new TooLarge(
          `网页的段落过多（超过 ${MAX_PARAGRAPHS.toLocaleString("en-US")} 段），不像是一份年度报告，没有导入`,
        );
      out.push({ kind: "para", text: line });
    }
    line = "";
  };
  const walk = (n: XNode): void => {
    for (const c of n.children) {
      if (typeof c === "string") {
        line += c.replace(/[\r\n\t]+/g, " ");
        continue;
      }
      if (hidden(c)) continue;
      if (c.name === "br") {
        flush();
        continue;
      }
      if (c.name === "img") {
        flush();
        out.push({ kind: "image" });
        continue;
      }
      if (c.name === "table") {
        flush();
        table(c, out, budget, (inner) => {
          walk(inner);
          flush();
        });
        continue;
      }
      const grid = c.name === "div" || c.name === "section" ? divRows(c) : null;
      if (grid) {
        flush();
        divTable(grid, out, budget);
        continue;
      }
      const block = BLOCK.has(c.name);
      if (block) flush();
      walk(c);
      if (block) flush();
    }
  };
  try {
    walk(tree.root);
    flush();
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, reason: e.message };
    throw e;
  }
  return { ok: true, blocks: out, notes: tree.flattened > 0 ? [nestingNote("网页", tree.flattened)] : [] };
}

const SECTIONS = new Set(["thead", "tbody", "tfoot"]);
const rowsOf = (t: XNode): XNode[] =>
  childElements(t).flatMap((c) => (c.name === "tr" ? [c] : SECTIONS.has(c.name) ? rowsOf(c) : []));
const cellsOf = (tr: XNode): XNode[] => childElements(tr).filter((c) => c.name === "td" || c.name === "th");

/** A cell's text: its own block structure as line breaks. */
function cellText(cell: XNode): string {
  let s = "";
  const walk = (n: XNode) => {
    for (const c of n.children) {
      if (typeof c === "string") s += c.replace(/[\r\n\t]+/g, " ");
      else if (hidden(c)) continue;
      else if (c.name === "br") s += "\n";
      else {
        const block = BLOCK.has(c.name) || c.name === "table" || c.name === "tr";
        if (block) s += "\n";
        walk(c);
        if (block) s += "\n";
      }
    }
  };
  walk(cell);
  return s.replace(/\n{2,}/g, "\n").trim();
}

/** the longest official label has about 45 characters; a cell with far more text is page layout */
const LONG_CELL = 160;

const span = (v: string | undefined): number => {
  const n = Number.parseInt(v ?? "1", 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 500) : 1;
};

function table(t: XNode, out: Block[], budget: { cells: number }, walk: (n: XNode) => void): void {
  const rows = rowsOf(t).filter((tr) => !hidden(tr));
  const cells = rows.map(cellsOf);
  const maxCols = Math.max(0, ...cells.map((r) => r.reduce((s, c) => s + span(attr(c, "colspan")), 0)));
  const texts = cells.map((r) => r.map((c) => (hasDescendant(c, "table") ? null : cellText(c))));
  // a table used for layout: one column, tables inside, or a cell holding running text (labels are short)
  if (maxCols <= 1 || texts.some((r) => r.some((t) => t === null || t.length > LONG_CELL))) {
    // layout: the page's content sits in the cells
    for (const r of cells)
      for (const c of r) {
        walk(c);
        out.push({ kind: "para", text: "" });
      }
    return;
  }
  const grid = expandSpans(
    cells.map((r, i) =>
      r.flatMap((c, j) =>
        hidden(c)
          ? []
          : [{ text: texts[i]?.[j] ?? "", rowspan: span(attr(c, "rowspan")), colspan: span(attr(c, "colspan")) }],
      ),
    ),
    budget.cells,
  );
  if (grid === null)
    throw new TooLarge(
      `网页中的表格单元格过多（超过 ${MAX_TABLE_CELLS.toLocaleString("en-US")} 格），不像是一份年度报告，没有导入`,
    );
  budget.cells -= grid.reduce((n, r) => n + r.length, 0);
  out.push({ kind: "table", rows: grid, blanksKept: true });
  if (hasDescendant(t, "img") && grid.every((r) => r.every((c) => c.text.trim() === ""))) out.push({ kind: "image" });
}

/* ------------------------------------------------------------------ tables as <div>s */

const display = (n: XNode): string => /display\s*:\s*([a-z-]+)/i.exec(n.attrs.style ?? "")?.[1]?.toLowerCase() ?? "";
const classes = (n: XNode): string[] => (n.attrs.class ?? "").toLowerCase().split(/\s+/);
const role = (n: XNode): string => (n.attrs.role ?? "").toLowerCase();

const isRow = (n: XNode) => display(n) === "table-row" || role(n) === "row" || classes(n).includes("tr");
const CELL_ROLES = new Set(["cell", "gridcell", "columnheader", "rowheader"]);
const isCell = (n: XNode) =>
  display(n) === "table-cell" || CELL_ROLES.has(role(n)) || classes(n).includes("td") || classes(n).includes("th");
const isRowGroup = (n: XNode) =>
  role(n) === "rowgroup" || ["table-header-group", "table-row-group", "table-footer-group"].includes(display(n));

/** The rows of a table written as `<div>`s (each row's cells), or null when the element is not one. */
function divRows(n: XNode): XNode[][] | null {
  const marked = display(n) === "table" || role(n) === "table" || role(n) === "grid" || classes(n).includes("table");
  if (!marked) return null;
  const rows = childElements(n).flatMap((c) => (isRowGroup(c) ? childElements(c) : [c]));
  if (rows.length < 2 || !rows.every((r) => isRow(r) || hidden(r))) return null;
  const cells = rows.filter((r) => !hidden(r)).map((r) => childElements(r).filter((c) => isCell(c) && !hidden(c)));
  // a layout of running text or of tables (as for <table>): read as what it holds
  const layout = cells.some((r) => r.some((c) => hasDescendant(c, "table") || cellText(c).length > LONG_CELL));
  return !layout && cells.some((r) => r.length >= 2) ? cells : null;
}

function divTable(rows: XNode[][], out: Block[], budget: { cells: number }): void {
  const spanOf = (c: XNode, what: "col" | "row") => span(attr(c, `aria-${what}span`) ?? attr(c, `data-${what}span`));
  const grid = expandSpans(
    rows.map((r) => r.map((c) => ({ text: cellText(c), rowspan: spanOf(c, "row"), colspan: spanOf(c, "col") }))),
    budget.cells,
  );
  if (grid === null)
    throw new TooLarge(
      `网页中的表格单元格过多（超过 ${MAX_TABLE_CELLS.toLocaleString("en-US")} 格），不像是一份年度报告，没有导入`,
    );
  budget.cells -= grid.reduce((k, r) => k + r.length, 0);
  out.push({ kind: "table", rows: grid, blanksKept: true });
}
