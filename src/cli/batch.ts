/**
 * `batch <file-or-folder>… [--json] [--out <folder>] [--draft]`: a county office checks every report
 * file it collected in one go. Last year's report of the same body, when among the files, is used
 * for the cross-year rules. With `--out`, each report is also rendered (final when nothing blocks,
 * or draft with `--draft`). Exit 0 when no report is blocked, 1 when some are, 2 when none could be read.
 */
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import process from "node:process";
import type { Report } from "../model/types.ts";
import { reportTitle } from "../model/report.ts";
import { blocks, checkReport } from "../rules/run-rules.ts";
import { parseArgs } from "./args.ts";
import { loadReport } from "./read-report.ts";

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
  outputs?: string[];
  error?: string;
}

const bodyKey = (r: Report) => (r.org.name || r.org.shortName).trim();

export async function runBatch(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["--out"], ["--json", "--draft"]);
  if (parsed.errors.length > 0 || parsed.positional.length === 0) {
    process.stderr.write([...parsed.errors, "用法：batch <文件或文件夹>… [--json] [--out <输出文件夹>] [--draft]"].join("\n") + "\n");
    return 2;
  }
  const files = await collect(parsed.positional);
  const loaded = await Promise.all(files.map(async (file) => ({ file, result: await loadReport(file) })));
  const byBodyYear = new Map<string, { file: string; report: Report }>();
  for (const { file, result } of loaded) if (result.ok) byBodyYear.set(`${bodyKey(result.report)}#${result.report.year}`, { file, report: result.report });

  const outDir = parsed.options.get("--out");
  const draft = parsed.flags.has("--draft");
  if (outDir) await mkdir(outDir, { recursive: true });
  const rows: Row[] = [];
  for (const { file, result } of loaded) {
    if (!result.ok) {
      rows.push({ file, ok: false, error: result.reason });
      continue;
    }
    const report = result.report;
    const prev = byBodyYear.get(`${bodyKey(report)}#${report.year - 1}`);
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
    };
    if (outDir && (check.ok || draft)) row.outputs = await renderBoth(report, join(outDir, basename(file, ".json")), !check.ok);
    rows.push(row);
  }

  if (parsed.flags.has("--json")) process.stdout.write(`${JSON.stringify({ ok: rows.every((r) => r.ok), reports: rows })}\n`);
  else {
    for (const r of rows)
      process.stdout.write(
        r.error !== undefined
          ? `无法读取  ${r.file}\n  ${r.error.replace(/\n/g, "\n  ")}\n`
          : `${r.ok ? "可发布  " : "须修改  "}${r.file}  ${r.org}  错误 ${r.errors} 警告 ${r.warnings} 提示 ${r.infos}${r.usedPrev ? `（已与上年报告 ${r.usedPrev} 核对）` : ""}${r.outputs ? `\n  已生成：${r.outputs.join("、")}` : ""}\n`,
      );
    const unreadable = rows.filter((r) => r.error !== undefined).length;
    const blocked = rows.filter((r) => r.error === undefined && !r.ok).length;
    process.stdout.write(`共 ${rows.length} 份：可发布 ${rows.length - unreadable - blocked}，须修改 ${blocked}，无法读取 ${unreadable}。\n`);
  }
  if (rows.length === 0 || rows.every((r) => r.error !== undefined)) return 2;
  return rows.every((r) => r.ok) ? 0 : 1;
}

async function renderBoth(report: Report, stem: string, draft: boolean): Promise<string[]> {
  const [{ renderReportDocx }, { renderReportHtml }] = await Promise.all([
    import("../render/docx/index.ts"),
    import("../render/html/render-html.ts"),
  ]);
  const suffix = draft ? "-草稿" : "";
  const docx = `${stem}${suffix}.docx`;
  const html = `${stem}${suffix}.html`;
  await writeFile(docx, await renderReportDocx(report, { draft }));
  await writeFile(html, renderReportHtml(report, { draft }));
  return [docx, html];
}
