/**
 * Adding up cells exactly (no binary drift, whatever the number of bodies): every value becomes an
 * integer count of millionths of its unit (money has at most 6 decimals of 万元, decisions §2), money
 * is brought to one unit (元, as data: how many 元 a unit is), summed as a BigInt and written back in
 * the unit asked for — only when it is exact there. Counts and 2019's signed 本年增/减 are integers.
 */
/** How many 元 one unit of money is. */
export const YUAN_PER_UNIT: Readonly<Record<string, bigint>> = { 万元: 10_000n, 元: 1n };

/** the unit of money whose label fixes it (本年收费金额（单位：万元）) */
export const LABEL_UNIT = "万元";

/** the most decimals a value of the report file has */
const DECIMALS = 6;
const SCALE = 10n ** BigInt(DECIMALS);

/** A value as a whole number of millionths, or null when it has more decimals than a report may. */
export function millionths(value: number): bigint | null {
  if (!Number.isFinite(value)) return null;
  const fixed = value.toFixed(DECIMALS);
  if (!/^-?\d+\.\d+$/.test(fixed) || Number(fixed) !== value) return null;
  return BigInt(fixed.replace(".", ""));
}

/** A whole number of millionths as a number, written with only the decimals it needs. */
export function fromMillionths(total: bigint): number {
  const sign = total < 0n ? "-" : "";
  const abs = total < 0n ? -total : total;
  const whole = abs / SCALE;
  const frac = (abs % SCALE).toString().padStart(DECIMALS, "0").replace(/0+$/, "");
  return Number(`${sign}${whole}${frac ? `.${frac}` : ""}`);
}

/** A sum of amounts in several units, kept in millionths of a 元. */
export class MoneySum {
  private total = 0n;
  readonly units = new Set<string>();

  /** false when the unit is unknown or the value has too many decimals */
  add(value: number, unit: string): boolean {
    const m = millionths(value);
    const perUnit = YUAN_PER_UNIT[unit];
    if (m === null || perUnit === undefined) return false;
    this.total += m * perUnit;
    this.units.add(unit);
    return true;
  }

  /** The sum in `unit`, or null when it is not exact there with at most 6 decimals. */
  in(unit: string): number | null {
    const perUnit = YUAN_PER_UNIT[unit];
    if (perUnit === undefined || this.total % perUnit !== 0n) return null;
    return fromMillionths(this.total / perUnit);
  }
}
