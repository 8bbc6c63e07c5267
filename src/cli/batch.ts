/**
 * `batch <file-or-folder>… [--json] [--out <folder>] [--draft]`: a county office checks every report
 * file it collected in one go. Last year's report of the same body, when among the files, is used
 * for the cross-year rules. Two files of the same body and year are both flagged, and neither is
 * used as another's last year. With `--out`, each report is also rendered (final when nothing
 * blocks, or draft with `--draft`, `…（草稿）.docx`), named by its title (`兴国镇2024年政府信息公开工作年度报告.docx`),
 * never overwriting another output of the same run. Exit 0 when no report is blocked, 1 when some
 * are (or an output could not be written), 2 when none could be read.
 *
 * Folders are walked with a loop, each real folder once (a symlink back up the tree is not walked
 * again) and each real file read once (a file given twice, or by a link, is one report); a FIFO or
 * device named `.json` is reported as unreadable without being waited on (`read-input.ts`). Outputs
 * go through the safe writer (`safe-write.ts`): never onto an input, an existing file only with
 * `--force`, each report's two files both or neither; their names are unique in the run even where
 * the file system ignores case or Unicode normalisation, and short enough for any file system.
 */
import { mkdir } from "node:fs/promises";
import { extname, join } from "node:path";
import process from "node:process";
import type { Report } from "../model/types.ts";
import { draftFileStem, reportFileStem, reportTitle } from "../model/report.ts";
import { BodyYearIndex } from "../review/body-match.ts";
import { blocks, checkReport } from "../rules/run-rules.ts";
import { parseArgs } from "./args.ts";
import type { FileIdentity } from "./read-input.ts";
import { collectFiles } from "./collect-files.ts";
import { formatNotes, loadReportFile } from "./read-report.ts";
import { writeOutputs } from "./safe-write.ts";
import { describeSystemError } from "./system-error.ts";
import { writeReportFile } from "../import/report-file.ts";

/** at most this many report files in one run */
const MAX_FILES = 10_000;

/** The `.json` files of the paths given (folders walked, `collect-files.ts`), in order; a note for what was left out. */
async function collect(paths: string[]): Promise<{ files: string[]; notes: string[] }> {
  const { files, notes } = await collectFiles(paths, (name) => extname(name) === ".json", {
    maxFiles: MAX_FILES,
    verb: "检查",
  });
  return { files: files.sort(), notes };
}

interface Row {
  file: string;
  ok: boolean;
  org?: string;
  year?: number;
  errors?: number;
  warnings?: number;
  infos?: number;
  blocking?: number;
  usedPrev?: string;
  /** other files of the same body and year */
  sameYear?: string[];
  /** last year's report could not be chosen: several files of the same body claim that year */
  prevAmbiguous?: string[];
  outputs?: string[];
  outputError?: string;
  error?: string;
}

export async function runBatch(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["--out"], ["--json", "--draft", "--force"]);
  if (parsed.errors.length > 0 || parsed.positional.length === 0) {
    process.stderr.write(
      [...parsed.errors, "用法：batch <文件或文件夹>… [--json] [--out <输出文件夹>] [--draft] [--force]"].join("\n") +
        "\n",
    );
    return 2;
  }
  const collected = await collect(parsed.positional);
  const loaded: { file: string; result: Awaited<ReturnType<typeof loadReportFile>> }[] = [];
  const inputs: FileIdentity[] = [];
  for (const file of collected.files) {
    const result = await loadReportFile(file);
    const identity = result.identity;
    // one real file is one report, however many names it was found by
    if (identity && inputs.some((i) => i.dev === identity.dev && i.ino === identity.ino)) continue;
    if (identity) inputs.push(identity);
    loaded.push({ file, result });
  }
  const notes = [...collected.notes, ...loaded.flatMap(({ result }) => (result.ok ? result.notes : []))];
  process.stderr.write(formatNotes(notes));
  // bodies matched by name, as `review` matches them (body-match.ts)
  const index = new BodyYearIndex(
    loaded.flatMap(({ file, result }) => (result.ok ? [{ file, report: result.report }] : [])),
  );

  const outDir = parsed.options.get("--out");
  const draft = parsed.flags.has("--draft");
  if (outDir) {
    const made = await mkdir(outDir, { recursive: true }).then(
      () => undefined,
      (e: unknown) => describeSystemError(e, outDir, "folder"),
    );
    if (made !== undefined) {
      process.stderr.write(`${made}。未写入任何文件。\n`);
      return 2;
    }
  }
  const stems = new Set<string>();
  const rows: Row[] = [];
  for (const { file, result } of loaded) {
    if (!result.ok) {
      rows.push({ file, ok: false, error: result.reason });
      continue;
    }
    const report = result.report;
    const sameYear = index.sameBodyYear({ file, report }).map((x) => x.file);
    const { used: prev, ambiguous } = index.lastYear(report);
    const check = checkReport(report, prev ? { prev: prev.report } : {});
    const count = (s: string) => check.findings.filter((f) => f.severity === s).length;
    const row: Row = {
      file,
      ok: check.ok,
      org: reportTitle(report),
      year: report.year,
      errors: count("E"),
      warnings: count("W"),
      infos: count("I"),
      blocking: check.findings.filter(blocks).length,
      ...(prev ? { usedPrev: prev.file } : {}),
      ...(sameYear.length > 0 ? { sameYear } : {}),
      ...(ambiguous ? { prevAmbiguous: ambiguous.map((x) => x.file) } : {}),
    };
    if (outDir && (check.ok || draft)) {
      const stem = uniqueStem(stems, fitted(check.ok ? reportFileStem(report) : draftFileStem(report)));
      const written = await renderBoth(report, join(outDir, stem), !check.ok, {
        force: parsed.flags.has("--force"),
        inputs,
      });
      if (written.ok) row.outputs = [...written.written];
      else row.outputError = written.reason;
    }
    rows.push(row);
  }

  const failed = (r: Row) => !r.ok || r.outputError !== undefined;
  if (parsed.flags.has("--json"))
    process.stdout.write(`${JSON.stringify({ ok: !rows.some(failed), reports: rows })}\n`);
  else {
    for (const r of rows) process.stdout.write(humanRow(r));
    const unreadable = rows.filter((r) => r.error !== undefined).length;
    const blocked = rows.filter((r) => r.error === undefined && !r.ok).length;
    process.stdout.write(
      `共 ${rows.length} 份：可发布 ${rows.length - unreadable - blocked}，须修改 ${blocked}，无法读取 ${unreadable}。\n`,
    );
  }
  if (rows.length === 0 || rows.every((r) => r.error !== undefined)) return 2;
  return rows.some(failed) ? 1 : 0;
}

function humanRow(r: Row): string {
  if (r.error !== undefined) return `无法读取  ${r.file}\n  ${r.error.replace(/\n/g, "\n  ")}\n`;
  const lines = [
    `${r.ok ? "可发布  " : "须修改  "}${r.file}  ${r.org}  错误 ${r.errors} 警告 ${r.warnings} 提示 ${r.infos}${r.usedPrev ? `（已与上年报告 ${r.usedPrev} 核对）` : ""}`,
  ];
  if (r.sameYear) lines.push(`  注意：同一机关同一年度还有 ${r.sameYear.join("、")}，请确认哪一份是要发布的`);
  if (r.prevAmbiguous)
    lines.push(
      `  上年报告有 ${r.prevAmbiguous.length} 份（${r.prevAmbiguous.join("、")}），无法确定用哪一份，未做跨年度核对`,
    );
  if (r.outputs) lines.push(`  已生成：${r.outputs.join("、")}`);
  if (r.outputError) lines.push(`  ${r.outputError}`);
  return `${lines.join("\n")}\n`;
}

/**
 * `stem`, or `stem（2）`, `stem（3）`… when this run already has that name — compared as a file system
 * that ignores case and Unicode normalisation would (Windows, macOS), so two names never meet there.
 */
function uniqueStem(taken: Set<string>, stem: string): string {
  const key = (s: string) => s.normalize("NFC").toLowerCase();
  let name = stem.normalize("NFC");
  for (let n = 2; taken.has(key(name)); n++) name = `${stem.normalize("NFC")}（${n}）`;
  taken.add(key(name));
  return name;
}

/** bytes a stem may take, leaving room for `（12）.docx` within the 255 bytes of a file name */
const STEM_BYTES = 180;

/** A stem short enough for a file name: a very long body name is cut, keeping the year and the title's end. */
function fitted(stem: string): string {
  if (Buffer.byteLength(stem) <= STEM_BYTES) return stem;
  const tail = /\d{4}年政府信息公开工作年度报告(（草稿）)?$/.exec(stem)?.[0] ?? "";
  let room = STEM_BYTES - Buffer.byteLength(`…${tail}`);
  let head = "";
  for (const ch of stem.slice(0, stem.length - tail.length)) {
    room -= Buffer.byteLength(ch);
    if (room < 0) break;
    head += ch;
  }
  return `${head}…${tail}`;
}

async function renderBoth(
  report: Report,
  stem: string,
  draft: boolean,
  options: Parameters<typeof writeOutputs>[1],
): ReturnType<typeof writeOutputs> {
  const [{ renderReportDocx }, { renderReportHtml }] = await Promise.all([
    import("../render/docx/index.ts"),
    import("../render/html/render-html.ts"),
  ]);
  return writeOutputs(
    [
      { path: `${stem}.docx`, data: await renderReportDocx(report, { draft }) },
      { path: `${stem}.html`, data: renderReportHtml(report, { draft, reportFile: writeReportFile }) },
    ],
    options,
  );
}
