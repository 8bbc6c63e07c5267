/**
 * `batch <file-or-folder>… [--json] [--out <folder>] [--draft]`: a county office checks every report
 * file it collected in one go. Last year's report of the same body, when among the files, is used
 * for the cross-year rules. Two files of the same body and year are both flagged, and neither is
 * used as another's last year. With `--out`, each report is also rendered (final when nothing
 * blocks, or draft with `--draft`, `…（草稿）.docx`), named by its title (`兴国镇2024年政府信息公开工作年度报告.docx`),
 * never overwriting another output of the same run. Exit 0 when no report is blocked, 1 when some
 * are (or an output could not be written), 2 when none could be read.
 */
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import process from "node:process";
import type { Report } from "../model/types.ts";
import { draftFileStem, reportFileStem, reportTitle } from "../model/report.ts";
import { blocks, checkReport } from "../rules/run-rules.ts";
import { parseArgs } from "./args.ts";
import { loadReportFile } from "./read-report.ts";
import { writeReportFile } from "../import/report-file.ts";

async function collect(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) {
      const entries = await readdir(p, { recursive: true });
      out.push(...entries.filter((e) => extname(e) === ".json").map((e) => join(p, e)));
    } else out.push(p);
  }
  return out.sort();
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

const bodyKey = (r: Report) => (r.org.name || r.org.shortName).trim();

export async function runBatch(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["--out"], ["--json", "--draft"]);
  if (parsed.errors.length > 0 || parsed.positional.length === 0) {
    process.stderr.write(
      [...parsed.errors, "用法：batch <文件或文件夹>… [--json] [--out <输出文件夹>] [--draft]"].join("\n") + "\n",
    );
    return 2;
  }
  const files = await collect(parsed.positional);
  const loaded = await Promise.all(files.map(async (file) => ({ file, result: await loadReportFile(file) })));
  const byBodyYear = new Map<string, { file: string; report: Report }[]>();
  for (const { file, result } of loaded) {
    if (!result.ok) continue;
    const key = `${bodyKey(result.report)}#${result.report.year}`;
    const same = byBodyYear.get(key);
    if (same) same.push({ file, report: result.report });
    else byBodyYear.set(key, [{ file, report: result.report }]);
  }

  const outDir = parsed.options.get("--out");
  const draft = parsed.flags.has("--draft");
  if (outDir) {
    const made = await mkdir(outDir, { recursive: true }).then(
      () => undefined,
      (e: unknown) => String(e),
    );
    if (made !== undefined) {
      process.stderr.write(`无法创建输出文件夹 ${outDir}：${made}\n`);
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
    const sameYear = (byBodyYear.get(`${bodyKey(report)}#${report.year}`) ?? [])
      .filter((x) => x.file !== file)
      .map((x) => x.file);
    const prevs = byBodyYear.get(`${bodyKey(report)}#${report.year - 1}`) ?? [];
    const prev = prevs.length === 1 ? prevs[0] : undefined;
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
      ...(prevs.length > 1 ? { prevAmbiguous: prevs.map((x) => x.file) } : {}),
    };
    if (outDir && (check.ok || draft)) {
      const stem = uniqueStem(stems, check.ok ? reportFileStem(report) : draftFileStem(report));
      try {
        row.outputs = await renderBoth(report, join(outDir, stem), !check.ok);
      } catch (e) {
        row.outputError = `无法写入输出文件：${(e as Error).message}`;
      }
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

/** `stem`, or `stem（2）`, `stem（3）`… when this run has already written that name. */
function uniqueStem(taken: Set<string>, stem: string): string {
  let name = stem;
  for (let n = 2; taken.has(name); n++) name = `${stem}（${n}）`;
  taken.add(name);
  return name;
}

async function renderBoth(report: Report, stem: string, draft: boolean): Promise<string[]> {
  const [{ renderReportDocx }, { renderReportHtml }] = await Promise.all([
    import("../render/docx/index.ts"),
    import("../render/html/render-html.ts"),
  ]);
  const docx = `${stem}.docx`;
  const html = `${stem}.html`;
  await writeFile(docx, await renderReportDocx(report, { draft }));
  await writeFile(html, renderReportHtml(report, { draft, reportFile: writeReportFile }));
  return [docx, html];
}
