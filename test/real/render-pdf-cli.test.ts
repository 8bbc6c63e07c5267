/**
 * `render --pdf`: the CLI converts the Word document with the real LibreOffice (read back with
 * pdftotext), beside the other files asked for; without LibreOffice (the real CLI in a child
 * process, told to use a program that is not there) it exits 2, names the Debian package to
 * install and writes none of the files.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import { fullReport } from "../builders.ts";
import { runCli, runCliProcessWith } from "../support/cli.ts";
import { pdfPages, pdfText } from "../support/libreoffice.ts";

const dir = mkdtempSync(join(tmpdir(), "nianbao-render-pdf-"));
const at = (name: string) => join(dir, name);
const cli = (...args: string[]) => runCli("render", ...args);

describe("cli render --pdf", () => {
  const report = fullReport("gb2021");
  const good = at("good.json");
  writeFileSync(good, writeReportFile(report));
  const blank = structuredClone(report);
  delete blank.cells["apply.newReceived.natural"];
  const bad = at("bad.json");
  writeFileSync(bad, writeReportFile(blank));

  it("--pdf writes the Word document converted by LibreOffice, beside the other files (exit 0)", async () => {
    const r = await cli(good, "--pdf", at("final.pdf"), "--docx", at("with-pdf.docx"), "--html", at("with-pdf.html"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已生成最终版：${at("final.pdf")}`);
    expect(readFileSync(at("final.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = (await pdfText(at("final.pdf"))).replace(/\s+/g, "");
    expect(text).toContain("兴国镇2022年政府信息公开工作年度报告");
    expect(text).toContain("三、收到和处理政府信息公开申请情况");
    expect(await pdfPages(at("final.pdf"))).toBeGreaterThanOrEqual(2);
    expect(existsSync(at("with-pdf.docx")) && existsSync(at("with-pdf.html"))).toBe(true);
    // a draft's PDF carries the 草稿 mark
    const d = await cli(bad, "--draft", "--pdf", at("draft.pdf"));
    expect(d.code, d.stderr).toBe(0);
    expect(await pdfText(at("draft.pdf"))).toContain("草稿");
  }, 240_000);

  it("--pdf without LibreOffice: exit 2, says which Debian package to install, writes none of the files", async () => {
    const r = await runCliProcessWith(
      { NIANBAO_SOFFICE: join(dir, "没有这个程序", "soffice") },
      "render",
      good,
      "--docx",
      at("no-lo.docx"),
      "--html",
      at("no-lo.html"),
      "--pdf",
      at("no-lo.pdf"),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("未找到 LibreOffice");
    expect(r.stderr).toContain("libreoffice-writer-nogui");
    expect(r.stderr).toContain("未写入任何文件");
    for (const f of ["no-lo.docx", "no-lo.html", "no-lo.pdf"]) expect(existsSync(at(f)), f).toBe(false);
  }, 60_000);
});
