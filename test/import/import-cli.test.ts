/**
 * `npm run cli -- import`: the summary a person reads, `--json`, `-o` (never replacing a file
 * without --force), and the exit codes 0 (every cell placed) / 1 (blank or ambiguous) / 2 (no report).
 * In-process; the first case runs the real CLI in a child process.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readReportFile } from "../../src/import/report-file.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { fullReport } from "../builders.ts";
import { runCli, runCliProcess } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "nianbao-import-cli-"));
const seed = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

const cli = (...args: string[]) => runCli("import", ...args);

describe("cli import", { timeout: 30_000 }, async () => {
  it("exit 1 with blank cells; prints counts, deviations and findings; -o writes a valid report file", async () => {
    const out = join(dir, "xingguo.json");
    const r = await runCliProcess("import", seed("seed-000-xingguo-2021.txt"), "-o", out); // the real command line, once
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("兴国镇 2021 年度报告（文字，gb2021 版表格）");
    expect(r.stdout).toContain("单元格：已导入 193，空白 7，不能确定 0 处");
    expect(r.stdout).toContain("标签与官方格式不一致：6 处");
    expect(r.stdout).toContain("“规范性文件” 应为 “行政规范性文件”");
    expect(r.stdout).toMatch(/检查结果：错误 12，警告 \d+，提示 \d+/);
    expect(r.stdout).toContain(`已写入 ${out}`);
    const file = readReportFile(readFileSync(out, "utf8"));
    expect(file.ok && [file.report.year, Object.keys(file.report.cells).length]).toEqual([2021, 193]);
  });

  it("exit 0 when every cell was placed; --json prints one object with the summary and the report", async () => {
    const docx = join(dir, "full.docx");
    writeFileSync(docx, await renderReportDocx(fullReport("gb2019"), { draft: false }));
    const r = await cli(docx, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      summary: { source: string; recovered: number; blank: string[] };
      report: { year: number };
    };
    expect(out).toMatchObject({
      ok: true,
      summary: { source: "docx", recovered: 198, blank: [] },
      report: { year: 2020 },
    });
  });

  it("exit 1 and the ambiguous rows named for the flattened web page", async () => {
    const r = await cli(seed("seed-002-zhangcun-2019.txt"));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("不能确定 2 处");
    expect(r.stdout).toContain(
      "看到“8 83”；留空：active.normativeDocs.made, active.normativeDocs.published, active.normativeDocs.publicTotal",
    );
  });

  it("exit 2: no such file, not a report, an existing output without --force", async () => {
    const missing = await cli(join(dir, "nope.docx"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`无法读取文件 ${join(dir, "nope.docx")}：文件不存在`);
    const png = join(dir, "photo.docx");
    writeFileSync(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const image = await cli(png, "--json");
    expect(image.code).toBe(2);
    expect(JSON.parse(image.stdout)).toEqual({
      ok: false,
      error: `${png}：这是一张 PNG 图片（只是文件名改成了 .docx），不是 Word 文档或网页：图片中的文字无法导入`,
    });
    const existing = join(dir, "exists.json");
    writeFileSync(existing, "keep me");
    const refused = await cli(seed("seed-003-yongchang-2021.txt"), "-o", existing);
    expect([refused.code, readFileSync(existing, "utf8")]).toEqual([2, "keep me"]);
    expect(refused.stderr).toContain("已存在：加 --force 才会覆盖");
    const forced = await cli(seed("seed-003-yongchang-2021.txt"), "-o", existing, "--force");
    expect(forced.code).toBe(0);
    expect(existsSync(existing) && readFileSync(existing, "utf8")).toContain('"nianbao.report"');
  });

  it("exit 2 at once for a device or a pipe (a report is a regular file): /dev/zero and a FIFO never hang", async () => {
    const zero = await cli("/dev/zero");
    expect([zero.code, zero.stderr.trim()]).toEqual([
      2,
      "无法读取 /dev/zero：这不是普通文件（是设备、管道或套接字），没有导入",
    ]);
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const piped = await cli(fifo);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain("这不是普通文件");
  });

  it("the summary names where the body, year and edition came from and prints the tables as read", async () => {
    const r = await cli(seed("seed-003-yongchang-2021.txt"));
    expect(r.stdout).toContain("机关：富阳区永昌镇人民政府（取自：标题");
    expect(r.stdout).toContain("报告年度：2021（取自：标题）");
    expect(r.stdout).toContain("表格格式：gb2021 版（国办公开办函〔2021〕30号），由报告年度 2021 确定");
    expect(r.stdout).toContain("\n    三、本年度办理结果\n");
    expect(r.stdout).toMatch(/\n {6}（三）不予公开\n {8}1\.属于国家秘密 +0( +0){6}\n/);
  });
});
