/**
 * What a typed value means (decisions §2): normalised where the meaning is certain (full-width
 * digits, surrounding spaces, thousands separators), otherwise refused with a reason in Chinese — a
 * space between digits (`1 234`) too: it may be two numbers.
 * The caller keeps the refused text as typed; nothing is rounded or dropped here.
 */
import type { CellKind } from "./types.ts";

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
  if (!NUMBER.test(normalised)) return { state: "invalid", reason: `「${typed.trim()}」不是数字，请填写阿拉伯数字` };
  const value = Number(normalised.replace(/,/g, ""));
  const reason = checkNumber(kind, value, normalised);
  return reason === null ? { state: "number", value: Object.is(value, -0) ? 0 : value } : { state: "invalid", reason };
}

/** Why a number is not valid for a cell of this kind, or null when it is. `text` helps count decimals. */
export function checkNumber(kind: CellKind, value: number, text = String(value)): string | null {
  if (!Number.isFinite(value)) return "不是有效的数字";
  if (kind === "money") {
    if (value < 0) return "金额不能为负数";
    // decimals as written; String(1e-7) is "1e-7", so without plain decimal text the value must be whole 0.0001s
    const tooPrecise = /^[+-]?[\d,]*\.?\d*$/.test(text)
      ? (/\.(\d+)$/.exec(text)?.[1]?.length ?? 0) > 4
      : !Number.isInteger(value) && Math.round(value * 1e4) / 1e4 !== value;
    if (tooPrecise) return "金额最多保留 4 位小数（万元精确到 1 元）";
    return null;
  }
  if (!Number.isInteger(value)) return kind === "signed" ? "本年增/减应为整数" : "件数应为整数，不能有小数";
  if (!Number.isSafeInteger(value)) return "数字过大";
  if (kind === "count" && value < 0) return "件数不能为负数";
  return null;
}
