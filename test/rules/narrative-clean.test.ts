/**
 * False alarms: the clean fixtures and honest text must show no narrative finding at all, and the
 * seeds show exactly the defects inspectors found in them — nothing else.
 */
import { describe, expect, it } from "vitest";
import { suggestedSentences } from "../../src/model/narrative-sentences.ts";
import type { NarrativeKey } from "../../src/model/types.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { fullReport, prevOf } from "../builders.ts";
import { seed000, seed001, seed002, seed003, seed004 } from "./narrative-seeds.ts";
import { isNarrative, narrativeFindings, townReport } from "./narrative-support.ts";

const KEYS: readonly NarrativeKey[] = ["preamble", "overview", "problems", "other"];

describe("clean fixtures", () => {
  for (const edition of ["gb2019", "gb2021"]) {
    it(`${edition}: fullReport has no narrative finding, with or without last year`, () => {
      const report = fullReport(edition);
      expect(narrativeFindings(report)).toEqual([]);
      expect(narrativeFindings(report, { prev: prevOf(report) })).toEqual([]);
    });

    it(`${edition}: the suggested sentences of fullReport pass every narrative check`, () => {
      const report = fullReport(edition);
      for (const key of KEYS) report.narrative[key] += suggestedSentences(report, key).map((s) => s.text).join("");
      expect(report.narrative.overview).toContain("本年新收政府信息公开申请");
      const result = checkReport(report);
      expect(result.findings.filter(isNarrative)).toEqual([]);
      expect(result.ok).toBe(true);
    });
  }
});

describe("seeds: the known defects and nothing else", () => {
  const kinds = (report: ReturnType<typeof townReport>) => narrativeFindings(report).map((f) => `${f.rule} ${String(f.actual)}`);

  it("000 兴国镇 2021", () => {
    const report = townReport(2021, seed000);
    expect(kinds(report)).toEqual([
      "RD-05 未写工作考核、社会评议、责任追究",
      "RD-07 中山镇",
      "RD-10 《中华人民共和国信息公开条例》",
      "RD-06 未写信息处理费收取情况",
    ]);
  });

  it("001 泉港镇 2020", () => {
    const cells = { "apply.newReceived.natural": 2, "apply.result.granted.natural": 1, "apply.result.notProcessed.repeat.natural": 1 };
    const report = townReport(2020, seed001, cells, { name: "泉港镇人民政府", shortName: "泉港镇", kind: "township", parent: "丰城市" });
    expect(kinds(report)).toEqual(["RD-04 1", "RD-04 1"]);
  });

  it("002 张村镇 2019", () => {
    const report = townReport(2019, seed002, {}, { name: "张村镇人民政府", shortName: "张村镇", kind: "township", parent: "" });
    expect(kinds(report)).toEqual(["RD-05 未写工作考核、社会评议、责任追究", "RD-10 》》"]);
  });

  it("003 永昌镇 2021", () => {
    const report = townReport(2021, seed003, {}, { name: "永昌镇人民政府", shortName: "永昌镇", kind: "township", parent: "富阳区" });
    expect(kinds(report)).toEqual(["RD-05 未写社会评议", "RD-10 高校"]);
  });

  it("004 康庄镇 2020", () => {
    const cells = { "apply.newReceived.otherOrg": 1, "apply.result.granted.otherOrg": 1 };
    const report = townReport(2020, seed004, cells, { name: "康庄镇人民政府", shortName: "康庄镇", kind: "township", parent: "临清市" });
    expect(kinds(report)).toEqual([]);
    report.cells["apply.newReceived.otherOrg"] = 2;
    expect(kinds(report)).toContain("RD-04 1");
  });
});

describe("honest sentences stay checked", () => {
  it("a table changed after the sentences were inserted makes RD-04 / R2-05 fire", () => {
    const report = fullReport("gb2021");
    report.narrative.overview = suggestedSentences(report, "overview").map((s) => s.text).join("");
    expect(narrativeFindings(report)).toEqual([]);
    report.cells["apply.carriedOver.natural"] = (report.cells["apply.carriedOver.natural"] ?? 0) + 1;
    report.cells["apply.carryForward.natural"] = (report.cells["apply.carryForward.natural"] ?? 0) + 1;
    report.cells["review.adminReview.upheld"] = (report.cells["review.adminReview.upheld"] ?? 0) + 1;
    report.cells["active.normativeDocs.valid"] = (report.cells["active.normativeDocs.valid"] ?? 0) + 1;
    report.cells["active.fees.amountWan"] = 9.5;
    expect(narrativeFindings(report).map((f) => [f.rule, f.cells[1]])).toEqual([
      ["RD-04", "apply.carriedOver.total"],
      ["RD-04", "apply.carryForward.total"],
      ["RD-04", "review.adminReview.total"],
      ["RD-04", "active.fees.amountWan"],
      ["R2-05", "active.normativeDocs.valid"],
    ]);
  });

  it("every number of every suggested sentence is read: changing it in the text is caught", () => {
    for (const edition of ["gb2019", "gb2021"]) {
      const report = fullReport(edition);
      for (const key of KEYS)
        for (const { text } of suggestedSentences(report, key))
          for (const m of text.matchAll(/\d+(?:\.\d+)?(?=件|万元)/g)) {
            const changed = `${text.slice(0, m.index)}${Number(m[0]) + 1}${text.slice(m.index + m[0].length)}`;
            const copy = structuredClone(report);
            copy.narrative[key] = changed;
            expect(narrativeFindings(copy).length, `${edition} ${changed}`).toBe(1);
          }
    }
  });
});
