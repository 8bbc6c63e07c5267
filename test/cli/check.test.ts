/**
 * `npm run cli -- check`: human and JSON output, exit codes 0/1/2, last year's report.
 * Runs the command in-process; the first case runs the real CLI in a child process, as a county office would.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import { fullReport, prevOf } from "../builders.ts";
import { runCli as cli, runCliProcess } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));

const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

// The child process of the first case (`npx tsx`) alone can take several seconds on a loaded machine.
describe("cli check", { timeout: 60_000 }, () => {
  const report = fullReport("gb2021");
  const good = write("good.json", writeReportFile(report));
  const prev = write("prev.json", writeReportFile(prevOf(report)));

  it("exit 0 and a summary when nothing blocks; says which cross-year rules were skipped", async () => {
    const r = await runCliProcess("check", good); // the real command line, once
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("跳过 R3-05：未提供上年报告");
    expect(r.stdout).toContain("共 0 项：错误 0，警告 0，提示 0。可以生成最终版。");
  });

  it("--json prints exactly one JSON object; exit 1 when something blocks", async () => {
    const bad = structuredClone(report);
    bad.cells["apply.newReceived.natural"] = (bad.cells["apply.newReceived.natural"] ?? 0) + 1;
    const r = await cli("check", write("bad.json", writeReportFile(bad)), "--json", "--prev", prev);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      issues: {
        rule: string;
        severity: string;
        cells: string[];
        expected: unknown;
        actual: unknown;
        message: string;
      }[];
    };
    expect(out.ok).toBe(false);
    expect(out.issues.map((i) => i.rule)).toEqual(["R3-01", "R3-01"]);
    expect(Object.keys(out.issues[0] ?? {})).toEqual(["rule", "severity", "cells", "expected", "actual", "message"]);
    expect(out.issues[0]?.message).toMatch(
      /^自然人列：本年新收 \d+ \+ 上年结转 \d+ ≠ 办理结果总计 \d+ \+ 结转下年度 \d+$/,
    );
  });

  it("--json keeps exactly six fields for an explained warning, which no longer blocks (exit 0)", async () => {
    const explained = structuredClone(report);
    explained.org.kind = "township"; // R2-04 (W): the 规章 row is not 0
    const cells = ["active.regulations.issued", "active.regulations.repealed", "active.regulations.valid"];
    explained.explanations = [{ rule: "R2-04", target: { kind: "cells", cells }, text: "规章一行为上级转发" }];
    const r = await cli("check", write("explained.json", writeReportFile(explained)), "--json", "--prev", prev);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; issues: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(["ok", "issues"]);
    expect(out.ok).toBe(true);
    const w = out.issues.find((i) => i.rule === "R2-04");
    expect(Object.keys(w ?? {})).toEqual(["rule", "severity", "cells", "expected", "actual", "message"]);
    expect(w?.message).toContain("（已说明：规章一行为上级转发）");
  });

  it("--json `cells` holds only table cells: the cells a text is compared with, none for a typo or a field", async () => {
    const r = structuredClone(report);
    const received = r.cells["apply.newReceived.natural"] ?? 0;
    r.narrative.overview = `本年新收政府信息公开申请${received + 100}件。`; // RD-04: compared with table 三
    r.narrative.problems = "对逾期不补证的申请处理不够规范。"; // RD-10: a typo, no cell
    r.publication.date = `${r.year + 1}-03-01`; // RD-08: the publication date, a field
    const out = await cli("check", write("where.json", writeReportFile(r)), "--json", "--prev", prev);
    const issues = (JSON.parse(out.stdout) as { issues: { rule: string; cells: string[]; message: string }[] }).issues;
    const of = (rule: string) => issues.filter((i) => i.rule === rule).map((i) => i.cells);
    expect(of("RD-04")).toEqual([["apply.newReceived.total"]]);
    expect(of("RD-10")).toEqual([[]]);
    expect(of("RD-08")).toEqual([[]]);
    expect(issues.find((i) => i.rule === "RD-10")?.message).toMatch(/^五、存在的主要问题及改进情况中“补证”/);
    const human = await cli("check", write("where.json", writeReportFile(r)), "--prev", prev);
    expect(human.stdout).toContain("警告 RD-10 [五、存在的主要问题及改进情况] 应为 补正，实为 补证");
    expect(human.stdout).toContain("提示 RD-08 [publication.date]");
  });

  it("human output: one line per finding with severity, rule, cells, expected/actual, message", async () => {
    const bad = structuredClone(report);
    delete bad.cells["review.adminReview.upheld"];
    const r = await cli("check", write("blank.json", writeReportFile(bad)));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "错误 R4-04 [review.adminReview.upheld] 应为 0，实为 （空白） — 行政复议 结果维持：未填写（无则填 0）",
    );
    expect(r.stdout).toContain("1 项须先处理，才能生成最终版。");
  });

  it("exit 2 with the reason when the file cannot be read or is not a report", async () => {
    const missing = await cli("check", join(dir, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("文件不存在");
    const broken = await cli("check", write("broken.json", "{ not json"), "--json");
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false });
    expect(JSON.parse(broken.stdout).error).toContain("不是有效的 JSON");
    const old = await cli("check", write("old.json", writeReportFile({ ...report, year: 2017 })));
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("早于 2019 年");
    const usage = await cli("check");
    expect(usage.code).toBe(2);
  });
});

describe("cli check and render on repeated findings", { timeout: 60_000 }, () => {
  // 20,000 《 in 五: 10,000 identical RD-10 warnings before they were grouped
  const report = fullReport("gb2021");
  report.narrative.problems = "《".repeat(20_000);
  const file = write("brackets.json", writeReportFile(report));
  const grouped = "五、存在的主要问题及改进情况中“《《”疑为错别字，应为“《”（等 10000 处）";

  it("check prints one grouped line, in the human form and in --json", async () => {
    const human = await cli("check", file);
    expect(human.code).toBe(1);
    const lines = human.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes("RD-10"))).toEqual([
      `警告 RD-10 [五、存在的主要问题及改进情况] 应为 《，实为 《《 — ${grouped}`,
    ]);
    expect(human.stdout.length).toBeLessThan(2000);
    const json = await cli("check", file, "--json");
    const out = JSON.parse(json.stdout) as { issues: { rule: string; message: string }[] };
    expect(out.issues.filter((i) => i.rule === "RD-10").map((i) => i.message)).toEqual([grouped]);
  });

  it("render's refusal of a final lists the grouped finding once", async () => {
    const r = await cli("render", file, "--html", join(dir, "brackets.html"));
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n").filter((l) => l.includes("RD-10"))).toHaveLength(1);
    expect(r.stdout).toContain(grouped);
  });
});

describe("cli check on the seeds", { timeout: 60_000 }, () => {
  it.each([
    ["seed-000-xingguo-2021", 1, ["R3-04"], ["RD-07a", "RD-10"]],
    ["seed-001-quangang-2020", 1, ["R2'-05"], ["RD-04"]],
    ["seed-003-yongchang-2021", 1, [], ["RD-05", "RD-10"]],
  ])("%s: exit %i, arithmetic errors %j, narrative warnings include %j", async (name, code, rules, narrative) => {
    const r = await cli("check", `test/fixtures/seeds/${name}.json`, "--json");
    expect(r.code).toBe(code);
    const out = JSON.parse(r.stdout) as { issues: { rule: string; severity: string }[] };
    const arithmetic = out.issues.filter((i) => /^R/.test(i.rule) && i.severity === "E").map((i) => i.rule);
    expect([...new Set(arithmetic)]).toEqual(rules);
    const warned = new Set(out.issues.filter((i) => i.severity === "W").map((i) => i.rule));
    for (const rule of narrative) expect(warned).toContain(rule);
  });
});
