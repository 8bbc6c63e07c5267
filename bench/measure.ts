/**
 * Timing helpers for the benches: warm up, then the median and p95 of many runs (the quietest of
 * three rounds); and the result
 * lines, each against its budget. A missed budget is remembered, so that `npm run bench` fails.
 */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/**
 * `fn` warmed up, then timed `runs` times in each of three rounds; the figures of the round with
 * the lowest median. On a shared VM another process only ever adds time (a slow phase of the host
 * lasts seconds), so the quietest round is the code's own figure — as Python's `timeit` takes the
 * best of its repeats.
 */
export async function time(fn: () => unknown, runs = 200, warmup = 20, rounds = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  let best: Timing | null = null;
  for (let r = 0; r < rounds; r++) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const round = { median: samples[Math.floor(runs / 2)] ?? 0, p95: samples[Math.floor(runs * 0.95)] ?? 0, runs };
    if (best === null || round.median < best.median) best = round;
  }
  return best ?? { median: 0, p95: 0, runs };
}

/** The lowest of `rounds` timings of one long task, in ms (the quietest, as for `time`). */
export async function bestOf(rounds: number, fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const missed: string[] = [];

/** One result line: name, figure, budget, and whether it is within budget. */
export function report(
  name: string,
  value: number,
  unit: "ms" | "µs" | "s" | "KB" | "MB" | "×",
  budget: number,
): string {
  const within = value <= budget;
  const line = `${within ? "ok  " : "OVER"} ${name}: ${value.toFixed(unit === "µs" ? 1 : 2)} ${unit} (budget ≤ ${budget} ${unit})`;
  console.log(line);
  if (!within) missed.push(line);
  return line;
}

/** Every result line so far that missed its budget. */
export const budgetsMissed = (): readonly string[] => missed;
