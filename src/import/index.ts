/**
 * Importing an existing report (issue 5): a Word file, a saved web page, pasted or saved text, or
 * our own report file. Pure and isomorphic — callers pass the bytes or the text (no file system
 * here), so the CLI and the app import the same way. Anything that is not a report gets a clear
 * Chinese reason; nothing here throws.
 */
import { computeReport } from "../model/compute.ts";
import { getEdition } from "../model/editions/index.ts";
import { checkReport } from "../rules/run-rules.ts";
import { docxBlocks } from "./docx-blocks.ts";
import { htmlBlocks } from "./html-blocks.ts";
import type { ImportInput, ImportOutcome } from "./import-types.ts";
import { interpret } from "./interpret.ts";
import { isMht, mhtHtml } from "./mht.ts";
import { describeFileErrors, readReportFile } from "./report-file.ts";
import { textBlocks } from "./text-blocks.ts";

export type { ImportInput, ImportOutcome, ImportSource, ImportSummary } from "./import-types.ts";
export type { Ambiguity } from "./place-tables.ts";

/** Files above this size are refused before they are read (a report is well under 1 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

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

/** Bytes → text: BOMs, UTF-8, and the GB18030 family older Chinese pages and files use. */
function decode(b: Uint8Array, html: boolean): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder("utf-8").decode(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b.subarray(2));
  const head = b.subarray(0, 4096);
  let text: string;
  const declared = html
    ? /charset\s*=\s*["']?\s*([\w-]+)/i.exec(new TextDecoder("latin1").decode(head))?.[1]?.toLowerCase()
    : undefined;
  if (declared && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared)) text = new TextDecoder("gb18030").decode(b);
  else
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(b);
    } catch {
      text = new TextDecoder("gb18030").decode(b);
    }
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.01 + 2 ? null : text;
}

const extension = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1]?.toLowerCase() ?? "";
const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const HTML_EXT = new Set(["html", "htm", "xhtml", "shtml", "shtm", "asp", "aspx", "jsp", "php"]);

function importUnsafe(input: ImportInput): ImportOutcome {
  const ext = extension(input.name);
  const size = input.bytes?.length ?? (input.text?.length ?? 0) * 3;
  if (size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      reason: `文件太大（${megabytes(size)}），超过 ${megabytes(MAX_IMPORT_BYTES)}：一份年度报告的 Word 文件或网页通常不到 1 MB，请确认选对了文件`,
    };
  let text = input.text;
  if (input.bytes) {
    if (input.bytes.length === 0) return { ok: false, reason: "文件是空的（0 字节），没有可导入的内容" };
    const kind = sniff(input.bytes);
    if (kind === "zip") {
      const read = docxBlocks(input.bytes);
      return read.ok ? interpret(read.blocks, "docx", input.year) : { ok: false, reason: read.reason };
    }
    if (kind === "ole")
      return {
        ok: false,
        reason: "这是旧版 Word（.doc）或 WPS（.wps）文件：请在 Word 或 WPS 中“另存为” .docx 后再导入",
      };
    if (kind === "PDF")
      return { ok: false, reason: "暂不能导入 PDF 文件：请导入原来的 Word 文件，或打开网页版年报、复制全文后粘贴导入" };
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
      return interpret(htmlBlocks(html), "html", input.year);
    }
    if (ext === "docx")
      return { ok: false, reason: "文件名是 .docx，但内容不是 Word 文档（.docx 应是一个压缩包），可能已损坏" };
    const decoded = decode(input.bytes, HTML_EXT.has(ext) || ext === "");
    if (decoded === null) return { ok: false, reason: "这不是文本、网页或 Word 文件，无法读取其中的内容" };
    text = decoded;
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
  if (kind === "json") return fromJson(text);
  if (kind === "html") return interpret(htmlBlocks(text), "html", input.year);
  return interpret(textBlocks(text), "text", input.year);
}

function fromJson(text: string): ImportOutcome {
  const read = readReportFile(text);
  if (!read.ok) return { ok: false, reason: `不是有效的年报文件：${describeFileErrors(read.errors)}` };
  const report = read.report;
  const edition = getEdition(report.edition);
  const value = edition ? computeReport(edition, report).value : {};
  const blank = (edition?.cells ?? []).filter((c) => value[c.id] === null).map((c) => c.id);
  const { findings } = checkReport(report);
  return {
    ok: true,
    report,
    summary: {
      source: "json",
      recovered: Object.keys(report.cells).length,
      blank,
      ambiguous: [],
      deviations: [],
      findings,
      notes: [],
    },
  };
}

/** Imports a report from a file's bytes or from text. Never throws. */
export function importReport(input: ImportInput): ImportOutcome {
  try {
    return importUnsafe(input);
  } catch (e) {
    return { ok: false, reason: `导入时出错，未能读取：${e instanceof Error ? e.message : String(e)}` };
  }
}
