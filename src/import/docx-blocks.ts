/**
 * Reads a Word (or WPS, LibreOffice) .docx: unzips only the main document part and walks its
 * XML — paragraphs with their text, tables with merges (`w:gridSpan`, `w:vMerge`, the legacy
 * `w:hMerge`) expanded to a grid, pictures noted. Deleted text, field codes and the loose text of
 * text boxes are left out, but a table set in a text box is read after the paragraph it is anchored
 * in (from its DrawingML copy, not the VML fallback); a table used for page layout (one column, or tables inside its cells) is read as the paragraphs and
 * tables it holds.
 * Bounded (limits.ts): the unpacked part, the markup's nodes and depth, paragraphs, table cells.
 */
import { unzipSync, type Unzipped } from "fflate";
import type { Block, BlocksRead, SeenCell } from "./blocks.ts";
import { MAX_DOCX_PART, MAX_PARAGRAPHS, MAX_TABLE_CELLS, MAX_TABLE_COLS } from "./limits.ts";
import { attr, childElements, hasDescendant, parseTree, type XNode } from "./markup-tree.ts";
import { nestingNote, tooLargeReason } from "./markup-notes.ts";

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped | string {
  try {
    let tooBig = false;
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        if (f.originalSize > MAX_DOCX_PART) {
          tooBig = true;
          return false;
        }
        return true;
      },
    });
    return tooBig ? "Word 文档的正文部分解压后过大（超过 64 MB），不像是一份年度报告" : files;
  } catch {
    return "文件已损坏：压缩包无法解开，不是完整的 Word 文档（.docx）";
  }
}

const utf8 = (b: Uint8Array) => new TextDecoder("utf-8").decode(b);

/** What the walk may still make before the document is refused as not a report. */
interface Budget {
  paragraphs: number;
  cells: number;
}

class TooLarge extends Error {}

export function docxBlocks(bytes: Uint8Array): BlocksRead {
  const names: string[] = [];
  const rels = unzip(bytes, (n) => {
    names.push(n);
    return n === "_rels/.rels";
  });
  if (typeof rels === "string") return { ok: false, reason: rels };
  const relsXml = rels["_rels/.rels"];
  const target = relsXml
    ? /Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"|Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(
        utf8(relsXml),
      )
    : null;
  const main = target?.[1] ?? target?.[2] ?? "word/document.xml";
  if (!names.includes(main)) {
    if (names.some((n) => n.startsWith("xl/")))
      return { ok: false, reason: "这是 Excel 表格文件，不是 Word 文档；请导入年报的 Word 文件或网页" };
    if (names.some((n) => n.startsWith("ppt/"))) return { ok: false, reason: "这是 PowerPoint 文件，不是 Word 文档" };
    if (names.includes("content.xml"))
      return { ok: false, reason: "这是 OpenDocument（.odt）文件，请在 WPS 或 LibreOffice 中另存为 .docx 后再导入" };
    return { ok: false, reason: "压缩包中没有 Word 文档的正文（word/document.xml），不是 .docx 文件" };
  }
  const files = unzip(bytes, (n) => n === main);
  if (typeof files === "string") return { ok: false, reason: files };
  const xml = files[main];
  if (!xml) return { ok: false, reason: "Word 文档的正文部分无法读取" };
  const tree = parseTree(utf8(xml), true);
  if (tree.tooLarge) return { ok: false, reason: tooLargeReason("Word 文档") };
  const body = findFirst(tree.root, "body");
  if (!body) return { ok: false, reason: "Word 文档中没有正文" };
  const blocks: Block[] = [];
  const budget: Budget = { paragraphs: MAX_PARAGRAPHS, cells: MAX_TABLE_CELLS };
  try {
    walkBody(body, blocks, budget);
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, reason: e.message };
    throw e;
  }
  return { ok: true, blocks, notes: tree.flattened > 0 ? [nestingNote("Word 文档", tree.flattened)] : [] };
}

/** Breadth-first: the body sits near the top, however deep the rest of the tree goes. */
function findFirst(root: XNode, name: string): XNode | undefined {
  const queue: XNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (!node) continue;
    for (const c of childElements(node)) {
      if (c.name === name) return c;
      queue.push(c);
    }
  }
  return undefined;
}

const CONTAINERS = new Set(["sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "txbxContent"]);
const PICTURES = new Set(["drawing", "pict", "object"]);

function paragraph(text: string, out: Block[], budget: Budget): void {
  for (const line of text.split("\n")) {
    if (--budget.paragraphs < 0)
      throw new TooLarge(
        `Word 文档的段落过多（超过 ${MAX_PARAGRAPHS.toLocaleString("en-US")} 段），不像是一份年度报告，没有导入`,
      );
    out.push({ kind: "para", text: line });
  }
}

interface Seen {
  picture: boolean;
  /** the contents of text boxes anchored in the paragraph */
  boxes: XNode[];
}

function walkBody(node: XNode, out: Block[], budget: Budget): void {
  for (const c of childElements(node)) {
    if (c.name === "p") {
      const seen: Seen = { picture: false, boxes: [] };
      paragraph(paragraphText(c, seen), out, budget);
      if (seen.picture) out.push({ kind: "image" });
      for (const box of seen.boxes) boxTables(box, out, budget);
    } else if (c.name === "tbl") table(c, out, budget);
    else if (CONTAINERS.has(c.name)) walkBody(c, out, budget);
  }
}

/** A text box's tables (a report's table is sometimes set in one); its loose text is decoration and left out. */
function boxTables(node: XNode, out: Block[], budget: Budget): void {
  for (const c of childElements(node)) {
    if (c.name === "tbl") table(c, out, budget);
    else if (CONTAINERS.has(c.name)) boxTables(c, out, budget);
  }
}

const SKIP_RUN = new Set([
  "del",
  "moveFrom",
  "instrText",
  "delText",
  "pPr",
  "rPr",
  "txbxContent",
  "Fallback",
  "footnoteReference",
  "endnoteReference",
  "commentReference",
]);

/** What makes a drawing a picture (a text box is a drawing too). */
const isPicture = (n: XNode) =>
  n.name === "object" || hasDescendant(n, "blip") || hasDescendant(n, "imagedata") || !hasDescendant(n, "txbxContent");

/** A paragraph's text; `seen.picture` is set when it holds a picture, `seen.boxes` gets its text boxes. */
function paragraphText(p: XNode, seen: Seen = { picture: false, boxes: [] }): string {
  let s = "";
  const walk = (n: XNode) => {
    for (const c of n.children) {
      if (typeof c === "string") continue;
      if (PICTURES.has(c.name) && isPicture(c)) seen.picture = true;
      if (c.name === "txbxContent") seen.boxes.push(c);
      if (SKIP_RUN.has(c.name)) continue;
      if (c.name === "t") s += c.children.filter((x): x is string => typeof x === "string").join("");
      else if (c.name === "tab" || c.name === "ptab") s += "\t";
      else if (c.name === "br" || c.name === "cr") s += attr(c, "type") === "page" ? "" : "\n";
      else if (c.name === "noBreakHyphen") s += "-";
      else walk(c);
    }
  };
  walk(p);
  return s;
}

/** the longest official label has about 45 characters; a cell with far more text is page layout */
const LONG_CELL = 160;

const rowsOf = (tbl: XNode): XNode[] =>
  childElements(tbl).flatMap((c) => (c.name === "tr" ? [c] : CONTAINERS.has(c.name) ? rowsOf(c) : []));
const cellsOf = (tr: XNode): XNode[] =>
  childElements(tr).flatMap((c) => (c.name === "tc" ? [c] : CONTAINERS.has(c.name) ? cellsOf(c) : []));

function cellText(tc: XNode): string {
  const parts: string[] = [];
  const walk = (n: XNode) => {
    for (const c of childElements(n)) {
      if (c.name === "p") parts.push(paragraphText(c));
      else if (c.name === "tbl" || c.name === "tr" || c.name === "tc" || CONTAINERS.has(c.name)) walk(c);
    }
  };
  walk(tc);
  return parts.join("\n");
}

function table(tbl: XNode, out: Block[], budget: Budget): void {
  const rows = rowsOf(tbl);
  const cellRows = rows.map(cellsOf);
  const maxCells = Math.max(0, ...cellRows.map((r) => r.length));
  // a layout table: one column, tables inside, or a cell holding running text (labels are short)
  if (
    maxCells <= 1 ||
    cellRows.some((r) => r.some((tc) => hasDescendant(tc, "tbl") || cellText(tc).length > LONG_CELL))
  ) {
    for (const r of cellRows) for (const tc of r) walkBody(tc, out, budget);
    return;
  }
  const grid: SeenCell[][] = [];
  rows.forEach((tr, r) => {
    const line: SeenCell[] = [];
    const trPr = childElements(tr, "trPr")[0];
    let col = Math.min(MAX_TABLE_COLS, Number(trPr ? attr(childElements(trPr, "gridBefore")[0] ?? tr, "val") : 0) || 0);
    for (const tc of cellRows[r] ?? []) {
      if (col >= MAX_TABLE_COLS) break;
      const tcPr = childElements(tc, "tcPr")[0];
      const span = Math.max(
        1,
        Math.min(64, MAX_TABLE_COLS - col, Number(tcPr && attr(childElements(tcPr, "gridSpan")[0] ?? tc, "val")) || 1),
      );
      budget.cells -= span;
      if (budget.cells < 0)
        throw new TooLarge(
          `Word 文档中的表格单元格过多（超过 ${MAX_TABLE_CELLS.toLocaleString("en-US")} 格），不像是一份年度报告，没有导入`,
        );
      const vMerge = tcPr ? childElements(tcPr, "vMerge")[0] : undefined;
      const continues = vMerge !== undefined && attr(vMerge, "val") !== "restart";
      // the legacy horizontal merge: a cell continuing the one to its left is a copy of it
      const hMerge = tcPr ? childElements(tcPr, "hMerge")[0] : undefined;
      const left = line[col - 1];
      if (hMerge !== undefined && attr(hMerge, "val") !== "restart" && left) {
        for (let k = 0; k < span; k++) line[col + k] = { ...left, hspan: true };
        col += span;
        continue;
      }
      const above = grid[r - 1]?.[col];
      const text = continues ? (above?.text ?? "") : cellText(tc);
      for (let k = 0; k < span; k++) {
        const cell: SeenCell = continues
          ? { text, vspan: true, ...(k > 0 ? { hspan: true } : {}) }
          : k > 0
            ? { text, hspan: true }
            : { text };
        line[col + k] = cell;
      }
      col += span;
    }
    grid.push(Array.from({ length: line.length }, (_, i) => line[i] ?? { text: "" }));
  });
  out.push({ kind: "table", rows: grid, blanksKept: true });
  if (grid.every((row) => row.every((c) => c.text.trim() === "")) && [...PICTURES].some((n) => hasDescendant(tbl, n)))
    out.push({ kind: "image" });
}
