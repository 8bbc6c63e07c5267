/**
 * A progress bar on a terminal (`审核 [████████░░░░░░░░] 120/1000`), redrawn in place at most ten
 * times a second and cleared at the end. Only when the stream is a terminal: piped or captured
 * output (a log, `--json | jq`, the tests) gets nothing.
 */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** The bar's line for `done` of `total`, `width` characters of bar. */
export function progressLine(label: string, done: number, total: number, width: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const full = Math.round(share * width);
  return `${label} [${"█".repeat(full)}${"░".repeat(width - full)}] ${done}/${total}`;
}

export function progressBar(stream: ProgressStream, label: string, now: () => number = Date.now) {
  const on = stream.isTTY === true;
  let last = -Infinity;
  let shown = false;
  return {
    update(done: number, total: number): void {
      if (!on || (done < total && now() - last < 100)) return;
      last = now();
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 20));
      stream.write(`\r${progressLine(label, done, total, width)}`);
      shown = true;
    },
    end(): void {
      if (on && shown) stream.write("\r\x1b[2K");
    },
  };
}
