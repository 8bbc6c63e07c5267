/**
 * `npm run cli -- batch`: a county office checks a folder of collected reports in one go — last
 * year's report of the same body used when present, duplicates flagged, outputs named by title and
 * never overwriting each other, exit codes 0/1/2. In-process; the first case runs the real CLI in a child process.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import type { Report } from "../../src/model/types.ts";
import { fullReport, prevOf } from "../builders.ts";
import { runCli as cli, runCliProcess } from "../support/cli.ts";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-batch-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

interface BatchRow {
  file: string;
  ok: boolean;
  org?: string;
  errors?: number;
  usedPrev?: string;
  sameYear?: string[];
  prevAmbiguous?: string[];
  outputs?: string[];
  error?: string;
}

const good = fullReport("gb2021");
const lastYear = prevOf(good);
const blocked = (): Report => {
  const r = structuredClone(good);
  r.org = { ...r.org, name: "中山镇人民政府", shortName: "中山镇" };
  delete r.cells["review.adminReview.upheld"];
  return r;
};

describe("cli batch", { timeout: 60_000 }, () => {
  it("checks every report of a folder, with last year's report of the same body; says which could not be read", async () => {
    const dir = folder({
      "兴国镇/2022.json": writeReportFile(good),
      "兴国镇/2021.json": writeReportFile(lastYear),
      "中山镇.json": writeReportFile(blocked()),
      "坏文件.json": "{ not json",
      "说明.txt": "not a report, not a .json: ignored",
    });
    const r = await runCliProcess("batch", dir, "--json"); // the real command line, once
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; reports: BatchRow[] };
    expect(out.ok).toBe(false);
    const row = (name: string) => out.reports.find((x) => x.file.endsWith(name));
    expect(out.reports).toHaveLength(4);
    expect(row("兴国镇/2022.json")).toMatchObject({ ok: true, errors: 0, usedPrev: join(dir, "兴国镇/2021.json") });
    expect(row("兴国镇/2021.json")?.usedPrev).toBeUndefined();
    expect(row("中山镇.json")).toMatchObject({ ok: false, errors: 1 });
    expect(row("坏文件.json")?.error).toContain("不是有效的 JSON");

    const human = await cli("batch", dir);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain(
      `可发布  ${join(dir, "兴国镇/2022.json")}  兴国镇2022年政府信息公开工作年度报告  错误 0 警告 0 提示 0（已与上年报告 ${join(dir, "兴国镇/2021.json")} 核对）`,
    );
    expect(human.stdout).toContain(`须修改  ${join(dir, "中山镇.json")}`);
    expect(human.stdout).toContain(`无法读取  ${join(dir, "坏文件.json")}`);
    expect(human.stdout).toContain("共 4 份：可发布 2，须修改 1，无法读取 1。");
  });

  it("--out names outputs by title, drafts only with --draft, and never overwrites another report's output", async () => {
    const twin = structuredClone(good);
    twin.narrative.problems = "一是人员不足。二是培训不够。";
    const dir = folder({
      "a/兴国镇.json": writeReportFile(good),
      "b/兴国镇.json": writeReportFile(twin),
      "中山镇.json": writeReportFile(blocked()),
    });
    const out = join(dir, "输出");
    const finals = await cli("batch", dir, "--out", out, "--json");
    expect(finals.code).toBe(1);
    const rows = (JSON.parse(finals.stdout) as { reports: BatchRow[] }).reports;
    expect(readdirSync(out).sort()).toEqual([
      "兴国镇2022年政府信息公开工作年度报告.docx",
      "兴国镇2022年政府信息公开工作年度报告.html",
      "兴国镇2022年政府信息公开工作年度报告（2）.docx",
      "兴国镇2022年政府信息公开工作年度报告（2）.html",
    ]);
    // the two files of one body and year are both flagged, each naming the other
    const a = rows.find((x) => x.file.endsWith("a/兴国镇.json"));
    const b = rows.find((x) => x.file.endsWith("b/兴国镇.json"));
    expect(a?.sameYear).toEqual([b?.file]);
    expect(b?.sameYear).toEqual([a?.file]);
    // each output holds its own report's text
    const problems = (file: string) =>
      strFromU8(unzipSync(readFileSync(join(out, file)))["word/document.xml"] ?? new Uint8Array());
    expect(problems("兴国镇2022年政府信息公开工作年度报告.docx")).toContain(good.narrative.problems.slice(0, 6));
    expect(problems("兴国镇2022年政府信息公开工作年度报告（2）.docx")).toContain("一是人员不足");
    expect(readFileSync(join(out, "兴国镇2022年政府信息公开工作年度报告（2）.html"), "utf8")).toContain("一是人员不足");

    const drafts = await cli("batch", join(dir, "中山镇.json"), "--out", out, "--draft");
    expect(drafts.code).toBe(1);
    expect(drafts.stdout).toContain("已生成：");
    expect(readdirSync(out)).toContain("中山镇2022年政府信息公开工作年度报告（草稿）.docx");
    expect(readFileSync(join(out, "中山镇2022年政府信息公开工作年度报告（草稿）.html"), "utf8")).toContain("草稿");
  });

  it("uses no last year's report when two files claim it, and says so", async () => {
    const other = structuredClone(lastYear);
    other.cells["apply.carryForward.natural"] = (other.cells["apply.carryForward.natural"] ?? 0) + 1;
    const dir = folder({
      "2022.json": writeReportFile(good),
      "2021a.json": writeReportFile(lastYear),
      "2021b.json": writeReportFile(other),
    });
    const r = await cli("batch", dir);
    expect(r.stdout).toContain(
      `上年报告有 2 份（${join(dir, "2021a.json")}、${join(dir, "2021b.json")}），无法确定用哪一份，未做跨年度核对`,
    );
    expect(r.stdout).not.toContain("已与上年报告");
  });

  it("exit 0 when every report can be published; exit 2 when none could be read", async () => {
    const dir = folder({ "2022.json": writeReportFile(good), "2021.json": writeReportFile(lastYear) });
    expect((await cli("batch", dir)).code).toBe(0);
    const none = await cli("batch", join(dir, "没有这个文件.json"));
    expect(none.code).toBe(2);
    expect(none.stdout).toContain("文件不存在");
    expect((await cli("batch")).code).toBe(2);
  });
});
