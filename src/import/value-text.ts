/**
 * What a table cell's text says as a value: blank, a number (with the unit some reports write in
 * the cell, e.g. `25.1万元`, `3件`), or something else kept as seen. Numbers go through the same
 * rules as typed input (decisions §2), so an importer never accepts what the clerk could not type.
 */
import { parseCellInput } from "../model/cell-input.ts";
import type { CellKind } from "../model/types.ts";
import { compact, halfWidth } from "./labels.ts";

const UNIT = /(万元|元|件|条|项|个|次|宗)$/;
const NUMBER_LIKE = /^[+\-−–—－]?\d[\d,，.．]*$/;
/** what reports put in a cell for "none" or "not applicable"; never silently read as 0 */
const PLACEHOLDER = /^(?:[—–\-－─]{1,3}|[/／\\]|无|空|×|x|X|--|——)$/;

const SPACES = /[\s\u00a0\u3000]+/g;
const SPLIT_DIGITS = /[\d.,][\s\u00a0\u3000]+[\d.,]/;

/** Whether the text is where a value would be: a number (maybe with a unit) or a placeholder. */
export function isValueLike(text: string): boolean {
  const t = halfWidth(compact(text)).replace(UNIT, "");
  return NUMBER_LIKE.test(t) || PLACEHOLDER.test(compact(text));
}

export const isBlank = (text: string): boolean => compact(text) === "";

export type CellValue =
  | { readonly state: "blank" }
  | { readonly state: "number"; readonly value: number; readonly unit?: string }
  | { readonly state: "invalid"; readonly text: string; readonly reason: string };

/** Reads a value cell for a cell of the given kind; `unitChoice` lists the units the cell may carry. */
export function readValue(text: string, kind: CellKind, unitChoice?: readonly string[]): CellValue {
  const t = compact(text);
  if (t === "") return { state: "blank" };
  // `1` and `2` on two lines of one cell (cells merged in Word) or `1 234` are not the number 12 / 1234
  if (SPLIT_DIGITS.test(halfWidth(text.trim())))
    return {
      state: "invalid",
      text: text.trim().replace(SPACES, " "),
      reason: "一格中有被空白隔开的几个数字，不能确定是哪一个数",
    };
  const unit = UNIT.exec(t)?.[1];
  const numberText = unit ? t.slice(0, -unit.length) : t;
  if (unit && (unit === "万元" || unit === "元") && kind !== "money")
    return { state: "invalid", text: t, reason: "件数格里写了金额单位" };
  if (unit && kind === "money" && !(unitChoice ?? ["万元"]).includes(unit))
    return { state: "invalid", text: t, reason: `单位“${unit}”与本格的单位不符` };
  const parsed = parseCellInput(kind, numberText);
  if (parsed.state === "number") {
    if (unit && unitChoice?.includes(unit)) return { state: "number", value: parsed.value, unit };
    return { state: "number", value: parsed.value };
  }
  if (parsed.state === "blank") return { state: "blank" };
  return { state: "invalid", text: t, reason: parsed.reason };
}
