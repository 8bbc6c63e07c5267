/**
 * A PDF with a text layer (made by Word, WPS, LibreOffice or a browser's print) → blocks: per page,
 * the tables rebuilt from the ruling (pdf-tables.ts) and the running text around them as paragraphs
 * (pdf-lines.ts), in the order they stand on the page; a table continued on the next page is the
 * next block. A PDF of pictures only (a scan) is named as such.
 */
import type { Block, BlocksRead } from "../blocks.ts";
import { readPdf } from "./pdf-engine.ts";
import { linesOf, paragraphsOf, type TextLine } from "./pdf-lines.ts";
import { pageTables } from "./pdf-tables.ts";
import { textTables } from "./pdf-text-tables.ts";

export async function pdfBlocks(bytes: Uint8Array): Promise<BlocksRead> {
  const read = await readPdf(bytes);
  if (!read.ok) return read;
  const pieces = read.pages.reduce((n, p) => n + p.pieces.length, 0);
  const images = read.pages.reduce((n, p) => n + p.images, 0);
  if (pieces === 0)
    return {
      ok: false,
      reason:
        images > 0
          ? "这是扫描件：PDF 中只有图片，没有文字层，无法读取其中的文字和数字。请导入原来的 Word 文件或网页，或先用文字识别（OCR）软件转成文字后再导入"
          : "PDF 中没有文字，没有可导入的内容",
    };
  const blocks: Block[] = [];
  const notes: string[] = [];
  /** lines waiting to be joined into paragraphs (across page breaks too) */
  let lines: TextLine[] = [];
  const flushLines = () => {
    for (const text of paragraphsOf(lines)) blocks.push({ kind: "para", text });
    lines = [];
  };
  const perPage = read.pages.map((page, i) => {
    const ruled = pageTables(page.rules, page.pieces);
    const unruled = textTables(ruled.rest, page.height);
    const tables = [...ruled.tables, ...unruled.tables].sort((a, b) => a.top - b.top);
    return { page, tables, lines: linesOf(unruled.rest, i + 1, page.height) };
  });
  const running = runningLines(perPage.map((p) => ({ lines: p.lines, height: p.page.height })));
  perPage.forEach(({ page, tables, lines: all }, i) => {
    const pageLines = all.filter((l) => !running.has(l.text));
    let t = 0;
    for (const line of pageLines) {
      while (t < tables.length && (tables[t]?.top ?? Infinity) < line.baseline) {
        flushLines();
        blocks.push({ kind: "table", rows: tables[t]?.rows ?? [], blanksKept: true });
        t++;
      }
      lines.push(line);
    }
    for (; t < tables.length; t++) {
      flushLines();
      blocks.push({ kind: "table", rows: tables[t]?.rows ?? [], blanksKept: true });
    }
    if (page.pieces.length === 0 && page.images > 0) {
      flushLines();
      blocks.push({ kind: "image" });
      notes.push(`PDF 第 ${i + 1} 页只有图片，没有文字`);
    }
  });
  flushLines();
  return { ok: true, blocks, notes };
}

/** Running heads and feet: the same line in the top or bottom margin of two pages or more. */
function runningLines(pages: readonly { lines: readonly TextLine[]; height: number }[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of pages) {
    const marginal = new Set(
      p.lines.filter((l) => l.baseline < p.height * 0.12 || l.baseline > p.height * 0.9).map((l) => l.text),
    );
    for (const t of marginal) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([t]) => t));
}
