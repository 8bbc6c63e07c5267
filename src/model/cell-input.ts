/**
 * What a typed value means (decisions §2): normalised where the meaning is certain (full-width
 * digits, surrounding spaces, thousands separators), then read by the one number reader
 * (`number-text.ts`), otherwise refused with a reason in Chinese — a space between digits (`1 234`)
 * too: it may be two numbers. The caller keeps the refused text as typed; nothing is rounded or
 * dropped here.
 */
import { readNumberText } from "./number-text.ts";
import type { CellKind } from "./types.ts";

export { checkNumber } from "./number-text.ts";

export type ParsedInput =
  | { readonly state: "blank" }
  | { readonly state: "number"; readonly value: number }
  | { readonly state: "invalid"; readonly reason: string };

const FULL_WIDTH = /[０-９．－＋，]/g;
const toHalf = (s: string) =>
  s.replace(FULL_WIDTH, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
    return { "．": ".", "－": "-", "＋": "+", "，": "," }[ch] ?? ch;
  });

/** digits with an optional sign and decimals; thousands separators only in groups of three */
const NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

/** Parses what a clerk typed into a cell of the given kind. */
export function parseCellInput(kind: CellKind, typed: string): ParsedInput {
  const half = toHalf(typed);
  // `1 234` may be two numbers (1 and 234) run together, like `1,2`: kept as typed, and asked
  if (/\d[\s\u00a0\u3000]+\d/.test(half))
    return {
      state: "invalid",
      reason: `「${typed.trim()}」数字中间有空格：是一个数还是两个数？请去掉空格，或把两个数分别填入各自的格`,
    };
  const text = half.replace(/[\s\u00a0\u3000]+/g, "");
  if (text === "") return { state: "blank" };
  const normalised = text.replace(/^[−–—]/, "-");
  if (!NUMBER.test(normalised)) {
    // scientific notation (`1e21`) has its own reason; anything else is not a number
    const read = readNumberText(kind, normalised);
    const why = !read.ok && read.reason !== "不是数字" ? `：${read.reason}` : "不是数字，请填写阿拉伯数字";
    return { state: "invalid", reason: `「${typed.trim()}」${why}` };
  }
  const read = readNumberText(kind, normalised.replace(/,/g, ""));
  return read.ok ? { state: "number", value: read.value } : { state: "invalid", reason: read.reason };
}
