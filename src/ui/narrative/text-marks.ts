/** Splitting a text into plain and marked runs for the ranges findings point at. */

export interface Range {
  readonly start: number;
  readonly end: number;
  readonly level: string;
}

export interface Run {
  readonly text: string;
  readonly level: string | null;
}

/** Runs covering the whole text; overlapping ranges are merged (the first range's level wins). */
export function markRuns(text: string, ranges: readonly Range[]): Run[] {
  const sorted = ranges
    .map((r) => ({
      start: Math.max(0, Math.min(r.start, text.length)),
      end: Math.max(0, Math.min(r.end, text.length)),
      level: r.level,
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    if (start >= r.end) continue;
    if (start > at) runs.push({ text: text.slice(at, start), level: null });
    runs.push({ text: text.slice(start, r.end), level: r.level });
    at = r.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), level: null });
  return runs;
}
