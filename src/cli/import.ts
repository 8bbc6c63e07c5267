/**
 * `import <file> [-o report.json] [--force] [--json]`: reads an existing report (Word, PDF, web page,
 * markdown, text or report file) and prints the import summary — where the body, year and edition
 * came from, the three tables as read (blank, ambiguous and arithmetic-split cells marked), label
 * deviations, every finding by its rule. Exit 0 when every cell was placed, 1 when some are blank or
 * ambiguous (the report file is still written), 2 when nothing usable was found or a file cannot
 * be read or written. The input is read as every command reads (`read-input.ts`: a regular file,
 * at most the size limit) and the report file written as every command writes (`safe-write.ts`:
 * never onto the input, an existing file only with --force, whole or not at all).
 */
import { basename } from "node:path";
import process from "node:process";
import { importReport, MAX_IMPORT_BYTES, type ImportSummary } from "../import/index.ts";
import { writeReportFile } from "../import/report-file.ts";
import { READING_MARK, tablesAsRead } from "../import/summary-tables.ts";
import { cellIndex, getEdition } from "../model/editions/index.ts";
import type { EditionDef, Finding, Report } from "../model/types.ts";
import { parseArgs } from "./args.ts";
import { formatFinding } from "./check.ts";
import { readInputFile } from "./read-input.ts";
import { checkOutputs, writeOutputs } from "./safe-write.ts";

const USAGE =
  "用法：import <文件（.docx / .pdf / .html / .mht / .md / .txt / .json）> [-o <report.json>] [--force] [--json]";
const SOURCE = {
  json: "年报文件",
  docx: "Word 文档",
  html: "网页",
  pdf: "PDF 文件",
  markdown: "Markdown 文字",
  text: "文字",
} as const;
const MAX_LISTED = 30;
/** findings shown in full per rule (the rest are counted) */
const PER_RULE = 5;

const pad = (s: string, width: number) => {
  // CJK characters take two columns in a terminal
  const w = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return s + " ".repeat(Math.max(1, width - w));
};

/** The three tables as read: every row with its cells, blank / ambiguous / split cells marked. */
export function formatTables(edition: EditionDef, summary: ImportSummary): string[] {
  const lines = [
    "表格（读到的内容；· 空白，? 不能确定（已留空），* 按勾稽关系拆分所得，! 网页上的数字与网页中的报告数据不同）：",
  ];
  for (const t of tablesAsRead(edition, summary.cells)) {
    lines.push(`  ${t.section}`);
    let groups: readonly string[] = [];
    for (const row of t.rows) {
      if (row.kind === "caption") {
        lines.push(`    ${row.label}`);
        continue;
      }
      if (row.kind === "head") {
        lines.push(`    （各栏：${(row.columns ?? []).filter((c) => c !== "").join("｜")}）`);
        continue;
      }
      // a group label (三、本年度办理结果, （三）不予公开) once, above its rows
      row.groups.forEach((g, i) => g !== groups[i] && lines.push(`    ${"  ".repeat(i)}${g}`));
      groups = row.groups;
      const cells = row.cells.map((c) => (c === null ? "" : `${c.text}${READING_MARK[c.reading]}`.padStart(5)));
      const indent = "  ".repeat(row.groups.length);
      lines.push(`    ${indent}${pad(row.label || "（各栏）", 44 - indent.length)}${cells.join(" ")}`);
    }
  }
  return lines;
}

/** The summary as a person reads it. */
export function formatSummary(report: Report, summary: ImportSummary): string {
  const edition = getEdition(report.edition);
  const index = edition ? cellIndex(edition) : new Map();
  const name = (id: string) => index.get(id)?.name ?? id;
  const lines: string[] = [];
  lines.push(
    `${report.org.shortName || report.org.name || "（未找到机关名称）"} ${report.year} 年度报告（${SOURCE[summary.source]}，${report.edition} 版表格）`,
  );
  lines.push(`机关：${report.org.name || report.org.shortName || "（未找到）"}（取自：${summary.origins.org}）`);
  lines.push(`报告年度：${report.year}（取自：${summary.origins.year}）`);
  lines.push(`表格格式：${report.edition} 版（${edition?.basis ?? ""}），${summary.origins.edition}`);
  const resolvedCount = summary.resolved.reduce((n, r) => n + r.cells.length, 0);
  lines.push(
    `单元格：已导入 ${summary.recovered}，空白 ${summary.blank.length}，不能确定 ${summary.ambiguous.length} 处` +
      (resolvedCount > 0 ? `；其中 ${resolvedCount} 格是按表中勾稽关系拆分连在一起的数字所得` : ""),
  );
  if (edition) lines.push(...formatTables(edition, summary));
  for (const a of summary.ambiguous.slice(0, MAX_LISTED))
    lines.push(`  不能确定：${a.where}；看到“${a.seen}”${a.cells.length ? `；留空：${a.cells.join(", ")}` : ""}`);
  if (summary.ambiguous.length > MAX_LISTED) lines.push(`  ……另有 ${summary.ambiguous.length - MAX_LISTED} 处`);
  for (const r of summary.resolved.slice(0, MAX_LISTED)) lines.push(`  按勾稽关系拆分：${r.where}（看到“${r.seen}”）`);
  if (summary.resolved.length > MAX_LISTED) lines.push(`  ……另有 ${summary.resolved.length - MAX_LISTED} 行`);
  if (summary.blank.length > 0) {
    const shown = summary.blank.slice(0, 10).map(name).join("；");
    lines.push(`  空白：${shown}${summary.blank.length > 10 ? ` ……共 ${summary.blank.length} 格` : ""}`);
  }
  if (summary.differences.length > 0) {
    lines.push(`与网页中的报告数据不一致的数字：${summary.differences.length} 格（已采用网页上显示的数字，请核对）`);
    for (const d of summary.differences.slice(0, MAX_LISTED))
      lines.push(`  ${d.name}：网页上为 ${d.shown}，报告数据为 ${d.data ?? "空白"}`);
    if (summary.differences.length > MAX_LISTED) lines.push(`  ……另有 ${summary.differences.length - MAX_LISTED} 格`);
  }
  lines.push(`标签与官方格式不一致：${summary.deviations.length} 处`);
  for (const d of summary.deviations.slice(0, MAX_LISTED)) lines.push(`  ${d.where}：“${d.seen}” 应为 “${d.expected}”`);
  if (summary.deviations.length > MAX_LISTED) lines.push(`  ……另有 ${summary.deviations.length - MAX_LISTED} 处`);
  for (const n of summary.notes) lines.push(`说明：${n}`);
  const count = (s: string) => summary.findings.filter((f) => f.severity === s).length;
  lines.push(`检查结果：错误 ${count("E")}，警告 ${count("W")}，提示 ${count("I")}`);
  lines.push(...formatFindingsByRule(summary, edition, report.edition));
  return lines.join("\n");
}

/** Every finding by its rule's name: the rule, how many, and the first few in full. */
function formatFindingsByRule(summary: ImportSummary, edition: EditionDef | undefined, editionId: string): string[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of summary.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const lines: string[] = [];
  for (const [rule, list] of byRule) {
    const title = edition?.rules.find((r) => r.id === rule)?.title;
    lines.push(`  ${rule}${title ? ` ${title}` : ""}：${list.length} 项`);
    for (const f of list.slice(0, PER_RULE)) lines.push(`    ${formatFinding(f, editionId)}`);
    if (list.length > PER_RULE) lines.push(`    ……另有 ${list.length - PER_RULE} 项`);
  }
  return lines;
}

export async function runImport(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["-o", "--out"], ["--json", "--force"]);
  const json = parsed.flags.has("--json");
  const path = parsed.positional[0];
  const fail = (reason: string) => {
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: reason })}\n`);
    else process.stderr.write(`${reason}\n`);
    return 2;
  };
  if (parsed.errors.length > 0 || !path || parsed.positional.length > 1)
    return fail([...parsed.errors, USAGE].join("\n"));
  const out = parsed.options.get("-o") ?? parsed.options.get("--out");
  const read = await readInputFile(path, MAX_IMPORT_BYTES, "导入");
  if (!read.ok) return fail(read.reason);
  const writing = { force: parsed.flags.has("--force"), inputs: [read.file.identity] };
  const refused = out ? await checkOutputs([out], writing) : null;
  if (refused !== null) return fail(refused);

  const result = await importReport({ name: basename(path), bytes: read.file.bytes });
  if (!result.ok) return fail(`${path}：${result.reason}`);
  const { report, summary } = result;
  if (out) {
    const written = await writeOutputs([{ path: out, data: writeReportFile(report) }], writing);
    if (!written.ok) return fail(written.reason);
  }
  if (json) process.stdout.write(`${JSON.stringify({ ok: true, summary, report })}\n`);
  else process.stdout.write(`${formatSummary(report, summary)}${out ? `\n已写入 ${out}` : ""}\n`);
  const review = summary.blank.length + summary.ambiguous.length + summary.differences.length;
  return review === 0 ? 0 : 1;
}
