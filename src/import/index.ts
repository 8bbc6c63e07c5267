/**
 * Importing an existing report: a Word file, a PDF with a text layer, a saved web page (or .mht),
 * markdown from a converter or OCR tool, pasted or saved text, or our own report file. Isomorphic —
 * callers pass the bytes or the text (no file system here), so the CLI and the app import the same
 * way; the PDF reader (pdf.js) is loaded only when a PDF comes. Anything that is not a report gets
 * a clear Chinese reason; nothing here throws.
 */
import { computeReport } from "../model/compute.ts";
import { getEdition } from "../model/editions/index.ts";
import { checkReport } from "../rules/run-rules.ts";
import type { BlocksRead } from "./blocks.ts";
import { decodeBytes } from "./decode-text.ts";
import { docxBlocks } from "./docx-blocks.ts";
import { htmlBlocks } from "./html-blocks.ts";
import type { CellAsRead, ImportInput, ImportOutcome, ImportSource } from "./import-types.ts";
import { interpret } from "./interpret.ts";
import { importWithIsland } from "./island-import.ts";
import { MAX_IMPORT_BYTES } from "./limits.ts";
import { looksLikeMarkdown, markdownBlocks } from "./markdown-blocks.ts";
import { isMht, mhtHtml } from "./mht.ts";
import { describeFileErrors, readReportFile, readReportFileBytes, type ReportFileRead } from "./report-file.ts";
import { readPageIsland } from "./page-island.ts";
import { textBlocks } from "./text-blocks.ts";

export type {
  CellAsRead,
  CellReading,
  Difference,
  ImportInput,
  ImportOutcome,
  ImportSource,
  ImportSummary,
  Origins,
} from "./import-types.ts";
export type { Ambiguity, Resolved } from "./place-tables.ts";
export { MAX_IMPORT_BYTES } from "./limits.ts";

/** What an input is, by its first bytes. */
function sniff(b: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return "zip";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "ole";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "PDF";
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "PNG";
  if (starts(0xff, 0xd8, 0xff)) return "JPEG";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "GIF";
  // "BM", the file size, then four reserved zero bytes (a text starting with "BM" is not an image)
  if (starts(0x42, 0x4d) && b.length > 14 && b[6] === 0 && b[7] === 0 && b[8] === 0 && b[9] === 0) return "BMP";
  if (starts(0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45) return "WebP";
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return "TIFF";
  if (starts(0x52, 0x61, 0x72, 0x21)) return "RAR";
  if (starts(0x37, 0x7a, 0xbc, 0xaf)) return "7z";
  if (starts(0x1f, 0x8b)) return "gzip";
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return "rtf";
  return null;
}

const IMAGES = new Set(["PNG", "JPEG", "GIF", "BMP", "WebP", "TIFF"]);

const extension = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1]?.toLowerCase() ?? "";
const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const HTML_EXT = new Set(["html", "htm", "xhtml", "shtml", "shtm", "asp", "aspx", "jsp", "php"]);
const MARKDOWN_EXT = new Set(["md", "markdown", "mdown", "mkd"]);

function fromBlocks(
  read: BlocksRead,
  source: ImportSource,
  year: number | undefined,
  notes: string[] = [],
): ImportOutcome {
  return read.ok ? interpret(read.blocks, source, year, [...notes, ...read.notes]) : { ok: false, reason: read.reason };
}

async function importUnsafe(input: ImportInput): Promise<ImportOutcome> {
  const ext = extension(input.name);
  const size = input.bytes?.length ?? (input.text?.length ?? 0) * 3;
  if (size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      reason: `文件太大（${megabytes(size)}），超过 ${megabytes(MAX_IMPORT_BYTES)}：一份年度报告的 Word 文件或网页通常不到 1 MB，请确认选对了文件`,
    };
  let text = input.text;
  let decodeNote: string | undefined;
  if (input.bytes) {
    if (input.bytes.length === 0) return { ok: false, reason: "文件是空的（0 字节），没有可导入的内容" };
    const kind = sniff(input.bytes);
    if (kind === "zip") return fromBlocks(docxBlocks(input.bytes), "docx", input.year);
    if (kind === "ole")
      return {
        ok: false,
        reason: "这是旧版 Word（.doc）或 WPS（.wps）文件：请在 Word 或 WPS 中“另存为” .docx 后再导入",
      };
    if (kind === "PDF") {
      const { pdfBlocks } = await import("./pdf/pdf-blocks.ts");
      return fromBlocks(await pdfBlocks(input.bytes), "pdf", input.year);
    }
    if (kind === "rtf") return { ok: false, reason: "这是 RTF 文件：请在 Word 或 WPS 中“另存为” .docx 后再导入" };
    if (kind && IMAGES.has(kind))
      return {
        ok: false,
        reason: `这是一张 ${kind} 图片${ext === "docx" ? "（只是文件名改成了 .docx）" : ""}，不是 Word 文档或网页：图片中的文字无法导入`,
      };
    if (kind)
      return { ok: false, reason: `这是 ${kind} 压缩文件，不是年度报告：请先解压，再导入其中的 Word 文件或网页` };
    if (isMht(input.bytes)) {
      const html = mhtHtml(input.bytes);
      if (html === null) return { ok: false, reason: "这是“单个文件网页”（.mht），但其中没有网页正文" };
      return fromPage(html, input.year);
    }
    if (ext === "docx")
      return { ok: false, reason: "文件名是 .docx，但内容不是 Word 文档（.docx 应是一个压缩包），可能已损坏" };
    // a report file's bytes go to the door itself: UTF-8 only, a GBK or UTF-16 file named, not guessed
    if (ext === "json" || (ext !== "txt" && !HTML_EXT.has(ext) && isJsonStart(input.bytes)))
      return fromJson(readReportFileBytes(input.bytes));
    const decoded = decodeBytes(input.bytes, HTML_EXT.has(ext) || ext === "");
    if (!decoded.ok) return decoded;
    text = decoded.text;
    if (decoded.note) decodeNote = decoded.note;
  }
  if (text === undefined) return { ok: false, reason: "没有给出要导入的内容" };
  if (text.trim() === "")
    return { ok: false, reason: input.bytes ? "文件中没有文字，没有可导入的内容" : "没有粘贴任何文字" };
  const start = text.slice(0, 4096).trimStart();
  const kind =
    ext === "json" || (ext !== "txt" && !HTML_EXT.has(ext) && start.startsWith("{"))
      ? "json"
      : HTML_EXT.has(ext) || (ext !== "txt" && /<(?:!doctype|html|body|table|p|div|head)[\s>]/i.test(start))
        ? "html"
        : "text";
  const notes = decodeNote ? [decodeNote] : [];
  if (kind === "json") return fromJson(readReportFile(text));
  if (kind === "html") return fromPage(text, input.year, notes);
  if (MARKDOWN_EXT.has(ext) || looksLikeMarkdown(text))
    return interpret(markdownBlocks(text), "markdown", input.year, notes);
  return interpret(textBlocks(text), "text", input.year, notes);
}

/**
 * A web page: its tables and text as a reader sees them and, when it is a page nianbao published,
 * the report file it carries (its data island), which is then the report — the shown tables checked
 * against it. An island that cannot be used leaves the page read as any other, with the reason.
 */
function fromPage(html: string, year: number | undefined, notes: string[] = []): ImportOutcome {
  const visible = fromBlocks(htmlBlocks(html), "html", year, notes);
  const island = readPageIsland(html);
  if (!island.found) return visible;
  if (island.ok) return importWithIsland(island.report, visible, notes);
  const note = `${island.reason}：按网页上显示的内容导入`;
  if (!visible.ok) return { ok: false, reason: `${visible.reason}（${note}）` };
  return { ...visible, summary: { ...visible.summary, notes: [...visible.summary.notes, note] } };
}

/** Whether bytes start (after a BOM and spaces) with `{`, as a report file does. */
function isJsonStart(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09) i++;
  return b[i] === 0x7b;
}

function fromJson(read: ReportFileRead): ImportOutcome {
  if (!read.ok) return { ok: false, reason: `不是有效的年报文件：${describeFileErrors(read.errors)}` };
  const report = read.report;
  const edition = getEdition(report.edition);
  const value = edition ? computeReport(edition, report).value : {};
  const blank = (edition?.cells ?? []).filter((c) => value[c.id] === null).map((c) => c.id);
  const { findings } = checkReport(report);
  const cells: Record<string, CellAsRead> = {};
  for (const c of edition?.cells ?? []) {
    const n = report.cells[c.id];
    cells[c.id] =
      n === undefined ? { text: "", reading: "blank" } : { text: `${n}${report.units?.[c.id] ?? ""}`, reading: "read" };
  }
  return {
    ok: true,
    report,
    summary: {
      source: "json",
      recovered: Object.keys(report.cells).length,
      blank,
      ambiguous: [],
      resolved: [],
      cells,
      origins: { org: "年报文件", year: "年报文件", edition: "年报文件" },
      deviations: [],
      differences: [],
      findings,
      notes: read.notes.map((n) => describeFileErrors([n])),
    },
  };
}

/** Imports a report from a file's bytes or from text. Never rejects. */
export async function importReport(input: ImportInput): Promise<ImportOutcome> {
  try {
    return await importUnsafe(input);
  } catch (e) {
    return { ok: false, reason: `导入时出错，未能读取：${e instanceof Error ? e.message : String(e)}` };
  }
}
