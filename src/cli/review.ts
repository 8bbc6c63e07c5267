/**
 * `review <file-or-folder>… [--roster <file>] [--prev <folder>] [--area <name>] [--out <folder>]
 * [--force] [--json] [--jobs N]`: a county office checks every report it collected at once, in
 * any format the importer reads, and adds them up (README "The review command"). Folders are
 * searched recursively; a file that cannot be read is listed with its reason and never stops the
 * run. The files are read by a pool of worker threads, one per core (`--jobs`), with a progress bar
 * on a terminal. `--out` writes 审核结果.html, 审核结果.xlsx and 汇总-<year>.json. Exit 0 when every file
 * was read and no report is blocked, 1 otherwise, 2 when nothing could be read (or the usage is
 * wrong, or an output cannot be written).
 */
import { mkdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import process from "node:process";
import { decodeBytes } from "../import/decode-text.ts";
import { parseRoster, type Roster } from "../review/cross-body.ts";
import { isReportFileName } from "../review/report-files.ts";
import { runReview } from "../review/review-run.ts";
import type { ReviewResult } from "../review/review-types.ts";
import { parseArgs } from "./args.ts";
import { collectFiles } from "./collect-files.ts";
import { progressBar } from "./progress-bar.ts";
import { reviewJson } from "./review-json.ts";
import { outputPaths, reviewOutputs } from "./review-outputs.ts";
import { reviewReader } from "./review-pool.ts";
import { reviewText } from "./review-text.ts";
import { loadFile } from "./review-worker.ts";
import { inputIdentities } from "./review-write.ts";
import { checkOutputs, writeOutputs } from "./safe-write.ts";

const USAGE =
  "用法：review <文件或文件夹>… [--roster <名单.txt>] [--prev <上年报告文件夹>] [--area <地区名称>] [--out <输出文件夹>] [--force] [--json] [--jobs N]";

async function readRoster(path: string): Promise<Roster | string> {
  const bytes = await loadFile(path);
  if (!(bytes instanceof Uint8Array)) return `无法读取名单 ${path}：${bytes.reason}`;
  const text = decodeBytes(bytes, false);
  if (!text.ok) return `无法读取名单 ${path}：${text.reason}`;
  const roster = parseRoster(text.text);
  return roster.area === "" ? `名单 ${path} 是空的：第一行写地区名称，其后每行一个机关名称` : roster;
}

function jobsOf(value: string | undefined): number | string {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : `--jobs 应为 1 到 64 之间的整数，实际为 ${value}`;
}

export async function runReviewCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["--roster", "--prev", "--area", "--out", "--jobs"], ["--json", "--force"]);
  const fail = (reason: string) => {
    process.stderr.write(`${reason}\n`);
    return 2;
  };
  if (parsed.errors.length > 0 || parsed.positional.length === 0) return fail([...parsed.errors, USAGE].join("\n"));
  const jobs = jobsOf(parsed.options.get("--jobs"));
  if (typeof jobs === "string") return fail(`${jobs}\n${USAGE}`);
  const rosterPath = parsed.options.get("--roster");
  const prevPath = parsed.options.get("--prev");
  const outDir = parsed.options.get("--out");
  const force = parsed.flags.has("--force");

  const roster = rosterPath === undefined ? null : await readRoster(rosterPath);
  if (typeof roster === "string") return fail(roster);
  const leaveOut = [rosterPath, prevPath, outDir].filter((p): p is string => p !== undefined);
  const current = await collectFiles(parsed.positional, isReportFileName, { leaveOut });
  const previous = prevPath === undefined ? { files: [], notes: [] } : await collectFiles([prevPath], isReportFileName);
  for (const note of [...current.notes, ...previous.notes]) process.stderr.write(`注意：${note}\n`);
  if (current.files.length === 0) return fail(`没有找到可以审核的报告文件（${parsed.positional.join("、")}）`);

  // the outputs are checked before the work, so that a refusal does not come after minutes of it
  const inputs = outDir === undefined ? [] : await inputIdentities([...current.files, ...previous.files]);
  if (outDir !== undefined) {
    const made = await mkdir(outDir, { recursive: true }).then(
      () => null,
      (e: unknown) => `无法创建输出文件夹 ${outDir}：${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    );
    // the page and the workbook now; the sum's name waits for the year
    const refused = made ?? (await checkOutputs(outputPaths(outDir, null).slice(0, 2), { force, inputs }));
    if (refused !== null) return fail(refused);
  }

  const bar = progressBar(process.stderr, "审核");
  const reader = reviewReader(jobs);
  let result: ReviewResult;
  try {
    result = await runReview(
      {
        files: current.files,
        previousFiles: previous.files,
        roster,
        ...(parsed.options.has("--area") ? { area: parsed.options.get("--area") ?? "" } : {}),
      },
      reader,
      (done, total) => bar.update(done, total),
    );
  } finally {
    bar.end();
    await reader.close();
  }

  let written: readonly string[] = [];
  if (outDir !== undefined) {
    const outputs = await reviewOutputs(result, outDir);
    const wrote = await writeOutputs(outputs, { force, inputs });
    if (!wrote.ok) {
      if (!parsed.flags.has("--json")) process.stdout.write(reviewText(result, []));
      return fail(wrote.reason);
    }
    written = wrote.written;
  }
  process.stdout.write(
    parsed.flags.has("--json") ? `${JSON.stringify(reviewJson(result))}\n` : reviewText(result, written),
  );
  if (result.bodies.length === 0) return 2;
  return result.unreadable.length > 0 || result.bodies.some((b) => !b.ok) ? 1 : 0;
}
