/**
 * Word files as Word, WPS and other programs write them: merges by `w:gridSpan` and `w:vMerge`,
 * headings numbered by Word (no number in the text), tracked changes, field codes, text boxes,
 * content controls, a layout table around the text, the main part named in `_rels/.rels`.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importReport } from "../../src/import/index.ts";

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

function docx(body: string, main = "word/document.xml"): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`,
    ),
    [main]: strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
  });
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const p = (text: string, extra = "") =>
  `<w:p><w:pPr>${extra}</w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const numbered = (text: string) => p(text, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>');

interface C {
  text?: string;
  span?: number;
  merge?: "restart" | "continue";
}
const tc = (c: C | string) => {
  const cell = typeof c === "string" ? { text: c } : c;
  const pr = `${cell.span ? `<w:gridSpan w:val="${cell.span}"/>` : ""}${cell.merge === "restart" ? '<w:vMerge w:val="restart"/>' : cell.merge === "continue" ? "<w:vMerge/>" : ""}`;
  return `<w:tc><w:tcPr>${pr}</w:tcPr>${p(cell.text ?? "")}</w:tc>`;
};
const tr = (cells: (C | string)[]) => `<w:tr>${cells.map(tc).join("")}</w:tr>`;
const tbl = (rows: (C | string)[][]) => `<w:tbl><w:tblPr/>${rows.map(tr).join("")}</w:tbl>`;

const COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const review = (values: string[]) =>
  tbl([
    [
      { text: "行政复议", span: 5 },
      { text: "行政诉讼", span: 10 },
    ],
    [
      ...COLS.map((t) => ({ text: t, merge: "restart" as const })),
      { text: "未经复议直接起诉", span: 5 },
      { text: "复议后起诉", span: 5 },
    ],
    [...COLS.map(() => ({ merge: "continue" as const })), ...COLS, ...COLS],
    values,
  ]);

describe("DOCX structure", async () => {
  it("reads merged headers, Word-numbered headings, and leaves out deleted text, field codes and text boxes", async () => {
    const title =
      "<w:p><w:r><w:t>城关镇2021年政府信息公开工作</w:t></w:r><w:r><w:br/><w:t>年度报告</w:t></w:r>" +
      "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:t>旧版文本框</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>";
    const body = [
      title,
      "<w:p><w:r><w:t>本报告由城关镇人民政府编制。</w:t></w:r><w:del><w:r><w:delText>删掉的一句。</w:delText></w:r></w:del><w:ins><w:r><w:t>新加的一句。</w:t></w:r></w:ins></w:p>",
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "http://x"</w:instrText></w:r><w:r><w:t>统计期限自2021年1月1日起至2021年12月31日止。</w:t></w:r></w:p>',
      numbered("总体情况"),
      p("全年工作正常。"),
      numbered("政府信息公开行政复议、行政诉讼情况"),
      review(["1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "0", "1", "0", "0", "1"]),
      // a layout table of one column holding the last sections
      `<w:tbl><w:tr><w:tc>${p("五、存在的主要问题及改进情况")}${p("公开还不够及时。")}</w:tc></w:tr></w:tbl>`,
      "<w:sdt><w:sdtContent><w:p><w:r><w:t>六、其他需要报告的事项</w:t></w:r></w:p><w:p><w:r><w:t>本年度未收取信息处理费。</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    ].join("");
    const r = await importReport({ name: "城关镇.docx", bytes: docx(body) });
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.source).toBe("docx");
    expect([r.report.year, r.report.org.shortName, r.report.org.name]).toEqual([2021, "城关镇", "城关镇人民政府"]);
    const review4 = Object.fromEntries(Object.entries(r.report.cells).filter(([k]) => k.startsWith("review.")));
    expect(review4).toEqual({
      "review.adminReview.upheld": 1,
      "review.adminReview.corrected": 0,
      "review.adminReview.other": 0,
      "review.adminReview.pending": 1,
      "review.adminReview.total": 2,
      "review.suitDirect.upheld": 0,
      "review.suitDirect.corrected": 0,
      "review.suitDirect.other": 0,
      "review.suitDirect.pending": 0,
      "review.suitDirect.total": 0,
      "review.suitAfterReview.upheld": 0,
      "review.suitAfterReview.corrected": 1,
      "review.suitAfterReview.other": 0,
      "review.suitAfterReview.pending": 0,
      "review.suitAfterReview.total": 1,
    });
    expect(r.report.narrative).toEqual({
      preamble: "本报告由城关镇人民政府编制。新加的一句。\n统计期限自2021年1月1日起至2021年12月31日止。",
      overview: "全年工作正常。",
      problems: "公开还不够及时。",
      other: "本年度未收取信息处理费。",
    });
    expect(JSON.stringify(r.report)).not.toMatch(/文本框|删掉|HYPERLINK/);
  });

  it("a single-value block spanning three columns, and a stated total that does not add up", async () => {
    const body = [
      p("城关镇2022年政府信息公开工作年度报告"),
      p("一、总体情况"),
      p("略。"),
      tbl([
        [{ text: "第二十条第（五）项", span: 4 }],
        ["信息内容", { text: "本年处理决定数量", span: 3 }],
        ["行政许可", { text: "7", span: 3 }],
      ]),
      review(["1", "0", "0", "0", "5", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]),
    ].join("");
    const r = await importReport({ name: "x.docx", bytes: docx(body) });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.cells["active.licensing.decisions"]).toBe(7);
    expect(r.report.cells["review.adminReview.total"]).toBe(5);
    const r401 = r.summary.findings.find((f) => f.rule === "R4-01");
    expect(r401).toMatchObject({
      expected: 1,
      actual: 5,
      target: { kind: "cells", cells: expect.arrayContaining(["review.adminReview.total"]) as unknown },
    });
  });

  it("finds the main part where _rels/.rels says it is", async () => {
    const r = await importReport({
      name: "y.docx",
      bytes: docx(
        [
          p("东镇2020年政府信息公开工作年度报告"),
          p("一、总体情况"),
          p("略。"),
          p("六、其他需要报告的事项"),
          p("无。"),
        ].join(""),
        "word/document2.xml",
      ),
    });
    expect(r.ok && [r.report.year, r.report.edition, r.report.narrative.other]).toEqual([2020, "gb2019", "无。"]);
  });
});
