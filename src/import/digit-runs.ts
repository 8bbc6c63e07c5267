/**
 * A row's cells joined by a crawler (`3 0 0 0 0 0 3` printed as `3000003`): every way to cut the
 * digit runs seen, in order, into exactly as many numbers as the row has cells — each run giving at
 * least one number, no number with a leading zero (`0` itself excepted). Which of these is the row
 * is for the tables' identities to say (resolve-runs.ts); here only the arithmetic of the digits.
 */

/** far more ways than this and the row is left to the reader (a long run of a 15-cell row) */
export const MAX_SPLITS = 20_000;

const DIGITS = /^\d+$/;

/** Whether a seen value is a plain run of digits that may hold several joined numbers. */
export const isDigitRun = (text: string): boolean => DIGITS.test(text);

/**
 * The ways to cut `runs` into `k` numbers; null when there are more than MAX_SPLITS (too many to
 * weigh). An empty list means no way at all.
 */
export function splitRuns(runs: readonly string[], k: number): number[][] | null {
  const out: number[][] = [];
  const total = runs.reduce((n, r) => n + r.length, 0);
  if (runs.length === 0 || k < runs.length || total < k) return [];
  const current: number[] = [];
  let overflow = false;
  /** digits left after run `r` (for pruning: each remaining part needs at least one digit) */
  const after = runs.map((_, r) => runs.slice(r + 1).reduce((n, x) => n + x.length, 0));
  const walk = (r: number, at: number, left: number): void => {
    if (overflow) return;
    const run = runs[r];
    if (run === undefined) {
      if (left === 0) {
        if (out.length >= MAX_SPLITS) overflow = true;
        else out.push([...current]);
      }
      return;
    }
    const rest = run.length - at;
    // the remaining runs each need at least one part, and every part at least one digit
    const laterRuns = runs.length - r - 1;
    if (left < 1 + laterRuns || left > rest + (after[r] ?? 0)) return;
    for (let len = 1; len <= rest; len++) {
      const piece = run.slice(at, at + len);
      if (piece.length > 1 && piece.startsWith("0")) break;
      if (piece.length > 15) break;
      current.push(Number(piece));
      if (at + len === run.length) walk(r + 1, 0, left - 1);
      else walk(r, at + len, left - 1);
      current.pop();
      if (overflow) return;
    }
  };
  walk(0, 0, k);
  return overflow ? null : out;
}

/**
 * The one cut the digits themselves allow, when there is exactly one — also counting the readings
 * where some cells were blank and left no digits (a flattened row drops them): `000` in three cells
 * can only be 0 0 0, while `226` may be 2 2 6 or 2 26 with a blank. Null otherwise.
 */
export function forcedByDigits(readings: readonly (readonly string[])[], k: number): number[] | null {
  const full: number[][] = [];
  for (const runs of readings) {
    const cuts = splitRuns(runs, k);
    if (cuts === null) return null;
    full.push(...cuts);
    for (let m = runs.length; m < k; m++) if ((splitRuns(runs, m) ?? [[]]).length > 0) return null;
  }
  return full.length === 1 ? (full[0] ?? null) : null;
}
