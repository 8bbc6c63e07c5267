/**
 * The one import door for `nianbao.report` files: every way a file can be wrong gets a specific
 * Chinese error naming the field; a valid file comes back whole.
 */
import { describe, expect, it } from "vitest";
import { describeFileErrors, fieldLabel, readReportFile, writeReportFile } from "../../src/import/report-file.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { setExplanation } from "../../src/store/report-edits.ts";
import { fullReport, prevOf } from "../builders.ts";

const good = () => JSON.parse(writeReportFile(fullReport("gb2021"))) as Record<string, unknown>;
const errorsOf = (value: unknown) => {
  const r = readReportFile(typeof value === "string" ? value : JSON.stringify(value));
  if (r.ok) throw new Error("expected errors");
  return r.errors;
};

describe("readReportFile", async () => {
  it("round-trips a full report of each edition, previous year and all", async () => {
    for (const id of ["gb2019", "gb2021"]) {
      const report = fullReport(id);
      report.previous = { ...prevOf(report), narrative: { problems: "去年的问题" } };
      report.typed = {};
      const back = readReportFile(
        writeReportFile({
          ...report,
          previous: {
            year: report.year - 1,
            edition: id,
            cells: prevOf(report).cells,
            narrative: { problems: "去年的问题" },
          },
        }),
      );
      expect(back.ok).toBe(true);
      if (back.ok) {
        expect(back.report.cells).toEqual(report.cells);
        expect(back.report.org).toEqual(report.org);
        expect(back.report.previous?.cells).toEqual(prevOf(report).cells);
        expect(back.report.previous?.narrative?.problems).toBe("去年的问题");
      }
    }
  });

  it("keeps typed-but-invalid entries, explanations, units and the review list", async () => {
    const f = good();
    f.typed = { "apply.newReceived.natural": "十二" };
    delete (f.cells as Record<string, number>)["apply.newReceived.natural"];
    f.explanations = [
      { rule: "R3-05", target: { kind: "cells", cells: ["apply.carriedOver.total"] }, text: "机构改革" },
    ];
    f.review = ["problems"];
    const r = readReportFile(JSON.stringify(f));
    expect(r.ok && r.report.typed).toEqual({ "apply.newReceived.natural": "十二" });
    expect(r.ok && r.report.explanations[0]?.text).toBe("机构改革");
    expect(r.ok && r.report.review).toEqual(["problems"]);
  });

  it("keeps a grouped finding's explanation (occurrence 0) and refuses a negative occurrence", () => {
    const report = fullReport("gb2021");
    report.narrative.problems = "对逾期不补证的。逾期不补证的。逾期不补证的。";
    const [group] = checkReport(report).findings.filter((f) => f.rule === "RD-10");
    if (!group) throw new Error("no group");
    const explained = setExplanation(report, group, "原文如此");
    const back = readReportFile(writeReportFile(explained));
    expect(back.ok && back.report.explanations).toEqual([
      { rule: "RD-10", target: { kind: "text", section: "problems", quote: "补证", occurrence: 0 }, text: "原文如此" },
    ]);
    expect(back.ok && checkReport(back.report).findings.find((f) => f.rule === "RD-10")?.explanation).toBe("原文如此");
    const f = good();
    f.explanations = [
      { rule: "RD-10", target: { kind: "text", section: "problems", quote: "补证", occurrence: -1 }, text: "x" },
    ];
    expect(describeFileErrors(errorsOf(f))).toContain("应为 0（多处相同文字合为一项）或正整数，实际为 -1");
  });

  it("malformed JSON: says where", async () => {
    const [e] = errorsOf('{\n  "format": "nianbao.report",\n  "version": 1,,\n}');
    expect(e?.message).toMatch(/^不是有效的 JSON：在第 3 行第 \d+ 列附近有语法错误$/);
    expect(errorsOf("")[0]?.message).toBe("文件是空的，没有任何内容");
    expect(errorsOf('{"format": "nianbao.report", "cells": {')[0]?.message).toBe(
      "不是有效的 JSON：文件不完整（可能没有保存完或被截断）",
    );
  });

  it("names each field as the form does, keeping the path", async () => {
    const f = JSON.parse(writeReportFile(fullReport("gb2021"))) as Record<string, Record<string, unknown>>;
    f.org = { ...f.org, kind: "abc" };
    f.cells = { ...f.cells, "apply.newReceived.natural": "3" };
    const errors = errorsOf(f);
    expect(describeFileErrors(errors)).toBe(
      '机关类型（org.kind）：机关类型应为 township（乡镇人民政府、街道办事处）、county-government（县级人民政府）、department（政府部门）、other（其他机关单位） 之一，实际为 "abc"；' +
        '表格数字（cells["apply.newReceived.natural"]）：一、本年新收政府信息公开申请数量 自然人："3" 不是数字',
    );
    expect(fieldLabel("previous.narrative.problems")).toBe("上年报告（previous.narrative.problems）");
    expect(fieldLabel("（文件）")).toBe("文件");
    expect(fieldLabel("notes")).toBe("notes");
  });

  it("unknown format and version", async () => {
    expect(errorsOf({ ...good(), format: "something" })[0]).toMatchObject({ field: "format" });
    expect(errorsOf({ ...good(), version: 3 })[0]?.message).toContain("比本软件支持的版本 2 新");
    expect(errorsOf({ ...good(), version: "1" })[0]?.field).toBe("version");
  });

  it("a year before 2019, and an edition that does not match the year", async () => {
    expect(errorsOf({ ...good(), year: 2018 })[0]?.message).toContain("2019 年以前的年报格式不在支持范围内");
    const e = errorsOf({ ...good(), year: 2020 });
    expect(e[0]).toMatchObject({ field: "edition" });
    expect(e[0]?.message).toContain("2020 年度报告应使用 gb2019 版表格");
  });

  it("cells: unknown id, not a number, negative or fractional count, money with 7 decimals", async () => {
    const f = good();
    const cells = f.cells as Record<string, unknown>;
    cells["apply.newReceived.robot"] = 1;
    cells["apply.carriedOver.natural"] = "3";
    cells["apply.result.granted.natural"] = -1;
    cells["apply.result.partial.natural"] = 1.5;
    cells["active.fees.amountWan"] = 0.1234567;
    cells["active.licensing.prevItems"] = 3; // a 2019 cell in a 2021 report
    const errors = new Map(errorsOf(f).map((e) => [e.field, e.message]));
    expect(errors.size).toBe(6);
    expect(errors.get('cells["apply.newReceived.robot"]')).toContain("未知的单元格编号");
    expect(errors.get('cells["active.licensing.prevItems"]')).toContain("gb2021 版表格中没有这一格");
    expect(errors.get('cells["apply.carriedOver.natural"]')).toContain('"3" 不是数字');
    expect(errors.get('cells["apply.result.granted.natural"]')).toContain("件数不能为负数");
    expect(errors.get('cells["apply.result.partial.natural"]')).toContain("件数应为整数");
    expect(errors.get('cells["active.fees.amountWan"]')).toContain("最多保留 6 位小数");
  });

  it("accepts money with exactly 6 decimals (万元 to the 分) and explicit null as blank", async () => {
    const f = good();
    (f.cells as Record<string, unknown>)["active.fees.amountWan"] = 5949.088667;
    (f.cells as Record<string, unknown>)["apply.newReceived.natural"] = null;
    const r = readReportFile(JSON.stringify(f));
    expect(r.ok && r.report.cells["active.fees.amountWan"]).toBe(5949.088667);
    expect(r.ok && "apply.newReceived.natural" in r.report.cells).toBe(false);
  });

  it("refuses unknown top-level fields instead of dropping them", async () => {
    expect(errorsOf({ ...good(), notes: "x" })[0]).toMatchObject({ field: "notes" });
  });

  it("refuses unknown fields inside org, publication, contact, explanations and previous instead of dropping them", async () => {
    const f = good();
    (f.org as Record<string, unknown>).website = "http://x";
    (f.publication as Record<string, unknown>).note = "首页";
    (f.contact as Record<string, unknown>).wechat = "qsz";
    f.explanations = [
      { rule: "R3-05", target: { kind: "cells", cells: ["apply.carriedOver.total"] }, text: "机构改革", by: "张三" },
    ];
    const year = f.year as number;
    f.previous = {
      year: year - 1,
      edition: year - 1 >= 2021 ? "gb2021" : "gb2019",
      cells: {},
      typed: { "apply.newReceived.natural": "x" },
      narrative: { problems: 5, summary: "x" },
    };
    expect(errorsOf(f).map((e) => e.field)).toEqual([
      "org.website",
      "publication.note",
      "contact.wechat",
      "explanations[0].by",
      "previous.typed",
      "previous.narrative.problems",
      "previous.narrative.summary",
    ]);
  });

  it("refuses a unit on a cell whose unit is not the clerk's to choose (it would be printed after the number)", async () => {
    const f = good();
    f.units = { "apply.newReceived.natural": "万元" };
    expect(errorsOf(f)).toEqual([
      {
        field: 'units["apply.newReceived.natural"]',
        message: "一、本年新收政府信息公开申请数量 自然人：这一格没有可选的单位",
      },
    ]);
  });

  it("refuses a wrong org kind, a bad date and a missing organisation", async () => {
    const f = good();
    (f.org as Record<string, unknown>).kind = "village";
    (f.publication as Record<string, unknown>).date = "2022年1月20日";
    const errors = errorsOf(f);
    expect(errors.map((e) => e.field)).toEqual(["org.kind", "publication.date"]);
    const g = good();
    delete g.org;
    expect(errorsOf(g)[0]).toMatchObject({ field: "org" });
  });
});

describe("writeReportFile", () => {
  it("writes every key in the declared order, however the report was built, and a round trip keeps the bytes", () => {
    const report = fullReport("gb2021");
    report.typed = { "apply.newReceived.natural": "十二" };
    delete report.cells["apply.newReceived.natural"];
    report.review = ["problems"];
    const text = writeReportFile(report);
    // the same report with its keys in another order (as an edit or an importer may build it)
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as unknown as typeof report;
    shuffled.org = {
      parent: report.org.parent,
      kind: report.org.kind,
      shortName: report.org.shortName,
      name: report.org.name,
    };
    shuffled.cells = Object.fromEntries(Object.entries(report.cells).reverse());
    expect(writeReportFile(shuffled)).toBe(text);
    const back = readReportFile(text);
    expect(back.ok && writeReportFile(back.report)).toBe(text);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      "format",
      "version",
      "edition",
      "year",
      "org",
      "publication",
      "contact",
      "cells",
      "typed",
      "narrative",
      "explanations",
      "review",
    ]);
  });
});
