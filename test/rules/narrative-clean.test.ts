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
import { findingsOf, isNarrative, marked, narrativeFindings, townReport, placeOf } from "./narrative-support.ts";

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
      for (const key of KEYS)
        report.narrative[key] += suggestedSentences(report, key)
          .map((s) => s.text)
          .join("");
      expect(report.narrative.overview).toContain("本年新收政府信息公开申请");
      const result = checkReport(report);
      expect(result.findings.filter(isNarrative)).toEqual([]);
      expect(result.ok).toBe(true);
    });
  }
});

describe("seeds: the known defects and nothing else", () => {
  const kinds = (report: ReturnType<typeof townReport>) =>
    narrativeFindings(report).map((f) => `${f.rule} ${String(f.actual)}`);

  it("000 兴国镇 2021", () => {
    const report = townReport(2021, seed000);
    expect(kinds(report)).toEqual([
      "RD-05 未写工作考核、社会评议、责任追究",
      "RD-07a 中山镇",
      "RD-10 《中华人民共和国信息公开条例》",
      "RD-06 未写信息处理费收取情况",
    ]);
  });

  it("001 泉港镇 2020", () => {
    const cells = {
      "apply.newReceived.natural": 2,
      "apply.result.granted.natural": 1,
      "apply.result.notProcessed.repeat.natural": 1,
    };
    const report = townReport(2020, seed001, cells, {
      name: "泉港镇人民政府",
      shortName: "泉港镇",
      kind: "township",
      parent: "丰城市",
    });
    expect(kinds(report)).toEqual(["RD-04 1", "RD-04 1"]);
  });

  it("002 张村镇 2019", () => {
    const report = townReport(
      2019,
      seed002,
      {},
      { name: "张村镇人民政府", shortName: "张村镇", kind: "township", parent: "" },
    );
    expect(kinds(report)).toEqual(["RD-05 未写工作考核、社会评议、责任追究", "RD-10 》》"]);
  });

  it("003 永昌镇 2021", () => {
    const report = townReport(
      2021,
      seed003,
      {},
      { name: "永昌镇人民政府", shortName: "永昌镇", kind: "township", parent: "富阳区" },
    );
    expect(kinds(report)).toEqual(["RD-05 未写社会评议", "RD-10 高校"]);
  });

  it("004 康庄镇 2020", () => {
    const cells = { "apply.newReceived.otherOrg": 1, "apply.result.granted.otherOrg": 1 };
    const report = townReport(2020, seed004, cells, {
      name: "康庄镇人民政府",
      shortName: "康庄镇",
      kind: "township",
      parent: "临清市",
    });
    expect(kinds(report)).toEqual([]);
    report.cells["apply.newReceived.otherOrg"] = 2;
    expect(kinds(report)).toContain("RD-04 1");
  });
});

describe("common phrasings of real reports, consistent with their tables", () => {
  const cases: [string, number, Record<string, number>][] = [
    [
      "全年共收到政府信息依申请公开89件次，已经答复88件，1件结转下年度继续办理；产生行政复议13件和行政诉讼1件。",
      2022,
      {
        "apply.newReceived.natural": 89,
        "apply.result.granted.natural": 88,
        "apply.carryForward.natural": 1,
        "review.adminReview.upheld": 13,
        "review.suitDirect.upheld": 1,
      },
    ],
    [
      "受理公民、法人和其他组织提出的政府信息公开申请5件，均在法定时限内予以答复。信息公开类行政复议1起，正在办理中。",
      2021,
      {
        "apply.newReceived.natural": 4,
        "apply.newReceived.commercial": 1,
        "apply.result.granted.natural": 4,
        "apply.result.granted.commercial": 1,
        "review.adminReview.pending": 1,
      },
    ],
    [
      "2022年我镇全年共收到依申请公开0件，公开0件，不予公开0件，因政府信息依申请公开引起行政复议0件，行政诉讼0件。",
      2022,
      {},
    ],
    ["2025年度，本街道办事处未接收到政府信息公开申请。本年度，未接到群众要求公开的信息。", 2025, {}],
    [
      "2019年度街道受理信息公开申请0件。发生针对本部门有关政府信息公开事务的行政复议案0件；收到各类申诉案0件。",
      2019,
      {},
    ],
    ["2020年度我街办未接到提出公开政府信息的申请。未收取任何政府信息公开费用。", 2020, {}],
    [
      "通过线上、信函等渠道收到依申请公开信息16件，已全部按期限答复办结。",
      2024,
      { "apply.newReceived.natural": 16, "apply.result.granted.natural": 16 },
    ],
    [
      "本年度共受理政府信息公开申请12件，其中当面申请2件、网上申请10件；按申请人分，自然人11件，法人1件。",
      2023,
      {
        "apply.newReceived.natural": 11,
        "apply.newReceived.otherOrg": 1,
        "apply.result.granted.natural": 11,
        "apply.result.granted.otherOrg": 1,
      },
    ],
    [
      "对未收到答复的政府信息公开申请人，及时电话回访。定期检查有无行政复议案件。",
      2023,
      { "apply.newReceived.natural": 1, "apply.result.granted.natural": 1, "review.adminReview.upheld": 1 },
    ],
    ["受理群众办事申请1200件，办结1198件。本年度共收到人大代表建议5件、政协提案3件，均已按时答复。", 2023, {}],
  ];
  for (const [text, year, cells] of cases)
    it(text.slice(0, 24), () => {
      expect(
        narrativeFindings(townReport(year, { overview: text, other: "本年度未收取信息处理费。" }, cells)).filter(
          (f) => f.rule !== "RD-05",
        ),
      ).toEqual([]);
    });

  it("and they are read: a different table is caught", () => {
    const caught = (i: number, change: Record<string, number>) => {
      const [text, year, cells] = cases[i] ?? ["", 2021, {}];
      const report = townReport(year, { overview: text }, { ...cells, ...change });
      return findingsOf(report, "RD-04").map((f) => marked(report, f));
    };
    expect(caught(0, { "apply.newReceived.natural": 90, "apply.carryForward.natural": 2 })).toEqual([
      "收到政府信息依申请公开89件",
    ]);
    expect(caught(0, { "review.suitAfterReview.upheld": 1 })).toEqual(["行政诉讼1件"]);
    expect(caught(2, { "review.adminReview.pending": 1 })).toEqual(["行政复议0件"]);
    expect(caught(3, { "apply.newReceived.natural": 1, "apply.carryForward.natural": 1 })).toEqual([
      "未接收到政府信息公开申请",
    ]);
    expect(caught(7, { "apply.newReceived.natural": 12, "apply.result.granted.natural": 12 })).toEqual([
      "受理政府信息公开申请12件",
      "自然人11件",
    ]);
  });
});

describe("honest sentences stay checked", () => {
  it("a table changed after the sentences were inserted makes RD-04 / R2-05 fire", () => {
    const report = fullReport("gb2021");
    report.narrative.overview = suggestedSentences(report, "overview")
      .map((s) => s.text)
      .join("");
    expect(narrativeFindings(report)).toEqual([]);
    report.cells["apply.carriedOver.natural"] = (report.cells["apply.carriedOver.natural"] ?? 0) + 1;
    report.cells["apply.carryForward.natural"] = (report.cells["apply.carryForward.natural"] ?? 0) + 1;
    report.cells["review.adminReview.upheld"] = (report.cells["review.adminReview.upheld"] ?? 0) + 1;
    report.cells["active.normativeDocs.valid"] = (report.cells["active.normativeDocs.valid"] ?? 0) + 1;
    report.cells["active.fees.amountWan"] = 9.5;
    expect(narrativeFindings(report).map((f) => [f.rule, placeOf(f)[1]])).toEqual([
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
