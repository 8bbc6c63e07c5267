/**
 * Timing helpers for the benches: warm up, then the median and p95 of many runs; and the result
 * lines, each against its budget. A missed budget is remembered, so that `npm run bench` fails.
 */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export async function time(fn: () => unknown, runs = 200, warmup = 20): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)] ?? 0, p95: samples[Math.floor(runs * 0.95)] ?? 0, runs };
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
