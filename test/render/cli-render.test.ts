/**
 * `npm run cli -- render`, in-process and once as the real CLI in a child process (run by tsx, so the HTML templates are
 * read from disk, not precompiled by Vite). Exit 0 writes the files; 1 refuses a final and writes
 * nothing; 2 for unreadable input or missing arguments. (`--pdf`: test/real/render-pdf-cli.test.ts.)
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import { chartSvgFile, reportChart } from "../../src/render/chart/index.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { fullReport, prevOf } from "../builders.ts";
import { docxParts, partText } from "../support/docx-grid.ts";
import { runCli, runCliProcess } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "nianbao-render-"));
const at = (name: string) => join(dir, name);

const cli = (...args: string[]) => runCli("render", ...args);

describe("cli render", () => {
  const report = fullReport("gb2021");
  const good = at("good.json");
  writeFileSync(good, writeReportFile(report));
  const blank = structuredClone(report);
  delete blank.cells["apply.newReceived.natural"];
  const bad = at("bad.json");
  writeFileSync(bad, writeReportFile(blank));

  it("writes the final Word document and web page (exit 0); the page is what the app renders", async () => {
    const r = await runCliProcess("render", good, "--docx", at("final.docx"), "--html", at("final.html")); // the real command line, once
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已生成最终版：${at("final.docx")}`);
    const html = readFileSync(at("final.html"), "utf8");
    expect(html).toBe(renderReportHtml(report, { draft: false, reportFile: writeReportFile }));
    expect(partText(docxParts(readFileSync(at("final.docx"))).get("word/document.xml") ?? "")).toContain(
      "兴国镇2022年政府信息公开工作年度报告",
    );
  }, 60_000);

  it("refuses a final with blocking findings, lists them like check, writes nothing (exit 1); --draft writes a marked draft", async () => {
    const r = await cli(bad, "--docx", at("bad.docx"), "--html", at("bad.html"));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^错误 R3-0\d \[apply\.newReceived\.natural\]/m);
    expect(r.stdout).toContain("不能生成最终版");
    expect(existsSync(at("bad.docx")) || existsSync(at("bad.html"))).toBe(false);
    const d = await cli(bad, "--draft", "--html", at("draft.html"));
    expect(d.code).toBe(0);
    expect(readFileSync(at("draft.html"), "utf8")).toContain("【草稿】");
  }, 60_000);

  it("writes 一图读懂 as an SVG file with --chart, last year's figures beside this year's with --prev", async () => {
    const r = await cli(good, "--chart", at("chart.svg"));
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(at("chart.svg"), "utf8");
    expect(svg).toBe(chartSvgFile(reportChart(report, { draft: false })));
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain(`data-figure="previous:`);
    const prev = prevOf(report);
    writeFileSync(at("chart-prev.json"), writeReportFile(prev));
    const p = await cli(good, "--prev", at("chart-prev.json"), "--chart", at("chart-prev.svg"));
    expect(p.code, p.stderr + p.stdout).toBe(0);
    const withPrev = readFileSync(at("chart-prev.svg"), "utf8");
    const lastYear = { year: prev.year, edition: prev.edition, cells: prev.cells };
    expect(withPrev).toBe(chartSvgFile(reportChart({ ...report, previous: lastYear }, { draft: false })));
    expect(withPrev).toContain(`data-figure="previous:`);
    const d = await cli(bad, "--draft", "--chart", at("chart-draft.svg"));
    expect(d.code).toBe(0);
    expect(readFileSync(at("chart-draft.svg"), "utf8")).toContain("草稿");
    // an existing file is kept without --force
    const again = await cli(good, "--chart", at("chart.svg"));
    expect(again.code).toBe(2);
  }, 60_000);

  it("checks against last year's report with --prev", async () => {
    const prev = prevOf(report);
    prev.cells["apply.carryForward.natural"] = (prev.cells["apply.carryForward.natural"] ?? 0) + 1;
    writeFileSync(at("prev.json"), writeReportFile(prev));
    const r = await cli(good, "--prev", at("prev.json"), "--html", at("prev.html"));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^警告 R3-05/m);
  }, 60_000);

  it("exits 2 when the input cannot be read or no output is named", async () => {
    const missing = await cli(at("missing.json"), "--html", at("x.html"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("文件不存在");
    const none = await cli(good);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("请用 --docx 或 --html 指定要生成的文件");
  }, 60_000);

  it("writes both files or neither: when the second cannot be written, the first is not written either (exit 2)", async () => {
    const docx = at("both.docx");
    const r = await cli(good, "--docx", docx, "--html", join(dir, "没有这个文件夹", "x.html"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("无法写入");
    // the missing folder is found before anything is written (test/cli/safe-write.test.ts: a failure after the first file)
    expect(r.stderr).toContain("所在的文件夹不存在");
    expect(r.stderr).toContain("未改动任何文件");
    expect(existsSync(docx)).toBe(false);
  }, 60_000);
});
