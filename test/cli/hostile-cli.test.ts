/**
 * The commands against hostile paths and files (issue 15), in-process: no command writes onto its
 * input or `--prev`, two outputs never share a file, an existing file is replaced only with
 * `--force`, `batch` neither follows a link named like an output nor gives two bodies one file
 * name (an invalid character, case, a very long name), walks a folder loop once and does not wait
 * on a FIFO; a FIFO, a deep file or a GBK file given to `check` gets a Chinese reason, never a
 * hang or a stack trace; invisible characters in a name never reach the page, and the command says
 * it took them out.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import type { Report } from "../../src/model/types.ts";
import { fullReport, prevOf } from "../builders.ts";
import { runCli } from "../support/cli.ts";

const report = fullReport("gb2021");
const fresh = () => mkdtempSync(join(tmpdir(), "nianbao-hostile-cli-"));
const put = (path: string, r: Report = report) => {
  writeFileSync(path, writeReportFile(r));
  return path;
};
const named = (shortName: string, name = `${shortName}人民政府`): Report => ({
  ...structuredClone(report),
  org: { ...report.org, name, shortName },
});
const STACK = /\n\s+at |RangeError|TypeError/;

describe("render and import never write onto their inputs", { timeout: 60_000 }, () => {
  it("render --html onto the report, --docx onto --prev, another spelling of the report: refused, inputs unchanged", async () => {
    const dir = fresh();
    const input = put(join(dir, "r.json"));
    const prev = put(join(dir, "p.json"), { ...prevOf(report), explanations: [] } as Report);
    const [before, prevBefore] = [readFileSync(input, "utf8"), readFileSync(prev, "utf8")];
    for (const args of [
      [input, "--html", input, "--draft", "--force"],
      [input, "--prev", prev, "--docx", prev, "--draft", "--force"],
      [input, "--html", join(dir, ".", "r.json"), "--draft", "--force"],
    ]) {
      const r = await runCli("render", ...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("是本次读取的输入文件");
      expect(r.stdout).not.toContain("已生成");
    }
    expect(readFileSync(input, "utf8")).toBe(before);
    expect(readFileSync(prev, "utf8")).toBe(prevBefore);
  });

  it("render --docx X --html X is refused; an existing output is replaced only with --force", async () => {
    const dir = fresh();
    const input = put(join(dir, "r.json"));
    const same = join(dir, "same.out");
    const twice = await runCli("render", input, "--docx", same, "--html", same, "--draft");
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("是同一个文件，两个输出会互相覆盖");
    expect(existsSync(same)).toBe(false);
    const out = join(dir, "out.html");
    writeFileSync(out, "OLD");
    const refused = await runCli("render", input, "--html", out, "--draft");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("已存在：加 --force 才会覆盖");
    expect(readFileSync(out, "utf8")).toBe("OLD");
    const forced = await runCli("render", input, "--html", out, "--draft", "--force");
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("【草稿】");
  });

  it("import -o onto its own input is refused even with --force", async () => {
    const dir = fresh();
    const input = put(join(dir, "r.json"));
    const before = readFileSync(input, "utf8");
    const r = await runCli("import", input, "-o", input, "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("是本次读取的输入文件");
    expect(readFileSync(input, "utf8")).toBe(before);
  });

  it("invisible characters in a name never reach the page, and render says it took them out", async () => {
    const dir = fresh();
    const input = join(dir, "r.json");
    writeFileSync(input, writeReportFile(named("兴国\u202e镇", "兴国镇\u202e府政民人")));
    const r = await runCli("render", input, "--html", join(dir, "r.html"), "--draft");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("注意：");
    expect(r.stderr).toContain("不可见的控制字符");
    expect(readFileSync(join(dir, "r.html"), "utf8")).not.toMatch(/\u202e|&#x202e;|&#8238;/i);
  });
});

describe("batch --out", { timeout: 60_000 }, () => {
  it("refuses an existing output without --force (nothing changed, exit 1) and replaces it with --force", async () => {
    const dir = fresh();
    put(join(dir, "in.json"));
    const out = join(dir, "out");
    mkdirSync(out);
    const html = join(out, "兴国镇2022年政府信息公开工作年度报告.html");
    writeFileSync(html, "OLD");
    const refused = await runCli("batch", join(dir, "in.json"), "--out", out);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("已存在：加 --force 才会覆盖");
    expect(readFileSync(html, "utf8")).toBe("OLD");
    expect(readdirSync(out)).toEqual(["兴国镇2022年政府信息公开工作年度报告.html"]); // the .docx of the pair not written either
    const forced = await runCli("batch", join(dir, "in.json"), "--out", out, "--force");
    expect(forced.code, forced.stdout).toBe(0);
    expect(readFileSync(html, "utf8")).toContain("兴国镇");
  });

  it("does not follow a symlink named like an output onto an input", async () => {
    const dir = fresh();
    const input = put(join(dir, "in.json"));
    const before = readFileSync(input, "utf8");
    const out = join(dir, "out");
    mkdirSync(out);
    symlinkSync(input, join(out, "兴国镇2022年政府信息公开工作年度报告.html"));
    const r = await runCli("batch", input, "--out", out, "--force");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("符号链接，指向本次读取的输入文件");
    expect(readFileSync(input, "utf8")).toBe(before);
  });

  it("gives every body its own file name: names that differ by an invalid character, by case, or are very long", async () => {
    const dir = fresh();
    const bodies = [
      named("青石/镇"),
      named("青石:镇"),
      named("青石_镇"),
      named("Abc镇"),
      named("abc镇"),
      named("", "很长的机关名称".repeat(30)),
    ];
    bodies.forEach((b, i) => put(join(dir, `r${i}.json`), b));
    const out = join(dir, "out");
    const r = await runCli("batch", dir, "--out", out);
    expect(r.code, r.stdout).toBe(0);
    const pages = readdirSync(out).filter((f) => f.endsWith(".html"));
    expect(pages).toHaveLength(bodies.length);
    expect(new Set(pages.map((f) => f.toLowerCase())).size).toBe(bodies.length);
    for (const f of pages) expect(Buffer.byteLength(f)).toBeLessThanOrEqual(255);
    expect(pages.some((f) => f.startsWith("很长的机关名称") && f.includes("…2022年政府信息公开工作年度报告"))).toBe(
      true,
    );
  });

  it("an output folder that is a file: a Chinese reason, the file untouched (exit 2)", async () => {
    const dir = fresh();
    put(join(dir, "in.json"));
    writeFileSync(join(dir, "out"), "x");
    const r = await runCli("batch", join(dir, "in.json"), "--out", join(dir, "out"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("已有同名的文件，不能建成文件夹");
    expect(readFileSync(join(dir, "out"), "utf8")).toBe("x");
  });
});

describe("batch reading a folder", { timeout: 60_000 }, () => {
  it("a folder loop is walked once, a file given twice or by a link is one report, a FIFO is not waited on", async () => {
    const dir = fresh();
    put(join(dir, "r.json"));
    symlinkSync(dir, join(dir, "loop"));
    mkdirSync(join(dir, "sub"));
    symlinkSync(dir, join(dir, "sub", "up"));
    symlinkSync(join(dir, "r.json"), join(dir, "alias.json"));
    execFileSync("mkfifo", [join(dir, "zz.json")]);
    const r = await runCli("batch", join(dir, "r.json"), dir, "--json");
    const rows = (JSON.parse(r.stdout) as { reports: { file: string; ok: boolean; error?: string }[] }).reports;
    expect(rows.filter((x) => x.ok)).toHaveLength(1);
    expect(rows.find((x) => x.file.endsWith("zz.json"))?.error).toContain("这不是普通文件（是设备、管道或套接字）");
    expect(rows).toHaveLength(2);
  });
});

describe("check on what is not a report file", { timeout: 60_000 }, () => {
  it("a FIFO, a file nested 50,000 deep, a GBK file: exit 2 with a Chinese reason, no hang, no stack trace", async () => {
    const dir = fresh();
    const fifo = join(dir, "fifo.json");
    execFileSync("mkfifo", [fifo]);
    const deep = join(dir, "deep.json");
    writeFileSync(
      deep,
      writeReportFile(report).replace(/"name": "[^"]*"/, `"name": ${"[".repeat(50_000)}1${"]".repeat(50_000)}`),
    );
    const gbk = join(dir, "gbk.json");
    // 兴 and 国 in GBK, inside an otherwise ASCII report
    writeFileSync(
      gbk,
      Buffer.concat([
        Buffer.from('{"format":"nianbao.report","org":{"name":"'),
        Buffer.from([0xd0, 0xcb, 0xb9, 0xfa]),
        Buffer.from('"}}'),
      ]),
    );
    const reasons: [string, string][] = [
      [fifo, "这不是普通文件（是设备、管道或套接字）"],
      [deep, "嵌套层数过多"],
      [gbk, "GBK/GB18030"],
    ];
    for (const [file, words] of reasons) {
      const r = await runCli("check", file);
      expect(r.code, file).toBe(2);
      expect(r.stderr).toContain(words);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

describe("what the commands print for a person", { timeout: 60_000 }, () => {
  it("a file's control and invisible characters never reach the terminal raw; a 1 MB line is cut", async () => {
    const dir = fresh();
    const quote = structuredClone(report);
    quote.narrative.other = `依据《政府信息公开条列》\u202e办理\u001b[2J。`; // a typo RD-10 quotes
    const r = await runCli("check", put(join(dir, "q.json"), quote));
    expect([r.stdout.includes("\u202e"), r.stdout.includes("\u001b")]).toEqual([false, false]);
    const unknownKey = writeReportFile(report).replace('"year": 2022', '"year": 2022, "\\u001b]0;x\\u0007": 1');
    writeFileSync(join(dir, "k.json"), unknownKey);
    const k = await runCli("check", join(dir, "k.json"));
    expect(k.code).toBe(2);
    expect([k.stderr.includes("\u001b"), k.stderr.includes("\u0007")]).toEqual([false, false]);
    expect(k.stderr).toContain("\\u001B]0;x\\u0007");
    const long = named("", "很长".repeat(500_000));
    const b = await runCli("batch", put(join(dir, "long.json"), long), "--out", join(dir, "out"), "--draft");
    expect(b.code, b.stdout.slice(0, 300)).toBe(0);
    expect(b.stdout.length).toBeLessThan(20_000);
    expect(b.stdout).toContain("其余从略");
  });

  it("--json output writes invisible and control characters as JSON escapes: the same data, nothing raw", async () => {
    const dir = fresh();
    const r = structuredClone(report);
    r.narrative.other = "无\u202e其他\u0085事项。";
    const out = await runCli("import", put(join(dir, "r.json"), r), "--json");
    expect([out.stdout.includes("\u202e"), out.stdout.includes("\u0085")]).toEqual([false, false]);
    expect((JSON.parse(out.stdout) as { report: Report }).report.narrative.other).toBe("无\u202e其他\u0085事项。");
  });

  it("import refuses a GBK report file as the door does, naming GBK", async () => {
    const dir = fresh();
    const gbk = join(dir, "gbk.json");
    writeFileSync(
      gbk,
      Buffer.concat([
        Buffer.from('{"format":"nianbao.report","org":{"name":"'),
        Buffer.from([0xd0, 0xcb, 0xb9, 0xfa]),
        Buffer.from('"}}'),
      ]),
    );
    const r = await runCli("import", gbk);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("GBK/GB18030");
  });
});
