/**
 * Bytes → text for saved pages and text files: byte-order marks, UTF-16 without one, a declared
 * charset, UTF-8, and — for older Chinese pages that declare nothing — GB18030 or Big5, chosen by
 * which decoding gives common Chinese words (a Big5 page decoded as GB18030 is a page of rare
 * characters, and was then refused for a missing year). Whatever is inferred is said in a note; a
 * page in traditional characters is named as such, since its labels cannot match the official
 * (simplified) text.
 */

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

const GB = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/;
const BIG5 = /^(?:big5|big5-hkscs|x-x-big5|cn-big5|csbig5)$/;

function tryDecode(label: string, b: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(b);
  } catch {
    return null;
  }
}

/** Decodes with a declared charset (GB names as GB18030); UTF-8 when it is unknown. */
export function decodeDeclared(b: Uint8Array, charset: string | undefined): string {
  const name = (charset ?? "utf-8").trim().toLowerCase();
  const label = GB.test(name) ? "gb18030" : BIG5.test(name) ? "big5" : name;
  return tryDecode(label, b, false) ?? new TextDecoder("utf-8").decode(b);
}

/** characters frequent in any report, simplified and traditional forms */
const COMMON_SIMPLIFIED = new Set(
  "的一是在了和有不人我为这中年国政府信息公开工作报告情况申请办理本结果总计数量行法规县镇乡街道",
);
const COMMON_TRADITIONAL = new Set(
  "的一是在了和有不人我為這中年國政府信息資訊公開工作報告情況申請辦理本結果總計數量行法規縣鎮鄉街道",
);
/** characters only traditional text uses (their simplified forms differ) */
const TRADITIONAL_ONLY = new Set(
  "開報資訊會發處關與於縣鎮區為務請這們對時國說門問題體經過進實現機構辦據規範條例結轉總計總數",
);

/** Share of the CJK characters that are common report characters of either script. */
function plausibility(text: string): number {
  let cjk = 0;
  let common = 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x3400 || c > 0x9fff) continue;
    cjk++;
    if (COMMON_SIMPLIFIED.has(ch) || COMMON_TRADITIONAL.has(ch)) common++;
  }
  return cjk === 0 ? 0 : common / cjk;
}

/** Whether the text is written in traditional characters. */
export function isTraditional(text: string): boolean {
  let trad = 0;
  let simp = 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  for (const ch of sample) {
    if (TRADITIONAL_ONLY.has(ch)) trad++;
    else if ("开报资讯会发处关与于县镇区为务请这们对时国说门问题体经过进实现机构办据规范条例结转总计数".includes(ch))
      simp++;
  }
  return trad >= 5 && trad > simp * 2;
}

/** UTF-16 without a byte-order mark: zero bytes in every other position (ASCII and CJK punctuation alike). */
export function utf16Unmarked(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return "utf-16le";
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return "utf-16be";
  return null;
}

/** Control characters and replacement characters: too many means the bytes are not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.01 + 2;
}

/** Bytes → text; `html` reads a `<meta charset>` / `charset=` in the first 4 KB. */
export function decodeBytes(b: Uint8Array, html: boolean): Decoded {
  let text: string | null = null;
  let note: string | undefined;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) text = new TextDecoder("utf-8").decode(b.subarray(3));
  else if (b[0] === 0xff && b[1] === 0xfe) text = new TextDecoder("utf-16le").decode(b.subarray(2));
  else if (b[0] === 0xfe && b[1] === 0xff) text = new TextDecoder("utf-16be").decode(b.subarray(2));
  else {
    const unmarked = utf16Unmarked(b);
    if (unmarked) {
      text = new TextDecoder(unmarked).decode(b);
      note = `文件是 UTF-16 编码（没有字节顺序标记），已按 ${unmarked.toUpperCase()} 读取`;
    }
  }
  if (text === null) {
    const declared = html
      ? /charset\s*=\s*["']?\s*([\w-]+)/i
          .exec(new TextDecoder("latin1").decode(b.subarray(0, 4096)))?.[1]
          ?.toLowerCase()
      : undefined;
    if (declared && GB.test(declared)) text = tryDecode("gb18030", b, false);
    else if (declared && BIG5.test(declared)) text = tryDecode("big5", b, false);
    else text = tryDecode("utf-8", b, true);
    if (text === null) {
      // not UTF-8 and nothing (or a wrong UTF-8) declared: GB18030, Big5 or UTF-16, whichever reads as Chinese
      const gb = tryDecode("gb18030", b, false) ?? "";
      const others = (
        [
          ["big5", "文件没有注明编码，按 Big5（繁体）读取"],
          ["utf-16le", "文件是 UTF-16 编码（没有字节顺序标记），已按 UTF-16LE 读取"],
          ["utf-16be", "文件是 UTF-16 编码（没有字节顺序标记），已按 UTF-16BE 读取"],
        ] as const
      ).map(([label, why]) => ({ text: tryDecode(label, b, true), why }));
      const best = others
        .filter((o): o is { text: string; why: (typeof others)[number]["why"] } => o.text !== null)
        .map((o) => ({ ...o, score: plausibility(o.text) }))
        .sort((x, y) => y.score - x.score)[0];
      if (best && best.score > 0.05 && best.score > plausibility(gb) * 1.5) {
        text = best.text;
        note = best.why;
      } else {
        text = gb;
        if (!declared) note = "文件没有注明编码，按 GB18030（GBK）读取";
      }
    }
  }
  if (looksBinary(text)) return { ok: false, reason: "这不是文本、网页或 Word 文件，无法读取其中的内容" };
  return note ? { ok: true, text, note } : { ok: true, text };
}
