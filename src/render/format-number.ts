/**
 * How a cell's value is printed, decided once for every output (decisions §2): 0 prints as 0;
 * money has at most 4 decimals with no trailing zeros, and carries its unit when the unit is the
 * clerk's choice (2019 采购总金额, e.g. `25.5万元`); a signed count prints its minus sign.
 */
import type { CellDef } from "../model/types.ts";

/** A number as printed: integers plainly, decimals to at most 4 places without trailing zeros. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const fixed = value.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
  return fixed === "-0" ? "0" : fixed;
}

/** A cell's printed text; `unit` is the unit stored in the report for cells without one in the label. */
export function formatCell(value: number, cell: CellDef | undefined, unit: string | undefined): string {
  const text = formatNumber(value);
  return cell?.unitChoice && unit ? `${text}${unit}` : text;
}
