/**
 * A one-page graphic (一图读懂, 图解) after the report's last section — nianbao's page carries one,
 * portals add theirs — holds official labels with numbers of its own layout ("不予公开 5件"). Read as
 * table rows they would make the real tables' cells uncertain; the report ends at its title, and the
 * summary says so. A 一图读懂 before the report's sections, or mentioned in a sentence, cuts nothing.
 */
import { describe, expect, it } from "vitest";
import { importReport } from "../../src/import/index.ts";
import { fullReport } from "../builders.ts";
import { measure } from "../support/import-measure.ts";
import { toMarkdown } from "../support/import-material.ts";

const report = fullReport("gb2021");
/** the graphic's text as a PDF reader gives it: labels of table 三 and 四 with other numbers */
const graphic = (title: string) =>
  [
    title,
    "收到政府信息公开申请 510 件",
    "予以公开 69件",
    "部分公开 5件",
    "不予公开 26件",
    "行政复议",
    "结果维持 2件",
    "结果纠正 3件",
  ]
    .map((l) => `${l}\n`)
    .join("\n");

const imported = async (text: string) => {
  const out = await importReport({ name: "r.md", text });
  if (!out.ok) throw new Error(out.reason);
  return out;
};

describe("a graphic after the report", () => {
  it("ends the report at its title: every cell as the tables say, and the summary says why the rest was left", async () => {
    const out = await imported(`${toMarkdown(report)}\n\n${graphic("一图读懂：兴国镇2022年政府信息公开工作年度报告")}`);
    const m = measure(report, out);
    expect(m.wrong).toEqual([]);
    expect(m.placed).toBe(m.cells);
    expect(out.summary.notes.join("\n")).toContain("图解（一图读懂）没有作为报告内容导入");
    expect(out.report.narrative.other ?? "").not.toContain("510");
  });

  it("(control) the same lines without the title are read into the last section's text, not cut", async () => {
    const out = await imported(`${toMarkdown(report)}\n\n${graphic("下面是一些数字")}`);
    expect(out.summary.notes.join("\n")).not.toContain("一图读懂");
    expect(Object.values(out.report.narrative).join("\n")).toContain("510");
  });

  it("cuts nothing when 一图读懂 comes before the sections or in a sentence", async () => {
    const md = toMarkdown(report);
    const top = await imported(`一图读懂：兴国镇2022年政府信息公开工作年度报告\n\n${md}`);
    expect(measure(report, top).placed).toBe(measure(report, top).cells);
    expect(top.summary.notes.join("\n")).not.toContain("图解（一图读懂）没有作为报告内容导入");
    const sentence = await imported(`${md}\n\n一图读懂等形式解读政策 3 篇，今后将继续加强。\n`);
    expect(sentence.summary.notes.join("\n")).not.toContain("图解（一图读懂）没有作为报告内容导入");
    expect(Object.values(sentence.report.narrative).join("\n")).toContain("一图读懂等形式解读政策");
  });
});
