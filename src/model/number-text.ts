/**
 * Numbers read from their text (decisions §2), the one reader for typed input, report files and
 * imported tables: a count is a whole number up to `MAX_COUNT`, money (万元, or the unit the clerk
 * chose) has at most `MONEY_DECIMALS` decimals (万元 to the 分), at most `MONEY_DIGITS` significant
 * digits and fewer than `MONEY_INT_DIGITS` digits before the point. Within these bounds every
 * number is held exactly by a double and prints back as written, and totals of counts stay exact;
 * anything else is refused with a reason in Chinese, never rounded. `numberText` prints a number
 * without an exponent.
 */
import type { CellKind } from "./types.ts";

/** the largest count a cell holds (件, 项, 条): nine digits, so that totals of counts never lose a unit */
export const MAX_COUNT = 999_999_999;
/** decimals of money: 万元 to the 分 (`5949.088667`) */
export const MONEY_DECIMALS = 6;
/** significant digits a double holds exactly whatever they are */
export const MONEY_DIGITS = 15;
/** digits before the decimal point of money (below 1 万亿) */
export const MONEY_INT_DIGITS = 12;

export type NumberRead =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

/** a plain decimal number: sign, digits, optional decimals (no exponent, no separators) */
const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const SCIENTIFIC = /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;

const refuse = (reason: string): NumberRead => ({ ok: false, reason });

/** What a number written as `text` (already normalised: half-width, no separators or spaces) is for a cell of `kind`. */
export function readNumberText(kind: CellKind, text: string): NumberRead {
  const m = PLAIN.exec(text);
  if (!m) {
    if (SCIENTIFIC.test(text)) return refuse("请写成普通数字，不要用科学计数法（如 1e21）");
    return refuse("不是数字");
  }
  const negative = m[1] === "-";
  const whole = (m[2] ?? "").replace(/^0+/, "");
  const decimals = (m[3] ?? "").replace(/0+$/, "");
  const zero = whole === "" && decimals === "";
  if (kind === "money") {
    if (negative && !zero) return refuse("金额不能为负数");
    if (decimals.length > MONEY_DECIMALS)
      return refuse(`金额最多保留 ${MONEY_DECIMALS} 位小数（万元精确到 1 分），多出的位数不会被四舍五入`);
    if (whole.length > MONEY_INT_DIGITS) return refuse(`金额过大（整数部分最多 ${MONEY_INT_DIGITS} 位）`);
    if ((whole + decimals).replace(/^0+/, "").length > MONEY_DIGITS)
      return refuse(`数字的位数过多（最多 ${MONEY_DIGITS} 位有效数字），无法精确保存`);
  } else {
    if (decimals !== "") return refuse(kind === "signed" ? "本年增/减应为整数" : "件数应为整数，不能有小数");
    if (kind === "count" && negative && !zero) return refuse("件数不能为负数");
    if (whole.length > String(MAX_COUNT).length || Number(whole) > MAX_COUNT)
      return refuse(`数字过大（最多 ${MAX_COUNT.toLocaleString("en-US")}）`);
  }
  const value = Number(text);
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** A number already held (a draft, a value computed or stored), checked as `readNumberText` checks text. */
export function readNumberValue(kind: CellKind, value: number): NumberRead {
  if (!Number.isFinite(value)) return refuse("不是有效的数字");
  // String() is the shortest text that reads back as this very number: its digits are the number's
  const text = String(value);
  if (/e/i.test(text)) {
    if (Math.abs(value) >= 1)
      return refuse(kind === "money" ? `金额过大（整数部分最多 ${MONEY_INT_DIGITS} 位）` : "数字过大");
    return refuse(
      kind === "money" ? `金额最多保留 ${MONEY_DECIMALS} 位小数（万元精确到 1 分）` : "件数应为整数，不能有小数",
    );
  }
  return readNumberText(kind, text);
}

/** Why a number already held is not valid for a cell of `kind`, or null when it is. */
export function checkNumber(kind: CellKind, value: number): string | null {
  const read = readNumberValue(kind, value);
  return read.ok ? null : read.reason;
}

const PLAIN_FORMAT = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 20 });

/** A number as plain digits, never with an exponent (`1e21` → `1000000000000000000000`). */
export function numberText(value: number): string {
  const text = String(value);
  return /e/i.test(text) && Number.isFinite(value) ? PLAIN_FORMAT.format(value) : text;
}
