/**
 * Tables of a PDF page drawn without ruling lines (no borders, or borders that are pictures),
 * rebuilt from the positions of their text alone. Text pieces make lines (by their vertical
 * centre) and a line's pieces make chunks (split at gaps wider than half a character); a run of
 * lines holding numbers, outside running text and section headings, is a table zone; a zone is cut
 * into blocks where header labels stand over the values again (table 二's captions). In a block the
 * columns are the values' own columns — value chunks whose extents overlap stand in one column —
 * plus a column for each header with no value under it; the header over a single column is its
 * label (its lines stacked), a header over several spans them. Each line of the body is a row: its
 * values in their columns, its labels left of them — the row's own label last, the group labels
 * (written down a merged cell, one character a line or in pieces, and found in the lines around)
 * stacked into one text and put before the first row they stand beside. A row's own label wrapped
 * over lines comes as rows of labels only, which the placement joins where the official labels say
 * so. A value whose column is not certain (two in one column on one line) is given as not certain.
 * Pure: pieces in, grids out.
 */
import type { SeenCell } from "../blocks.ts";
import { headingNumber } from "../headings.ts";
import { isPageNumber } from "../page-text.ts";
import { isValueLike } from "../value-text.ts";
import type { TextPiece } from "./pdf-engine.ts";
import { spaced, unspread } from "./pdf-lines.ts";
import type { PdfTable } from "./pdf-tables.ts";

interface Chunk {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  /** vertical centre */
  readonly y: number;
  readonly size: number;
  readonly value: boolean;
  readonly pieces: readonly TextPiece[];
}

interface Line {
  readonly y: number;
  readonly size: number;
  readonly chunks: readonly Chunk[];
}

const centre = (p: TextPiece) => p.baseline - p.size * 0.35;

/** Pieces → lines (vertical centres within 45 % of the type size), each line's pieces → chunks. */
function linesOf(pieces: readonly TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => centre(a) - centre(b) || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const p of sorted) {
    const g = groups[groups.length - 1];
    const first = g?.[0];
    if (g && first && Math.abs(centre(p) - centre(first)) <= Math.max(first.size, p.size) * 0.45) g.push(p);
    else groups.push([p]);
  }
  return groups.map((g) => {
    const byX = [...g].sort((a, b) => a.x - b.x);
    const chunks: Chunk[] = [];
    let run: TextPiece[] = [];
    const close = () => {
      if (run.length === 0) return;
      let text = "";
      let end = -Infinity;
      for (const p of run) {
        text += text !== "" && p.x - end > p.size * 0.3 && spaced(text, p.text) ? ` ${p.text}` : p.text;
        end = Math.max(end, p.x + p.width);
      }
      const t = unspread(text.trim());
      const size = Math.max(...run.map((p) => p.size));
      const y = run.reduce((s, p) => s + centre(p), 0) / run.length;
      if (t !== "")
        chunks.push({ text: t, left: run[0]?.x ?? 0, right: end, y, size, value: isValueLike(t), pieces: run });
      run = [];
    };
    for (const p of byX) {
      const last = run[run.length - 1];
      if (last) {
        const gap = p.x - (last.x + last.width);
        const kindChanges = isValueLike(last.text.trim()) !== isValueLike(p.text.trim());
        if (gap > p.size * 0.5 || (kindChanges && gap > p.size * 0.25)) close();
      }
      run.push(p);
    }
    close();
    const size = Math.max(...g.map((p) => p.size));
    return { y: chunks.reduce((s, c) => s + c.y, 0) / Math.max(1, chunks.length), size, chunks };
  });
}

const width = (c: Chunk) => c.right - c.left;
const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) =>
  a.left < b.right && b.left < a.right;

/** A column of a block: where it stands, and the header label over it alone. */
interface Column {
  left: number;
  right: number;
  head: Chunk[];
}

export interface TextTables {
  readonly tables: PdfTable[];
  /** pieces outside every table */
  readonly rest: TextPiece[];
}

export function textTables(pieces: readonly TextPiece[], pageHeight: number): TextTables {
  const all = linesOf(pieces);
  const marginal = (l: Line) =>
    (l.y < pageHeight * 0.08 || l.y > pageHeight * 0.92) &&
    l.chunks.length === 1 &&
    isPageNumber(l.chunks[0]?.text ?? "");
  const lines = all.filter((l) => !marginal(l) && l.chunks.length > 0);
  const textLeft = Math.min(...lines.flatMap((l) => l.chunks.map((c) => c.left)));
  const textRight = Math.max(...lines.flatMap((l) => l.chunks.map((c) => c.right)));
  const textWidth = textRight - textLeft;
  const only = (l: Line) => (l.chunks.length === 1 ? l.chunks[0] : undefined);
  // running text and section headings are never in a table
  const outside = (l: Line) => {
    const c = only(l);
    if (!c || c.value) return false;
    return width(c) >= textWidth * 0.6 || /[。；！？]$/.test(c.text) || headingNumber(c.text) !== null;
  };
  const hasValue = (l: Line) => l.chunks.some((c) => c.value);
  const tables: PdfTable[] = [];
  const claimed = new Set<TextPiece>();
  for (let i = 0; i < lines.length;) {
    const start = lines[i];
    if (!start || outside(start)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length) {
      const prev = lines[j - 1];
      const line = lines[j];
      if (!line || !prev || outside(line) || line.y - prev.y > Math.max(line.size, prev.size) * 4) break;
      j++;
    }
    const zone = trimZone(lines.slice(i, j));
    i = j;
    // numbers in two lines at least, or a row of them (table 四's one row)
    const numbers = zone.reduce((n, l) => n + l.chunks.filter((c) => c.value).length, 0);
    if (zone.filter(hasValue).length < 2 && numbers < 3) continue;
    for (const block of blocksOf(zone)) {
      const table = blockTable(block);
      if (!table) continue;
      tables.push(table);
      for (const l of [...block.head, ...block.body])
        for (const c of l.chunks) for (const p of c.pieces) claimed.add(p);
    }
  }
  return { tables, rest: pieces.filter((p) => !claimed.has(p)) };
}

/** A zone without the label lines after its last line of values that stand apart from it. */
function trimZone(zone: readonly Line[]): Line[] {
  let end = zone.length;
  while (end > 0 && !zone[end - 1]?.chunks.some((c) => c.value)) {
    const line = zone[end - 1];
    const before = zone[end - 2];
    // a label line right under the table (a wrapped label's last line) stays with it
    if (line && before && line.y - before.y <= line.size * 2) break;
    end--;
  }
  return zone.slice(0, end);
}

interface Block {
  readonly head: Line[];
  readonly body: Line[];
}

/** Where the values of a set of lines begin, and where their columns' headers begin (whichever is further left). */
const valueLeft = (lines: readonly Line[]): number =>
  Math.min(...lines.flatMap((l) => l.chunks.filter((c) => c.value).map((c) => c.left)));

/** A zone → blocks: header lines (no values) then body lines, a new block where labels stand over the values again. */
function blocksOf(zone: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let head: Line[] = [];
  let body: Line[] = [];
  let pending: Line[] = [];
  const close = () => {
    if (body.some((l) => l.chunks.some((c) => c.value))) blocks.push({ head, body });
    head = [];
    body = [];
  };
  for (const line of zone) {
    const values = line.chunks.some((c) => c.value);
    if (body.length === 0) {
      if (values) body.push(line);
      else head.push(line);
      continue;
    }
    if (!values) {
      pending.push(line);
      continue;
    }
    // the label lines before these values: over the value columns they are the next block's header
    const vLeft = valueLeft(body);
    const left = Math.min(vLeft, ...head.flatMap((l) => l.chunks.filter((c) => c.right > vLeft).map((c) => c.left)));
    const over = pending.some((l) => l.chunks.some((c) => !c.value && c.right > left + c.size * 0.5));
    if (over) {
      close();
      head = pending;
    } else body.push(...pending);
    pending = [];
    body.push(line);
  }
  body.push(...pending);
  close();
  return blocks;
}

/** A block → its grid: header rows (spanning headers, then the corner and each column's label), then a row per body line. */
function blockTable(block: Block): PdfTable | null {
  const vLeft = valueLeft(block.body);
  if (!Number.isFinite(vLeft)) return null;
  // label lines right above the first values, left of them, begin the body (a label wrapped round its row's values)
  const head = [...block.head];
  const body = [...block.body];
  while (head.length > 0 && head[head.length - 1]?.chunks.every((c) => !c.value && c.right <= vLeft)) {
    const line = head.pop();
    if (line) body.unshift(line);
  }
  const values = body.flatMap((l) => l.chunks.filter((c) => c.value));
  // the values' columns: chunks whose extents overlap stand in one column
  const columns: Column[] = [];
  for (const v of [...values].sort((a, b) => a.left - b.left)) {
    const last = columns[columns.length - 1];
    if (last && v.left < last.right) last.right = Math.max(last.right, v.right);
    else columns.push({ left: v.left, right: v.right, head: [] });
  }
  // header chunks: over one column its label, over none a column of its own, over several a spanning header
  const headChunks = head.flatMap((l) => l.chunks);
  const region = Math.min(
    vLeft,
    ...headChunks.filter((c) => overlaps(c, { left: vLeft, right: Infinity })).map((c) => c.left),
  );
  const spanning: { chunk: Chunk; from: number; to: number }[] = [];
  const valueColumns = [...columns];
  const columnsUnder = (c: Chunk) => valueColumns.flatMap((col, k) => (overlaps(c, col) ? [k] : []));
  // a header over headers of two columns or more (a caption, 申请人情况) spans them
  head.forEach((l, n) => {
    for (const c of l.chunks) {
      const below = head.slice(n + 1).flatMap((b) => b.chunks.filter((x) => overlaps(x, c)));
      const under = [...new Set(below.flatMap((x) => (columnsUnder(x).length === 1 ? columnsUnder(x) : [])))];
      if (under.length >= 2) spanning.push({ chunk: c, from: Math.min(...under), to: Math.max(...under) });
    }
  });
  const corner = headChunks.filter(
    (c) => !spanning.some((x) => x.chunk === c) && (c.right <= region + c.size * 0.5 || c.left < region - c.size * 0.5),
  );
  for (const c of headChunks) {
    if (corner.includes(c) || spanning.some((x) => x.chunk === c)) continue;
    const under = columnsUnder(c);
    if (under.length === 1) columns[under[0] ?? 0]?.head.push(c);
    else if (under.length === 0) columns.push({ left: c.left, right: c.right, head: [c] });
    else spanning.push({ chunk: c, from: under[0] ?? 0, to: under[under.length - 1] ?? 0 });
  }
  // headers over no values that stand one above the other are one column
  columns.sort((a, b) => a.left - b.left);
  for (let k = columns.length - 1; k > 0; k--) {
    const a = columns[k - 1];
    const b = columns[k];
    if (a && b && overlaps(a, b)) {
      a.left = Math.min(a.left, b.left);
      a.right = Math.max(a.right, b.right);
      a.head.push(...b.head);
      columns.splice(k, 1);
    }
  }
  const colOf = (c: Chunk) => {
    const ks = columns.flatMap((col, k) => (overlaps(c, col) ? [k] : []));
    return ks.length === 1 ? (ks[0] ?? -1) : -1;
  };

  // the labels of the body: each line's own label (the last before the values) and the group labels around it
  const isLabel = (c: Chunk) => !c.value && c.left < vLeft;
  const labelsOf = (l: Line) => l.chunks.filter(isLabel);
  const own = new Map<Line, Chunk[]>();
  const outer: Chunk[] = [];
  const rowsWithValues = body.filter((l) => l.chunks.some((c) => c.value));
  for (const l of rowsWithValues) {
    const labels = labelsOf(l);
    const item = labels[labels.length - 1];
    outer.push(...labels.slice(0, -1));
    own.set(l, item ? [item] : []);
  }
  body.forEach((l) => {
    const labels = labelsOf(l);
    if (l.chunks.some((c) => c.value)) return;
    // a label line: beside the own labels of the rows around it it continues one; left of them it is a group label's piece
    const above = [...rowsWithValues].reverse().find((r) => r.y < l.y && (own.get(r)?.length ?? 0) > 0);
    const below = rowsWithValues.find((r) => r.y > l.y && (own.get(r)?.length ?? 0) > 0);
    const itemLeft = Math.min(
      ...[above, below].flatMap((r) => (r ? (own.get(r) ?? []).map((c) => c.left) : [])),
      Infinity,
    );
    const mine: Chunk[] = [];
    for (const c of labels) (c.right <= itemLeft + c.size * 0.3 ? outer : mine).push(c);
    own.set(l, mine);
  });
  // group labels: pieces one above the other, each within two lines of the last
  const stacks: Chunk[][] = [];
  for (const c of [...outer].sort((a, b) => a.y - b.y)) {
    const s = stacks.find((st) => {
      const last = st[st.length - 1];
      return last !== undefined && overlaps(last, c) && c.y - last.y <= c.size * 2.2;
    });
    if (s) s.push(c);
    else stacks.push([c]);
  }
  const groupsAt = new Map<Line, { left: number; text: string }[]>();
  for (const st of stacks) {
    const top = st[0]?.y ?? 0;
    // the first row beside the group label (the row of its first piece, else the next one below)
    const at = body.find(
      (l) => l.y >= top - (st[0]?.size ?? 0) * 0.5 && (l.chunks.some((c) => c.value) || (own.get(l)?.length ?? 0) > 0),
    );
    if (!at) continue;
    const list = groupsAt.get(at) ?? [];
    list.push({ left: Math.min(...st.map((c) => c.left)), text: st.map((c) => c.text).join("") });
    groupsAt.set(at, list);
  }

  // rows of values only (a cell of two lines with its number on the second): with the row next to them when that one has the other columns
  const rowsOut: { labels: string[]; cells: Map<number, SeenCell> }[] = [];
  const lineRow = new Map<Line, (typeof rowsOut)[number]>();
  for (const l of body) {
    const labels = [...(groupsAt.get(l) ?? [])].sort((a, b) => a.left - b.left).map((g) => g.text);
    labels.push(...(own.get(l) ?? []).map((c) => c.text));
    const cells = new Map<number, SeenCell>();
    for (const c of l.chunks) {
      if (isLabel(c)) continue;
      const k = colOf(c);
      if (k < 0) continue;
      const before = cells.get(k);
      cells.set(
        k,
        before
          ? { text: `${before.text} ${c.text}`, unclear: "两个数字落在表格的同一栏中，不能确定各自所在的栏" }
          : { text: c.text },
      );
    }
    if (labels.length === 0 && cells.size === 0) continue;
    const row = { labels, cells };
    rowsOut.push(row);
    lineRow.set(l, row);
  }
  for (let r = 0; r < rowsOut.length; r++) {
    const row = rowsOut[r];
    if (!row || row.labels.length > 0 || row.cells.size === 0) continue;
    const line = [...lineRow].find(([, x]) => x === row)?.[0];
    const near = [rowsOut[r - 1], rowsOut[r + 1]].filter((o): o is (typeof rowsOut)[number] => {
      if (!o || o.labels.length === 0 || o.cells.size === 0) return false;
      const other = [...lineRow].find(([, x]) => x === o)?.[0];
      const disjoint = [...row.cells.keys()].every((k) => !o.cells.has(k));
      return disjoint && other !== undefined && line !== undefined && Math.abs(other.y - line.y) <= line.size * 1.3;
    });
    const target = near[0];
    if (near.length !== 1 || !target) continue;
    for (const [k, c] of row.cells) target.cells.set(k, c);
    rowsOut.splice(r--, 1);
  }

  // the grid: label slots (the own label right-most), then the columns
  const slots = Math.max(1, ...rowsOut.map((r) => r.labels.length));
  const rows: SeenCell[][] = [];
  const cornerText = [...corner]
    .sort((a, b) => a.y - b.y || a.left - b.left)
    .map((c) => c.text)
    .join("");
  const levels: { chunk: Chunk; from: number; to: number }[][] = [];
  for (const s of [...spanning].sort((a, b) => a.chunk.y - b.chunk.y)) {
    const level = levels.find((lv) => Math.abs((lv[0]?.chunk.y ?? 0) - s.chunk.y) <= s.chunk.size * 0.6);
    if (level) level.push(s);
    else levels.push([s]);
  }
  const labelCells = (text: string, first: boolean): SeenCell[] =>
    Array.from({ length: slots }, (_, k) =>
      text === ""
        ? { text: "" }
        : k === 0
          ? first
            ? { text }
            : { text, vspan: true }
          : first
            ? { text, hspan: true }
            : { text, vspan: true, hspan: true },
    );
  levels.forEach((level, n) => {
    const row = labelCells(cornerText, n === 0);
    for (let k = 0; k < columns.length; k++) {
      const s = level.find((x) => k >= x.from && k <= x.to);
      row.push(s ? (k === s.from ? { text: s.chunk.text } : { text: s.chunk.text, hspan: true }) : { text: "" });
    }
    rows.push(row);
  });
  if (head.length > 0) {
    const row = labelCells(cornerText, levels.length === 0);
    for (const col of columns)
      row.push({
        text: [...col.head]
          .sort((a, b) => a.y - b.y)
          .map((c) => c.text)
          .join(""),
      });
    rows.push(row);
  }
  for (const r of rowsOut) {
    const row: SeenCell[] = Array.from({ length: slots - r.labels.length }, () => ({ text: "" }));
    for (const t of r.labels) row.push({ text: t });
    for (let k = 0; k < columns.length; k++) row.push(r.cells.get(k) ?? { text: "" });
    rows.push(row);
  }
  const ys = [...head, ...body].flatMap((l) => l.chunks.map((c) => c.y));
  const xs = [...head, ...body].flatMap((l) => l.chunks.flatMap((c) => [c.left, c.right]));
  return {
    top: Math.min(...ys) - 1,
    bottom: Math.max(...ys) + 1,
    left: Math.min(...xs),
    right: Math.max(...xs),
    rows,
  };
}
