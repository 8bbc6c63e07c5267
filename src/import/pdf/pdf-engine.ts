/**
 * The one module that knows pdf.js (pdfjs-dist 5, legacy build: Node 20 and every current
 * browser). Reads each page's text pieces with their positions, the straight lines and thin filled
 * rectangles it draws (a table's ruling, with every transform applied) and how many pictures it
 * paints — all in points, y growing downwards. pdf.js runs its parser in this thread (the worker
 * module is loaded as an ordinary chunk, bundled with the app, never fetched from elsewhere), only
 * when a PDF is opened. Bounded: pages, pieces and drawing operations per page, and time.
 */
import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ordinaryIdeographs } from "./cjk-glyphs.ts";
import { MAX_PDF_ITEMS_PER_PAGE, MAX_PDF_OPS_PER_PAGE, MAX_PDF_PAGES, PDF_TIME_LIMIT_MS } from "../limits.ts";

export interface TextPiece {
  readonly text: string;
  /** left edge and advance width */
  readonly x: number;
  readonly width: number;
  /** baseline, from the top of the page */
  readonly baseline: number;
  /** font size */
  readonly size: number;
}

/** A ruling line: horizontal (y fixed, from x1 to x2) or vertical (x fixed, from y1 to y2). */
export type Rule =
  | { readonly dir: "h"; readonly y: number; readonly from: number; readonly to: number }
  | { readonly dir: "v"; readonly x: number; readonly from: number; readonly to: number };

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly pieces: readonly TextPiece[];
  readonly rules: readonly Rule[];
  readonly images: number;
}

export type PdfRead = { ok: true; pages: PdfPage[] } | { ok: false; reason: string };

type PdfJs = typeof PdfJsModule;

let loaded: Promise<PdfJs> | null = null;

/** pdf.js and its parser ("worker"), run in this thread. */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const [lib, worker] = await Promise.all([
      import("pdfjs-dist/legacy/build/pdf.mjs"),
      import("pdfjs-dist/legacy/build/pdf.worker.mjs"),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return lib;
  })();
  return loaded;
}

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m applied first, then ctm (PDF's `cm`). */
const times = (m: Matrix, c: Matrix): Matrix => [
  m[0] * c[0] + m[1] * c[2],
  m[0] * c[1] + m[1] * c[3],
  m[2] * c[0] + m[3] * c[2],
  m[2] * c[1] + m[3] * c[3],
  m[4] * c[0] + m[5] * c[2] + c[4],
  m[4] * c[1] + m[5] * c[3] + c[5],
];
const apply = (c: Matrix, x: number, y: number): [number, number] => [
  c[0] * x + c[2] * y + c[4],
  c[1] * x + c[3] * y + c[5],
];

/** a filled rectangle at most this thick (points) is a ruling line */
const THIN = 2.5;
/** shorter lines are glyph parts or decoration, not ruling */
const MIN_RULE = 4;

async function readPage(lib: PdfJs, doc: PDFDocumentProxy, n: number): Promise<PdfPage | string> {
  const page = await doc.getPage(n);
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const height = y1 - y0;
  const top = (y: number) => y1 - y;
  const content = await page.getTextContent();
  if (content.items.length > MAX_PDF_ITEMS_PER_PAGE)
    return `PDF 第 ${n} 页的文字片段过多（超过 ${MAX_PDF_ITEMS_PER_PAGE.toLocaleString("en-US")} 个），不像是一份年度报告`;
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    // rotated text (a watermark, a stamp) is not report text
    if (Math.abs(b ?? 0) > 0.01 || Math.abs(c ?? 0) > 0.01 || (a ?? 0) <= 0) continue;
    const size = Math.abs(d ?? 0) || Math.abs(a ?? 0);
    pieces.push({
      text: ordinaryIdeographs(item.str),
      x: (e ?? 0) - x0,
      width: item.width,
      baseline: top(f ?? 0),
      size,
    });
  }
  // the drawing is read only where a table may stand (reading it costs as much as the text)
  if (!mayHoldTable(pieces)) {
    page.cleanup();
    return { width: x1 - x0, height, pieces, rules: [], images: 0 };
  }
  const ops = await page.getOperatorList();
  const { OPS } = lib;
  const rules: Rule[] = [];
  let images = 0;
  let ctm: Matrix = IDENTITY;
  const saved: Matrix[] = [];
  const count = Math.min(ops.fnArray.length, MAX_PDF_OPS_PER_PAGE);
  const line = (ax: number, ay: number, bx: number, by: number) => {
    const [px, py] = apply(ctm, ax, ay);
    const [qx, qy] = apply(ctm, bx, by);
    if (Math.abs(py - qy) < 0.5 && Math.abs(px - qx) >= MIN_RULE)
      rules.push({ dir: "h", y: top(py), from: Math.min(px, qx) - x0, to: Math.max(px, qx) - x0 });
    else if (Math.abs(px - qx) < 0.5 && Math.abs(py - qy) >= MIN_RULE)
      rules.push({ dir: "v", x: px - x0, from: Math.min(top(py), top(qy)), to: Math.max(top(py), top(qy)) });
  };
  const box = (xs: number[], ys: number[]) => {
    const l = Math.min(...xs);
    const r = Math.max(...xs);
    const t = Math.min(...ys);
    const b = Math.max(...ys);
    if (r - l <= THIN && b - t >= MIN_RULE) rules.push({ dir: "v", x: (l + r) / 2 - x0, from: top(b), to: top(t) });
    else if (b - t <= THIN && r - l >= MIN_RULE)
      rules.push({ dir: "h", y: top((t + b) / 2), from: l - x0, to: r - x0 });
  };
  const STROKES = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const FILLS = new Set([OPS.fill, OPS.eoFill]);
  for (let i = 0; i < count; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) saved.push(ctm);
    else if (fn === OPS.restore) ctm = saved.pop() ?? IDENTITY;
    else if (fn === OPS.transform && args) ctm = times(args as unknown as Matrix, ctm);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject)
      images++;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || !(STROKES.has(paint) || FILLS.has(paint))) continue;
      // sub-paths: moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4
      let sx = 0;
      let sy = 0;
      let cx = 0;
      let cy = 0;
      let xs: number[] = [];
      let ys: number[] = [];
      let curved = false;
      const endSubpath = () => {
        if (FILLS.has(paint) && !curved && xs.length >= 3) {
          const pts = xs.map((x, k) => apply(ctm, x, ys[k] ?? 0));
          box(
            pts.map((p) => p[0]),
            pts.map((p) => p[1]),
          );
        }
        xs = [];
        ys = [];
        curved = false;
      };
      for (let k = 0; k < data.length;) {
        const op = data[k++];
        if (op === 0) {
          endSubpath();
          sx = cx = data[k++] ?? 0;
          sy = cy = data[k++] ?? 0;
          xs.push(cx);
          ys.push(cy);
        } else if (op === 1) {
          const nx = data[k++] ?? 0;
          const ny = data[k++] ?? 0;
          if (STROKES.has(paint)) line(cx, cy, nx, ny);
          cx = nx;
          cy = ny;
          xs.push(cx);
          ys.push(cy);
        } else if (op === 2) {
          k += 6;
          curved = true;
        } else if (op === 3) {
          k += 4;
          curved = true;
        } else if (op === 4) {
          if (STROKES.has(paint)) line(cx, cy, sx, sy);
          cx = sx;
          cy = sy;
        } else break;
      }
      endSubpath();
    }
  }
  page.cleanup();
  return { width: x1 - x0, height, pieces, rules, images };
}

/** A page of running text only has no bare numbers and few short pieces; a table page has both. */
function mayHoldTable(pieces: readonly TextPiece[]): boolean {
  let short = 0;
  for (const p of pieces) {
    const t = p.text.trim();
    if (/^[\d.,，—–\-－/]{1,12}$/.test(t)) return true;
    if (t.length <= 12 && !/[。，；]/.test(t)) short++;
  }
  return short >= 8 || pieces.length === 0;
}

const timeout = (ms: number) =>
  new Promise<"timeout">((done) => {
    const t = setTimeout(() => done("timeout"), ms);
    (t as { unref?: () => void }).unref?.();
  });

/** Reads every page of a PDF; a clear reason when it cannot be read or is beyond the bounds. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    verbosity: 0,
  });
  const work = (async (): Promise<PdfRead> => {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = (e as { name?: string }).name;
      if (name === "PasswordException") return { ok: false, reason: "PDF 文件设有密码，无法读取：请导入未加密的文件" };
      return { ok: false, reason: "PDF 文件已损坏或不完整，无法读取" };
    }
    if (doc.numPages > MAX_PDF_PAGES)
      return {
        ok: false,
        reason: `PDF 有 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页：一份年度报告通常只有几页到二十页，请确认选对了文件`,
      };
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await readPage(lib, doc, n);
      if (typeof page === "string") return { ok: false, reason: page };
      pages.push(page);
    }
    return { ok: true, pages };
  })();
  try {
    const result = await Promise.race([work, timeout(PDF_TIME_LIMIT_MS)]);
    if (result === "timeout")
      return {
        ok: false,
        reason: `PDF 文件在 ${PDF_TIME_LIMIT_MS / 1000} 秒内没有读完，已停止：文件可能过于复杂或已损坏`,
      };
    return result;
  } catch {
    return { ok: false, reason: "PDF 文件已损坏或不完整，无法读取" };
  } finally {
    void task.destroy();
  }
}
