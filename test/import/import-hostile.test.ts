/**
 * Inputs that are not a report, or are broken: each gets a clear Chinese reason, quickly, and
 * nothing throws — empty files, an image renamed .docx, a corrupt zip, a 50 MB file, a zip that
 * unpacks to more than 64 MB, HTML without tables, deep nesting, old formats, a year out of range.
 */
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { importReport, MAX_IMPORT_BYTES, type ImportInput } from "../../src/import/index.ts";
import { writeReportFile } from "../../src/import/report-file.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { fullReport } from "../builders.ts";

async function reason(input: ImportInput): Promise<string> {
  const t0 = performance.now();
  const r = await importReport(input);
  expect(performance.now() - t0).toBeLessThan(2000);
  if (r.ok) throw new Error("expected a refusal");
  expect(r.reason).toMatch(/[\u4e00-\u9fa5]/);
  return r.reason;
}

// the PDF reader (pdf.js) is loaded once, when the first PDF comes: not part of any refusal's time
beforeAll(async () => {
  await importReport({ name: "warm.pdf", bytes: strToU8("%PDF-1.7 warm-up") });
});

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array<number>(64).fill(0x41)]);

describe("inputs that are not a report", async () => {
  it("empty file, empty paste, a file of spaces", async () => {
    expect(await reason({ name: "年报.docx", bytes: new Uint8Array(0) })).toBe(
      "文件是空的（0 字节），没有可导入的内容",
    );
    expect(await reason({ name: "粘贴的文字", text: "  \n " })).toBe("没有粘贴任何文字");
    expect(await reason({ name: "a.txt", bytes: strToU8("   \n\n\t ") })).toBe("文件中没有文字，没有可导入的内容");
  });

  it("an image renamed .docx, a JPEG named .html, a broken PDF, an old .doc, RTF, RAR", async () => {
    expect(await reason({ name: "年报.docx", bytes: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) })).toBe(
      "这是一张 PNG 图片（只是文件名改成了 .docx），不是 Word 文档或网页：图片中的文字无法导入",
    );
    expect(await reason({ name: "a.html", bytes: bytes(0xff, 0xd8, 0xff, 0xe0) })).toContain("JPEG 图片");
    // PDFs are read now (issue 10): a file that only starts like one is named as broken
    expect(await reason({ name: "a.pdf", bytes: strToU8("%PDF-1.7 ...") })).toBe("PDF 文件已损坏或不完整，无法读取");
    expect(await reason({ name: "a.doc", bytes: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1) })).toContain(
      "另存为” .docx",
    );
    expect(await reason({ name: "a.rtf", bytes: strToU8("{\\rtf1\\ansi 一、总体情况}") })).toContain("RTF");
    expect(await reason({ name: "a.rar", bytes: bytes(0x52, 0x61, 0x72, 0x21, 0x1a, 0x07) })).toContain("RAR 压缩文件");
  });

  it("text that merely starts with the letters BM is read as text, not refused as a BMP image", async () => {
    const r = await importReport({
      name: "a.txt",
      bytes: strToU8("BMW镇2021年政府信息公开工作年度报告\n一、总体情况\n略。\n六、其他需要报告的事项\n无。"),
    });
    expect(r.ok && [r.report.year, r.report.narrative.other]).toEqual([2021, "无。"]);
    expect(
      await reason({ name: "a.docx", bytes: bytes(0x42, 0x4d, 0x3a, 0x10, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0) }),
    ).toContain("BMP 图片");
  });

  it("a corrupt zip: a truncated Word file, and bytes flipped inside one", async () => {
    const good = await renderReportDocx(fullReport("gb2021"), { draft: true });
    expect(await reason({ name: "a.docx", bytes: good.slice(0, Math.floor(good.length / 2)) })).toBe(
      "文件已损坏：压缩包无法解开，不是完整的 Word 文档（.docx）",
    );
    const flipped = good.slice();
    for (let i = 200; i < flipped.length - 200; i += 97) flipped[i] = (flipped[i] ?? 0) ^ 0xff;
    expect(await reason({ name: "a.docx", bytes: flipped })).toMatch(/损坏|没有 Word 文档的正文|无法读取/);
    expect(await reason({ name: "a.docx", bytes: strToU8("PK\u0003\u0004 just text pretending") })).toContain("损坏");
  });

  it("a zip that is an Excel file, an ODF file, or has no Word part", async () => {
    expect(await reason({ name: "a.docx", bytes: zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }) })).toContain(
      "Excel",
    );
    expect(
      await reason({
        name: "a.docx",
        bytes: zipSync({
          mimetype: strToU8("application/vnd.oasis.opendocument.text"),
          "content.xml": strToU8("<x/>"),
        }),
      }),
    ).toContain(".odt");
    expect(await reason({ name: "a.docx", bytes: zipSync({ "readme.txt": strToU8("hello") }) })).toContain(
      "word/document.xml",
    );
  });

  it("a 50 MB file is refused by its size before it is read, and so is 50 MB of pasted text", async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const t0 = performance.now();
    expect(await reason({ name: "大文件.docx", bytes: big })).toBe(
      "文件太大（50.0 MB），超过 20.0 MB：一份年度报告的 Word 文件或网页通常不到 1 MB，请确认选对了文件",
    );
    expect(performance.now() - t0).toBeLessThan(50);
    expect(await reason({ name: "粘贴", text: "年".repeat(MAX_IMPORT_BYTES / 2) })).toContain("文件太大");
  });

  it("a small zip whose Word part would unpack to more than 64 MB", async () => {
    const bomb = zipSync({ "word/document.xml": new Uint8Array(65 * 1024 * 1024).fill(0x20) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await reason({ name: "a.docx", bytes: bomb })).toBe(
      "Word 文档的正文部分解压后过大（超过 64 MB），不像是一份年度报告",
    );
  });

  it("HTML without tables or headings; a web page of something else; binary noise", async () => {
    expect(
      await reason({
        name: "a.html",
        text: "<html><body><h1>欢迎访问</h1><p>本站提供2021年的新闻。</p></body></html>",
      }),
    ).toBe(
      "网页中没有表格，也没有找到年度报告的章节标题（一、总体情况 … 六、其他需要报告的事项），不像是一份政府信息公开工作年度报告",
    );
    expect(await reason({ name: "b.txt", text: "2021年工作总结\n今年完成了很多工作。" })).toContain(
      "文字中没有找到年度报告的表格或章节标题",
    );
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(await reason({ name: "c.dat", bytes: noise })).toBe("这不是文本、网页或 Word 文件，无法读取其中的内容");
  });

  it("a report year before 2019, or none at all", async () => {
    expect(
      await reason({
        name: "a.txt",
        text: "东镇2017年政府信息公开工作年度报告\n一、总体情况\n略。\n五、存在的主要问题及改进情况\n无。",
      }),
    ).toBe("报告年度为 2017 年：2019 年以前的年报格式不在支持范围内");
    expect(
      await reason({
        name: "a.txt",
        text: "政府信息公开工作年度报告\n一、总体情况\n略。\n五、存在的主要问题及改进情况\n无。",
      }),
    ).toContain("没有找到报告年度");
    const given = await importReport({
      name: "a.txt",
      year: 2022,
      text: "政府信息公开工作年度报告\n一、总体情况\n略。\n五、存在的主要问题及改进情况\n无。",
    });
    expect(given.ok && [given.report.year, given.summary.notes.includes("报告年度 2022 由导入时指定")]).toEqual([
      2022,
      true,
    ]);
  });

  it("a broken report file names the field; a good one comes back whole", async () => {
    expect(await reason({ name: "a.json", text: '{"format":"nianbao.report"' })).toContain("不是有效的年报文件");
    const report = fullReport("gb2019");
    const r = await importReport({ name: "r.json", bytes: strToU8(writeReportFile(report)) });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report).toEqual(report);
    expect(r.summary).toMatchObject({
      source: "json",
      recovered: Object.keys(report.cells).length,
      blank: [],
      ambiguous: [],
      deviations: [],
    });
  });
});

describe("inputs that must not hang or overflow", async () => {
  it("HTML nested 30 000 levels deep", async () => {
    const deep = `<html><body><h1>西镇2021年政府信息公开工作年度报告</h1>${"<div>".repeat(30000)}<p>一、总体情况</p><p>略。</p>${"</div>".repeat(30000)}<p>六、其他需要报告的事项</p><p>无。</p></body></html>`;
    const r = await importReport({ name: "d.html", text: deep });
    expect(r.ok && r.report.narrative.overview).toBe("略。");
  });

  it("15 MB of unrecognisable lines where the tables should be finishes in seconds", async () => {
    const lines = ["石桥镇2021年政府信息公开工作年度报告", "一、总体情况", "略。", "二、主动公开政府信息情况"];
    for (let i = 0; i < 250_000; i++) lines.push(`第${i}行随机文字内容${(i * 7919) % 100003}`);
    lines.push("五、存在的主要问题及改进情况", "无。");
    const t0 = performance.now();
    const r = await importReport({ name: "a.txt", text: lines.join("\n") });
    expect(performance.now() - t0).toBeLessThan(8000);
    expect(r.ok && r.summary.notes).toContain("略过了与年报表格无关的表格（1 行）");
  });
});
