/**
 * `check <report.json> [--prev <last-year.json>] [--json]`: runs every rule.
 * Exit 0 when nothing blocks, 1 when something does, 2 when a file cannot be read.
 */
import process from "node:process";
import { getEdition } from "../model/editions/index.ts";
import { narrativeName, SEVERITY_LABEL } from "../model/report.ts";
import type { Finding } from "../model/types.ts";
import { blocks, checkReport } from "../rules/run-rules.ts";
import { parseArgs } from "./args.ts";
import { issueJson } from "./issue-json.ts";
import { formatNotes, loadWithPrev } from "./read-report.ts";

/** Where a finding is, for a person: its cells, the section of its text (with the cells compared), or the field. */
function whereOf(f: Finding, editionId: string): string[] {
  const t = f.target;
  if (t.kind === "field") return [t.field];
  const edition = getEdition(editionId);
  if (t.kind === "text") return [edition ? narrativeName(edition, t.section) : t.section, ...t.cells];
  return [...t.cells];
}

/** One line per finding: severity, rule, where, expected and actual, message (and the explanation). */
export function formatFinding(f: Finding, editionId: string): string {
  const where = whereOf(f, editionId);
  const cells = where.length ? ` [${where.join(", ")}]` : "";
  const values = ` 应为 ${f.expected ?? "（空白）"}，实为 ${f.actual ?? "（空白）"}`;
  const explained = f.explanation !== undefined ? `（已说明：${f.explanation}）` : "";
  return `${SEVERITY_LABEL[f.severity]} ${f.rule}${cells}${values} — ${f.message}${explained}`;
}

export async function runCheck(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["--prev"], ["--json"]);
  const json = parsed.flags.has("--json");
  const path = parsed.positional[0];
  const fail = (reason: string) => {
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: reason, issues: [] })}\n`);
    else process.stderr.write(`${reason}\n`);
    return 2;
  };
  if (parsed.errors.length > 0 || !path || parsed.positional.length > 1)
    return fail([...parsed.errors, "用法：check <report.json> [--prev <last-year.json>] [--json]"].join("\n"));
  const loaded = await loadWithPrev(path, parsed.options.get("--prev"));
  if (!loaded.ok) return fail(loaded.reason);
  process.stderr.write(formatNotes(loaded.notes));
  const result = checkReport(loaded.report, loaded.options);
  if (json) {
    const issues = result.findings.map(issueJson);
    process.stdout.write(`${JSON.stringify({ ok: result.ok, issues })}\n`);
  } else {
    const lines = result.findings.map((f) => formatFinding(f, loaded.report.edition));
    for (const [rule, reason] of result.skipped) lines.push(`跳过 ${rule}：${reason}`);
    const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
    const blocking = result.findings.filter(blocks).length;
    lines.push(
      `共 ${result.findings.length} 项：错误 ${count("E")}，警告 ${count("W")}，提示 ${count("I")}。` +
        (result.ok ? "可以生成最终版。" : `${blocking} 项须先处理，才能生成最终版。`),
    );
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  return result.ok ? 0 : 1;
}
