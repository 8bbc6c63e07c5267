/**
 * How a cell's value is printed, decided once for every output (decisions §2): 0 prints as 0;
 * money prints the decimals it has (at most 6, checked where it is read: `model/number-text.ts`),
 * never rounded and never with an exponent, and carries its unit when the unit is the clerk's
 * choice (2019 采购总金额, e.g. `25.5万元`); a signed count prints its minus sign.
 */
import { MONEY_DECIMALS, numberText } from "../model/number-text.ts";
import type { CellDef } from "../model/types.ts";

/**
 * A number as printed: its digits as stored, no trailing zeros, no exponent. Binary noise past the
 * sixth decimal (a sum made outside `addExact`, `0.1 + 0.2`) is not printed.
 */
export function formatNumber(value: number): string {
  const text = numberText(value);
  const places = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
  const printed = places > MONEY_DECIMALS ? value.toFixed(MONEY_DECIMALS).replace(/0+$/, "").replace(/\.$/, "") : text;
  return printed === "-0" ? "0" : printed;
}

/** A cell's printed text; `unit` is the unit stored in the report for cells without one in the label. */
export function formatCell(value: number, cell: CellDef | undefined, unit: string | undefined): string {
  const text = formatNumber(value);
  return cell?.unitChoice && unit ? `${text}${unit}` : text;
}
