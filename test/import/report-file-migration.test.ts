/**
 * Version 1 → 2 at the import door, on a real version-1 file (made by the version-1 app, with the
 * clerk's explanations: one RD-07 explanation of 一 that version 1 applied to two different checks,
 * one RD-10 explanation of 五 that it applied to every typo there). After the upgrade each
 * explanation belongs to one finding, and nothing that was ready to publish stops being ready.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReportFile, readReportValue, writeReportFile } from "../../src/import/report-file.ts";
import type { Report } from "../../src/model/types.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { setExplanation } from "../../src/store/report-edits.ts";

const V1 = readFileSync(new URL("../fixtures/migration/xingguo-2021-v1.json", import.meta.url), "utf8");

function upgraded(): Report {
  const r = readReportFile(V1);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

const warnings = (report: Report) => checkReport(report).findings.filter((f) => f.severity === "W");

describe("report file version 1 → 2", () => {
  it("the fixture is a version-1 file whose explanations name cells and made-up ids", () => {
    const raw = JSON.parse(V1) as { version: number; explanations: { rule: string; cells: string[] }[] };
    expect(raw.version).toBe(1);
    expect(raw.explanations.map((e) => [e.rule, e.cells])).toEqual([
      ["RD-07", ["narrative.overview"]],
      ["RD-10", ["narrative.problems"]],
      ["R2-04", ["active.regulations.issued", "active.regulations.valid"]],
      ["R3-05", ["apply.carriedOver.total"]],
    ]);
  });

  it("copies each explanation to every warning it explained, under the new rule ids, with a target each", () => {
    const report = upgraded();
    expect(report.version).toBe(2);
    expect(report.explanations).toEqual([
      {
        rule: "RD-07a",
        target: { kind: "text", section: "overview", quote: "中山镇", occurrence: 1 },
        text: "中山镇是本镇撤并前的镇名，沿用至今",
      },
      {
        rule: "RD-07b",
        target: { kind: "text", section: "overview", quote: "2020年", occurrence: 1 },
        text: "中山镇是本镇撤并前的镇名，沿用至今",
      },
      {
        rule: "RD-10",
        target: { kind: "text", section: "problems", quote: "《中华人民共和国信息公开条例》", occurrence: 1 },
        text: "引用原文件标题，保留原写法",
      },
      {
        rule: "RD-10",
        target: { kind: "text", section: "problems", quote: "补证", occurrence: 1 },
        text: "引用原文件标题，保留原写法",
      },
      {
        rule: "R2-04",
        target: { kind: "cells", cells: ["active.regulations.issued", "active.regulations.valid"] },
        text: "本镇受县政府委托代为统计",
      },
      // R3-05 did not run (no last year's report): kept on its cells, for when it does
      {
        rule: "R3-05",
        target: { kind: "cells", cells: ["apply.carriedOver.total"] },
        text: "上年结转按机构改革后的口径重新统计",
      },
    ]);
    // what was explained before the upgrade is explained after it; RD-05 and RD-06 were not
    expect(warnings(report).map((f) => [f.rule, f.explanation !== undefined])).toEqual([
      ["RD-05", false],
      ["RD-07a", true],
      ["RD-07b", true],
      ["RD-10", true],
      ["RD-10", true],
      ["R2-04", true],
      ["RD-06", false],
    ]);
  });

  it("from then on an explanation belongs to one finding: a typo added later is not explained", () => {
    const report = upgraded();
    report.narrative.problems += "\n对逾期不补证的申请加强指导。";
    const typos = warnings(report).filter((f) => f.rule === "RD-10");
    expect(typos.map((f) => [f.actual, f.explanation !== undefined])).toEqual([
      ["《中华人民共和国信息公开条例》", true],
      ["补证", true],
      ["补证", false],
    ]);
    // withdrawing the RD-07a explanation leaves RD-07b's
    const rd07a = warnings(report).find((f) => f.rule === "RD-07a");
    if (!rd07a) throw new Error("no RD-07a");
    const withdrawn = setExplanation(report, rd07a, "");
    expect(
      warnings(withdrawn)
        .filter((f) => ["RD-07a", "RD-07b"].includes(f.rule))
        .map((f) => f.explanation !== undefined),
    ).toEqual([false, true]);
  });

  it("writes a version-2 file that the door reads back unchanged", () => {
    const report = upgraded();
    const text = writeReportFile(report);
    expect(JSON.parse(text)).toMatchObject({ version: 2 });
    const back = readReportFile(text);
    expect(back.ok && back.report).toEqual(report);
    expect(back.ok && writeReportFile(back.report)).toBe(text);
  });

  it("drafts stored by version 1 go through the same door", () => {
    const r = readReportValue(JSON.parse(V1));
    expect(r.ok && r.report.explanations).toEqual(upgraded().explanations);
  });

  it("refuses a version-1 explanation whose cells name nothing it could be about", () => {
    const raw = JSON.parse(V1) as Record<string, unknown>;
    raw.explanations = [{ rule: "R3-05", cells: ["apply.robot.total"], text: "x" }];
    const r = readReportValue(raw);
    expect(r.ok ? [] : r.errors).toEqual([
      { field: "explanations[0].cells", message: "未知的单元格编号“apply.robot.total”" },
    ]);
  });
});
