/**
 * Tables of a PDF page rebuilt from its geometry, not from the order its text was written in: the
 * ruling lines that touch each other form a table; their x and y positions are the grid; two grid
 * slots belong to one (merged) cell where no line separates them; each text piece goes to the cell
 * its centre lies in (a piece running over a column line is cut at it). So a group label written one
 * character a line down a merged cell is one label, and a page footer outside the ruling is not in
 * the table. Pure: pages in, grids out.
 */
import type { SeenCell } from "../blocks.ts";
import { MAX_TABLE_COLS } from "../limits.ts";
import type { Rule, TextPiece } from "./pdf-engine.ts";
import { spaced, unspread } from "./pdf-lines.ts";

export interface PdfTable {
  /** the table's extent on the page */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly rows: SeenCell[][];
}

export interface PageTables {
  readonly tables: PdfTable[];
  /** pieces outside every table */
  readonly rest: TextPiece[];
}

/** positions closer than this (points) are one line */
const SNAP = 2;
/** a line reaches a point within this */
const REACH = 2.5;

type H = { y: number; from: number; to: number };
type V = { x: number; from: number; to: number };

/** Joins collinear pieces of a line (borders drawn cell by cell). */
function mergeLines<T extends { from: number; to: number }>(
  lines: T[],
  pos: (l: T) => number,
  make: (p: number, from: number, to: number) => T,
): T[] {
  // lines at one position (within SNAP / 2 of the first), then each such set joined where its pieces touch:
  // sorting by position alone would interleave the pieces of two tables' borders a hair apart
  const sorted = [...lines].sort((a, b) => pos(a) - pos(b));
  const out: T[] = [];
  for (let i = 0; i < sorted.length;) {
    const first = sorted[i];
    if (!first) break;
    let j = i;
    while (j < sorted.length && pos(sorted[j] ?? first) - pos(first) <= SNAP / 2) j++;
    const set = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    let cur: T | null = null;
    for (const l of set) {
      if (cur && l.from <= cur.to + SNAP) cur = make((pos(cur) + pos(l)) / 2, cur.from, Math.max(cur.to, l.to));
      else {
        if (cur) out.push(cur);
        cur = l;
      }
    }
    if (cur) out.push(cur);
    i = j;
  }
  return out;
}

/** Clusters sorted positions closer than SNAP into their mean. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - (last[last.length - 1] ?? v) <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    let k = i;
    while (this.parent[k] !== r) {
      const next = this.parent[k] ?? r;
      this.parent[k] = r;
      k = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

const crosses = (h: H, v: V) =>
  v.x >= h.from - REACH && v.x <= h.to + REACH && h.y >= v.from - REACH && h.y <= v.to + REACH;

/** Text of a cell: its pieces line by line (top to bottom), left to right within a line. */
function cellText(pieces: readonly TextPiece[]): string {
  const sorted = [...pieces].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: TextPiece[][] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(p.baseline - first.baseline) <= Math.max(first.size, p.size) * 0.4) line.push(p);
    else lines.push([p]);
  }
  return lines
    .map((line) => {
      const l = [...line].sort((a, b) => a.x - b.x);
      let s = "";
      let end = -Infinity;
      for (const p of l) {
        // a gap of more than a third of a character between two pieces is a space
        s += s !== "" && p.x - end > p.size * 0.3 && spaced(s, p.text) ? ` ${p.text}` : p.text;
        end = p.x + p.width;
      }
      return unspread(s.trim());
    })
    .filter((s) => s !== "")
    .join("\n");
}

/** Cuts a piece running over the given column lines at them (characters spread evenly over its width). */
function cutAt(p: TextPiece, xs: readonly number[]): TextPiece[] {
  const inside = xs.filter((x) => x > p.x + 1 && x < p.x + p.width - 1);
  const chars = [...p.text];
  if (inside.length === 0 || chars.length < 2) return [p];
  const step = p.width / chars.length;
  const out: TextPiece[] = [];
  let start = 0;
  for (const x of [...inside, Infinity]) {
    const end = x === Infinity ? chars.length : Math.max(start, Math.min(chars.length, Math.round((x - p.x) / step)));
    if (end > start)
      out.push({ ...p, text: chars.slice(start, end).join(""), x: p.x + start * step, width: (end - start) * step });
    start = end;
  }
  return out;
}

export function pageTables(rules: readonly Rule[], pieces: readonly TextPiece[]): PageTables {
  const hs = mergeLines(
    rules.flatMap((r) => (r.dir === "h" ? [{ y: r.y, from: r.from, to: r.to }] : [])),
    (l) => l.y,
    (y, from, to) => ({ y, from, to }),
  );
  const vs = mergeLines(
    rules.flatMap((r) => (r.dir === "v" ? [{ x: r.x, from: r.from, to: r.to }] : [])),
    (l) => l.x,
    (x, from, to) => ({ x, from, to }),
  );
  // lines that touch form one table
  const uf = new UnionFind(hs.length + vs.length);
  hs.forEach((h, i) => vs.forEach((v, j) => crosses(h, v) && uf.union(i, hs.length + j)));
  const groups = new Map<number, { h: H[]; v: V[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(uf.find(i)) ?? { h: [], v: [] };
    g.h.push(h);
    groups.set(uf.find(i), g);
  });
  vs.forEach((v, j) => {
    const g = groups.get(uf.find(hs.length + j)) ?? { h: [], v: [] };
    g.v.push(v);
    groups.set(uf.find(hs.length + j), g);
  });
  const tables: PdfTable[] = [];
  const claimed = new Set<TextPiece>();
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const ys = cluster(g.h.map((h) => h.y));
    const xs = cluster(g.v.map((v) => v.x));
    if (ys.length < 2 || xs.length < 2 || xs.length - 1 > MAX_TABLE_COLS) continue;
    const rowsN = ys.length - 1;
    const colsN = xs.length - 1;
    const top = ys[0] ?? 0;
    const bottom = ys[rowsN] ?? 0;
    const left = xs[0] ?? 0;
    const right = xs[colsN] ?? 0;
    const hasV = (x: number, y: number) =>
      g.v.some((v) => Math.abs(v.x - x) <= SNAP && v.from <= y + 0.5 && v.to >= y - 0.5);
    const hasH = (y: number, x: number) =>
      g.h.some((h) => Math.abs(h.y - y) <= SNAP && h.from <= x + 0.5 && h.to >= x - 0.5);
    const slot = (r: number, c: number) => r * colsN + c;
    const cells = new UnionFind(rowsN * colsN);
    for (let r = 0; r < rowsN; r++) {
      const midY = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
      for (let c = 0; c < colsN; c++) {
        const midX = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
        if (c + 1 < colsN && !hasV(xs[c + 1] ?? 0, midY)) cells.union(slot(r, c), slot(r, c + 1));
        if (r + 1 < rowsN && !hasH(ys[r + 1] ?? 0, midX)) cells.union(slot(r, c), slot(r + 1, c));
      }
    }
    // each merged cell: its first slot (top-left) holds the text
    const origin = new Map<number, { r: number; c: number }>();
    for (let r = 0; r < rowsN; r++)
      for (let c = 0; c < colsN; c++) {
        const root = cells.find(slot(r, c));
        if (!origin.has(root)) origin.set(root, { r, c });
      }
    const texts = new Map<number, TextPiece[]>();
    const findIndex = (list: readonly number[], v: number) => {
      for (let i = 0; i + 1 < list.length; i++) if (v >= (list[i] ?? 0) && v < (list[i + 1] ?? 0)) return i;
      return -1;
    };
    for (const whole of pieces) {
      const mid = whole.baseline - whole.size * 0.35;
      if (mid < top || mid > bottom || whole.x + whole.width < left || whole.x > right) continue;
      for (const p of cutAt(whole, xs)) {
        const r = findIndex(ys, p.baseline - p.size * 0.35);
        const c = findIndex(xs, p.x + p.width / 2);
        if (r < 0 || c < 0) continue;
        const root = cells.find(slot(r, c));
        texts.set(root, [...(texts.get(root) ?? []), p]);
      }
      claimed.add(whole);
    }
    const rows: SeenCell[][] = [];
    for (let r = 0; r < rowsN; r++) {
      const row: SeenCell[] = [];
      for (let c = 0; c < colsN; c++) {
        const root = cells.find(slot(r, c));
        const o = origin.get(root) ?? { r, c };
        const text = cellText(texts.get(root) ?? []);
        if (o.r === r && o.c === c) row.push({ text });
        else if (o.r === r) row.push({ text, hspan: true });
        else row.push({ text, vspan: true, ...(c > o.c ? { hspan: true } : {}) });
      }
      rows.push(row);
    }
    tables.push({ top, bottom, left, right, rows: dropEmptyColumns(rows) });
  }
  tables.sort((a, b) => a.top - b.top);
  return { tables, rest: pieces.filter((p) => !claimed.has(p)) };
}

/** A grid column made only of span copies (a line that ends a little off the grid) is no column. */
function dropEmptyColumns(rows: SeenCell[][]): SeenCell[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const keep = Array.from({ length: width }, (_, c) => rows.some((r) => r[c] !== undefined && !r[c]?.hspan));
  return rows.map((r) => r.filter((_, c) => keep[c]));
}
