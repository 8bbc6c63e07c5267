/**
 * County review speed (`review`, the real command in a child process, its worker pool on every
 * core): 1,000 reports — report files and Word documents mixed, every one a distinct body with its
 * own figures and text — and 10,000 report files, generated here into a temporary folder. Each run
 * prints its wall time and its CPU time (all threads; on a loaded machine the wall time grows, the
 * CPU time does not — on a quiet 2-core machine the wall time is about CPU / 2) and its peak memory.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { report } from "./measure.ts";

const run = promisify(execFile);

const ROOT = resolve(import.meta.dirname, "..");

/** Writes `count` bodies into `dir`, in as many processes as there are cores. */
async function generate(dir: string, count: number, wordEvery: number): Promise<void> {
  const parts = availableParallelism();
  const step = Math.ceil(count / parts);
  await Promise.all(
    Array.from({ length: parts }, (_, i) =>
      run(
        "npx",
        [
          "tsx",
          "bench/review-inputs.ts",
          dir,
          String(i * step),
          String(Math.min(count, (i + 1) * step)),
          String(wordEvery),
        ],
        {
          cwd: ROOT,
        },
      ),
    ),
  );
}

interface Run {
  wall: number;
  cpu: number;
  maxRssMb: number;
  reports: number;
}

/** `review <dir> --json` as a county office runs it, timed by GNU time. */
function review(dir: string): Run {
  const timing = join(dir, "..", "time.txt");
  let out = "";
  try {
    out = execFileSync(
      "/usr/bin/time",
      [
        "-f",
        "%e %U %S %M",
        "-o",
        timing,
        "npx",
        "tsx",
        "src/cli/index.ts",
        "review",
        dir,
        "--json",
        "--area",
        "青山县",
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 30 },
    ).toString();
  } catch (e) {
    // exit 1: some generated reports are blocked (the text checks find things) — the output is still whole
    out = String((e as { stdout?: Buffer }).stdout ?? "");
  }
  const [wall, user, system, rss] = readFileSync(timing, "utf8").trim().split(/\s+/).slice(-4).map(Number);
  const reports = (JSON.parse(out) as { reports: unknown[] }).reports.length;
  return { wall: wall ?? 0, cpu: (user ?? 0) + (system ?? 0), maxRssMb: (rss ?? 0) / 1024, reports };
}

export default async function bench(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "nianbao-review-bench-"));
  try {
    const mixed = join(root, "mixed");
    await generate(mixed, 1000, 2);
    const a = review(mixed);
    report(`review 1,000 reports (500 Word + 500 report files, ${a.reports} read), wall`, a.wall, "s", 10);
    report(`  the same, CPU time of all threads (2 cores: wall on a quiet machine ≈ CPU / 2)`, a.cpu, "s", 20);
    report(`  the same, peak memory`, a.maxRssMb, "MB", 1024);
    const many = join(root, "many");
    await generate(many, 10_000, 0);
    const b = review(many);
    report(`review 10,000 report files (${b.reports} read), wall`, b.wall, "s", 20);
    report(`  the same, CPU time of all threads`, b.cpu, "s", 40);
    report(`  the same, peak memory (flat: not ten times the 1,000 run's)`, b.maxRssMb, "MB", 1024);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
