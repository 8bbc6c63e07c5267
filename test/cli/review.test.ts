/**
 * `npm run cli -- review`: the generated county through the command line — once as a county office
 * runs it (a child process, the worker pool on both cores), the rest in this process. The `--json`
 * object has exactly its keys; `--out` writes the page, a workbook that reads back with the same
 * numbers, and the area's sum, which `check` reads; nothing existing is replaced without `--force`,
 * never an input; exit codes 0/1/2; a progress bar only on a terminal.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import { getEdition } from "../../src/model/editions/index.ts";
import { progressBar, progressLine } from "../../src/cli/progress-bar.ts";
import { AREA, COPIED, DEFECTS, MISSING, writeCounty, YEAR, bodyReport, type CountyOnDisk } from "../support/county.ts";
import { runCli, runCliProcess } from "../support/cli.ts";

interface ReviewJson {
  reports: {
    file: string;
    org: string;
    year: number;
    edition: string;
    ok: boolean;
    counts: { E: number; W: number; I: number };
    import: { placed: number; blank: number; ambiguous: number };
    issues: { rule: string; severity: string; cells: string[]; expected: unknown; actual: unknown; message: string }[];
  }[];
  unreadable: { file: string; reason: string }[];
  crossBody: { rule: string; severity: string; files: string[]; orgs: string[]; message: string }[];
  missing: string[];
  aggregate: {
    year: number;
    edition: string;
    bodies: { included: { org: string; file: string }[]; excluded: { org: string; file: string; reason: string }[] };
    cells: Record<string, number>;
  };
}

const short = (file: string) => /([^/]+)\.\w+$/.exec(file)?.[1] ?? file;
let county: CountyOnDisk;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "nianbao-review-"));
  county = await writeCounty(root);
}, 60_000);

describe("cli review", { timeout: 180_000 }, () => {
  it("reviews the county with a pool of workers, prints one JSON object of exactly its shape and writes the three files", async () => {
    const out = join(root, "结果");
    const r = await runCliProcess(
      "review",
      county.dir,
      "--roster",
      county.roster,
      "--prev",
      county.previous,
      "--out",
      out,
      "--json",
    );
    expect(r.code).toBe(1); // some reports are blocked, one file cannot be read
    expect(r.stderr).toBe(""); // no progress bar when stderr is not a terminal
    const json = JSON.parse(r.stdout) as ReviewJson;
    expect(Object.keys(json)).toEqual(["reports", "unreadable", "crossBody", "missing", "aggregate"]);
    expect(Object.keys(json.reports[0] ?? {})).toEqual([
      "file",
      "org",
      "year",
      "edition",
      "ok",
      "counts",
      "import",
      "issues",
    ]);
    expect(Object.keys(json.reports[0]?.counts ?? {})).toEqual(["E", "W", "I"]);
    expect(Object.keys(json.reports[0]?.import ?? {})).toEqual(["placed", "blank", "ambiguous"]);
    expect(Object.keys(json.aggregate)).toEqual(["year", "edition", "bodies", "cells"]);
    const issue = json.reports.find((x) => x.issues.length > 0)?.issues[0];
    expect(Object.keys(issue ?? {})).toEqual(["rule", "severity", "cells", "expected", "actual", "message"]);
    expect(Object.keys(json.crossBody[0] ?? {})).toEqual(["rule", "severity", "files", "orgs", "message"]);

    expect(json.reports).toHaveLength(county.bodies.length);
    for (const [name, rules] of Object.entries(DEFECTS)) {
      const report = json.reports.find((x) => short(x.file) === name);
      expect(
        report?.issues.map((i) => i.rule),
        name,
      ).toEqual(expect.arrayContaining([...rules]));
    }
    expect(json.reports.find((x) => short(x.file) === "东城街道")?.issues.map((i) => i.rule)).toContain("R3-05");
    expect(json.crossBody.map((c) => c.files.map(short).sort())).toEqual([[...COPIED].sort()]);
    expect([...json.missing].sort()).toEqual([...MISSING].sort());
    expect(json.unreadable.map((u) => short(u.file))).toEqual(["石门乡"]);
    expect(json.aggregate.year).toBe(YEAR);

    // the workbook reads back with the same numbers as the JSON
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(out, "审核结果.xlsx")) as unknown as Parameters<typeof book.xlsx.load>[0]);
    expect(book.worksheets.map((w) => w.name)).toEqual(["各机关", "问题", "汇总", "汇总范围"]);
    const sheet = book.getWorksheet("各机关");
    const header = (sheet?.getRow(1).values as unknown[]).slice(1).map(String);
    const edition = getEdition("gb2021");
    const rows = new Map<string, unknown[]>();
    sheet?.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1));
    });
    expect(rows.size).toBe(county.bodies.length + 1 + MISSING.length);
    for (const report of json.reports) {
      const row = rows.get(report.org);
      expect(row?.[header.indexOf("错误")], report.org).toBe(report.counts.E);
      expect(row?.[header.indexOf("警告")]).toBe(report.counts.W);
      const sent = county.bodies.find((b) => b.shortName === short(report.file));
      for (const [id, v] of Object.entries(sent?.report.cells ?? {}))
        if (short(report.file) !== "青石镇")
          expect(row?.[header.indexOf(edition?.cells.find((c) => c.id === id)?.name ?? "")], id).toBe(v);
    }
    const sum = book.getWorksheet("汇总");
    sum?.eachRow((row, n) => {
      const id = String(row.getCell(6).value);
      if (n > 1 && id in json.aggregate.cells) expect(row.getCell(4).value, id).toBe(json.aggregate.cells[id]);
    });
    const scope = book.getWorksheet("汇总范围");
    expect((scope?.rowCount ?? 0) - 1).toBe(
      json.aggregate.bodies.included.length + json.aggregate.bodies.excluded.length,
    );

    // the sum is a report file that `check` reads
    const sumFile = join(out, `汇总-${YEAR}.json`);
    const checked = await runCli("check", sumFile, "--json");
    expect(checked.code).toBe(1); // its text is the county's to write: RD-05 and RD-06 wait for it
    expect(
      (JSON.parse(checked.stdout) as { issues: { cells: string[] }[] }).issues.every((i) => i.cells.length <= 1),
    ).toBe(true);
    const sumReport = JSON.parse(readFileSync(sumFile, "utf8")) as { org: { name: string }; cells: object };
    expect(sumReport.org.name).toBe(`${AREA}人民政府`);
    expect(sumReport.cells).toEqual(json.aggregate.cells);
    expect(readFileSync(join(out, "审核结果.html"), "utf8")).toContain(
      "<title>青山县 2024 年度政府信息公开工作年度报告审核结果</title>",
    );
  });

  it("the pool of workers gives what this thread gives", async () => {
    const one = await runCli("review", county.dir, "--roster", county.roster, "--json", "--jobs", "1");
    const two = await runCli("review", county.dir, "--roster", county.roster, "--json", "--jobs", "2");
    expect(two.code).toBe(one.code);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  });

  it("prints a line per report with its findings, what was found across bodies, the missing and the unreadable, the sum", async () => {
    const r = await runCli("review", county.dir, "--roster", county.roster, "--jobs", "1");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^审核 青山县 2024 年度：28 份报告，1 个文件无法读取$/m);
    expect(r.stdout).toMatch(/^须修改 {2}\S+城关镇\.json {2}城关镇人民政府 2024 年度 {2}错误 2 /m);
    expect(r.stdout).toMatch(/^ {2}错误 R3-01 /m);
    expect(r.stdout).toMatch(
      /^可发布 {2}\S+北山街道\.docx {2}北山街道办事处 2024 年度 {2}错误 0 警告 0 提示 0 {2}导入 200 格/m,
    );
    expect(r.stdout).toContain("警告 RD-07d — 五、存在的主要问题及改进情况：");
    expect(r.stdout).toContain("缺报（名单上有、没有 2024 年度报告）：");
    expect(r.stdout).toMatch(/^汇总：26 个机关计入 青山县 2024 年度的表格，3 个未计入：$/m);
    expect(r.stdout).toMatch(/^共 28 份：可发布 \d+，须修改 \d+，无法读取 1，缺报 2，跨机关问题 1。$/m);
  });

  it("exit 0 when every file was read and nothing blocks; 2 when nothing could be read or the usage is wrong", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-review-clean-"));
    writeFileSync(join(dir, "a.json"), writeReportFile(bodyReport("城关镇人民政府", "城关镇", "township", 1)));
    writeFileSync(join(dir, "b.json"), writeReportFile(bodyReport("河口镇人民政府", "河口镇", "township", 2)));
    writeFileSync(join(dir, "说明.pptx"), "not a report: not read");
    expect((await runCli("review", dir, "--jobs", "1")).code).toBe(0);

    const bad = mkdtempSync(join(tmpdir(), "nianbao-review-bad-"));
    writeFileSync(join(bad, "坏.json"), "{ not json");
    const none = await runCli("review", bad, "--jobs", "1", "--json");
    expect(none.code).toBe(2);
    expect((JSON.parse(none.stdout) as ReviewJson).unreadable[0]?.reason).toContain("不是有效的年报文件");
    expect((await runCli("review", mkdtempSync(join(tmpdir(), "nianbao-empty-")))).stderr).toContain(
      "没有找到可以审核的报告文件",
    );
    expect((await runCli("review")).code).toBe(2);
    const jobs = await runCli("review", dir, "--jobs", "0");
    expect([jobs.code, jobs.stderr]).toEqual([2, expect.stringContaining("--jobs 应为 1 到 64 之间的整数")]);
    expect((await runCli("review", dir, "--roster", join(dir, "无此名单.txt"))).stderr).toContain("无法读取名单");
  });

  it("replaces nothing without --force, and never writes onto a file it read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-review-out-"));
    writeFileSync(join(dir, "a.json"), writeReportFile(bodyReport("城关镇人民政府", "城关镇", "township", 1)));
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "审核结果.html"), "mine");
    const refused = await runCli("review", join(dir, "a.json"), "--out", out, "--jobs", "1");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("已存在：加 --force 才会覆盖");
    expect(readFileSync(join(out, "审核结果.html"), "utf8")).toBe("mine");
    const forced = await runCli("review", join(dir, "a.json"), "--out", out, "--jobs", "1", "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, "审核结果.html"), "utf8")).toContain("<!DOCTYPE html>");
    // a report kept in the output folder under the page's name is an input: never written onto
    writeFileSync(join(out, "审核结果.xlsx"), writeReportFile(bodyReport("河口镇人民政府", "河口镇", "township", 2)));
    const onInput = await runCli(
      "review",
      join(dir, "a.json"),
      join(out, "审核结果.xlsx"),
      "--out",
      out,
      "--jobs",
      "1",
      "--force",
    );
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toContain("输入文件");
  });
});

describe("progress bar", () => {
  it("draws the share done, and only on a terminal", () => {
    expect(progressLine("审核", 5, 10, 10)).toBe("审核 [█████░░░░░] 5/10");
    const written: string[] = [];
    let now = 0;
    const bar = progressBar({ isTTY: true, columns: 60, write: (t: string) => written.push(t) }, "审核", () => now);
    bar.update(1, 4);
    bar.update(2, 4); // within 100 ms of the last: not redrawn
    now = 200;
    bar.update(4, 4);
    bar.end();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\r审核 \[█+░+\] 1\/4$/);
    expect(written[1]).toMatch(/^\r审核 \[█+\] 4\/4$/);
    expect(written[2]).toBe("\r\x1b[2K");
    const quiet: string[] = [];
    const off = progressBar({ isTTY: false, write: (t: string) => quiet.push(t) }, "审核");
    off.update(1, 1);
    off.end();
    expect(quiet).toEqual([]);
  });
});
