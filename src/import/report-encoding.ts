/**
 * A report file's bytes as text (the report file is UTF-8, decisions §5). Nothing is guessed into
 * the file: a UTF-8 BOM is dropped; UTF-16 with a BOM is certain, so it is decoded and said so;
 * anything else that is not valid UTF-8 is refused, naming the encoding it most likely is (GBK /
 * GB18030 from Notepad's “ANSI” or WPS, UTF-16 without a BOM) or the first byte that is wrong —
 * never read with U+FFFD in place of every Chinese character. (UTF-16 without a BOM is recognised as
 * the importer recognises it, `decode-text.ts`.)
 */
import { utf16Unmarked } from "./decode-text.ts";

export type DecodedReport =
  | { readonly ok: true; readonly text: string; readonly note?: string }
  | { readonly ok: false; readonly message: string };

const SAVE_AS_UTF8 = "请用记事本或 WPS 打开，“另存为”时编码选 UTF-8，再打开这个文件";

/** Where UTF-8 goes wrong: the first bad byte (-1 when none), how many sequences are bad and how many are good multi-byte characters. */
export function utf8Errors(b: Uint8Array): { first: number; bad: number; good: number } {
  let first = -1;
  let bad = 0;
  let good = 0;
  for (let i = 0; i < b.length;) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    const c1 = b[i + 1] ?? 0;
    // no overlong forms, no surrogates, nothing above U+10FFFF
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    let ok = len > 0 && i + len <= b.length && c1 >= lo && c1 <= hi;
    for (let k = 2; ok && k < len; k++) ok = ((b[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len;
    } else {
      if (first === -1) first = i;
      bad++;
      i++;
    }
  }
  return { first, bad, good };
}

const CJK = /[\u4e00-\u9fff]/;

/** The report file's text, or why it cannot be read as the UTF-8 the file must be. */
export function decodeReportBytes(b: Uint8Array): DecodedReport {
  if (
    (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) ||
    (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
  )
    return { ok: false, message: `文件是 UTF-32 编码，年报文件应为 UTF-8。${SAVE_AS_UTF8}` };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    const encoding = b[0] === 0xff ? "utf-16le" : "utf-16be";
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(b.subarray(2));
      return {
        ok: true,
        text,
        note: `文件是 ${encoding.toUpperCase()} 编码（带 BOM），已按此读取；年报文件应为 UTF-8，保存时请选 UTF-8`,
      };
    } catch {
      return {
        ok: false,
        message: `文件开头标明是 ${encoding.toUpperCase()} 编码，但内容不是有效的 ${encoding.toUpperCase()}，文件可能已损坏`,
      };
    }
  }
  const errors = utf8Errors(b);
  if (errors.first === -1) return { ok: true, text: new TextDecoder("utf-8").decode(b) };
  const utf16 = utf16Unmarked(b);
  if (utf16)
    return {
      ok: false,
      message: `文件不是 UTF-8 编码，看起来是 ${utf16.toUpperCase()} 编码（没有 BOM）。${SAVE_AS_UTF8}`,
    };
  // GBK text has hardly a valid UTF-8 character; UTF-8 with a damaged byte has many
  try {
    const gbk = errors.bad > errors.good ? new TextDecoder("gb18030", { fatal: true }).decode(b) : "";
    if (CJK.test(gbk))
      return {
        ok: false,
        message: `文件不是 UTF-8 编码，看起来是 GBK/GB18030 编码（记事本的“ANSI”）：按 UTF-8 读会把每个汉字读错，所以没有读取。${SAVE_AS_UTF8}`,
      };
  } catch {
    // not GB18030 either: say where the wrong byte is
  }
  const at = errors.first;
  let line = 1;
  for (let i = 0; i < at; i++) if (b[i] === 0x0a) line++;
  const hex = (b[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  const more = errors.bad > 1 ? `（共 ${errors.bad} 处）` : "";
  return {
    ok: false,
    message: `文件不是有效的 UTF-8 编码：第 ${line} 行（第 ${at + 1} 个字节）有无效的字节 0x${hex}${more}，文件可能已损坏或被别的软件改动过，没有读取。${SAVE_AS_UTF8}`,
  };
}
