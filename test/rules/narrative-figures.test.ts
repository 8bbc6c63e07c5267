/**
 * RD-04 and R2-05: numbers in the narrative against the table cells they describe, through the real
 * rules engine. Each case states text that passes and text that fails.
 */
import { describe, expect, it } from "vitest";
import { seed001 } from "./narrative-seeds.ts";
import { findingsOf, marked, townReport, placeOf } from "./narrative-support.ts";

const APPLY = {
  "apply.newReceived.natural": 3,
  "apply.newReceived.commercial": 2,
  "apply.carriedOver.natural": 1,
  "apply.result.granted.natural": 2,
  "apply.result.partial.commercial": 1,
  "apply.result.denied.thirdParty.natural": 1,
  "apply.result.unable.notHeld.commercial": 1,
  "apply.carryForward.natural": 1,
};

const rd04 = (text: string, cells: Record<string, number> = APPLY, year = 2021) =>
  findingsOf(townReport(year, { overview: text }, cells), "RD-04");

describe("RD-04 applications", () => {
  it("seed 001: 收到 1 件, 其中自然人 1 件, where the table says 2 — both numbers are named", () => {
    const report = townReport(
      2020,
      seed001,
      {
        "apply.newReceived.natural": 2,
        "apply.result.granted.natural": 1,
        "apply.result.notProcessed.repeat.natural": 1,
      },
      { name: "泉港镇人民政府", shortName: "泉港镇", kind: "township", parent: "丰城市" },
    );
    const found = findingsOf(report, "RD-04");
    expect(found.map((f) => [marked(report, f), f.expected, f.actual, placeOf(f)])).toEqual([
      ["收到依申请公开信息1件", 2, 1, ["narrative.overview", "apply.newReceived.total"]],
      ["自然人1件", 2, 1, ["narrative.overview", "apply.newReceived.natural"]],
    ]);
    expect(found[0]?.severity).toBe("W");
    expect(found[0]?.message).toBe(
      "一、总体情况写“收到依申请公开信息1件”，但表三中“本年新收政府信息公开申请”为 2，请核对正文与表格",
    );
  });

  it("accepts the figures as the table has them", () => {
    expect(rd04("本年新收政府信息公开申请5件，其中自然人3件、法人或其他组织2件；上年结转1件。")).toEqual([]);
    expect(
      rd04(
        "本年度办结政府信息公开申请5件，其中予以公开2件、部分公开1件、不予公开1件、无法提供1件；结转下年度继续办理1件。",
      ),
    ).toEqual([]);
  });

  it("names each wrong figure with its cell", () => {
    const found = rd04("本年新收政府信息公开申请7件，上年结转2件，予以公开4件，结转下年度继续办理0件。");
    expect(found.map((f) => [placeOf(f)[1], f.expected, f.actual])).toEqual([
      ["apply.newReceived.total", 5, 7],
      ["apply.carriedOver.total", 1, 2],
      ["apply.result.granted.total", 2, 4],
      ["apply.carryForward.total", 1, 0],
    ]);
  });

  it("reads Chinese numerals (一件, 两件, 十二件)", () => {
    expect(rd04("本年新收政府信息公开申请五件，上年结转一件。")).toEqual([]);
    expect(rd04("本年新收政府信息公开申请两件。").map((f) => f.actual)).toEqual([2]);
    expect(rd04("收到政府信息公开申请十二件。", { "apply.newReceived.natural": 12 })).toEqual([]);
  });

  it("reads 未收到…申请 as 0", () => {
    const text = "2021年度，本镇未收到政务信息依申请公开的申请。";
    expect(rd04(text, {})).toEqual([]);
    const found = rd04(text);
    expect(found.map((f) => [f.expected, f.actual, placeOf(f)[1]])).toEqual([[5, 0, "apply.newReceived.total"]]);
    expect(found[0]?.message).toContain("（即 0）");
  });

  it("accepts 收到 N 件 that includes 上年结转 (收到申请 6 件, 含上年结转 1 件)", () => {
    expect(rd04("共受理政府信息公开申请6件（含上年结转1件），均按时答复。")).toEqual([]);
    expect(rd04("共受理政府信息公开申请（含上年结转）6件。")).toEqual([]);
  });

  it("accepts 予以公开 N 件 that includes 部分公开", () => {
    expect(rd04("予以公开3件（含部分公开1件）。")).toEqual([]);
  });

  it("leaves alone numbers it cannot attribute with confidence", () => {
    const quiet = [
      "收到政府信息公开申请后，我镇在15个工作日内答复。",
      "2020年收到政府信息公开申请9件，今年有所增加。",
      "收到申请较上年增加2件。",
      "累计收到政府信息公开申请30件。",
      "共收到人大代表建议3件、政协委员提案2件，均已办结。",
      "受理行政许可申请120件，办结118件。",
      "受理公民、法人和其他组织政府信息公开申请5件。",
      "认真办好每一件政府信息公开申请。",
      "推进“一件事一次办”，收到群众咨询20件。",
      "主动公开政府信息282条，其中政务动态239条。",
      "本年新收政府信息公开申请约10件。",
      "依申请公开3次，行政复议0次。",
      "如未收到政府信息公开申请，填报0。",
      "行政复议、行政诉讼分别为1件、2件。",
    ];
    for (const text of quiet) expect(rd04(text, {}), text).toEqual([]);
  });
});

describe("RD-04 review and suits", () => {
  const REVIEW = { "review.adminReview.upheld": 1, "review.suitDirect.pending": 1 };

  it("compares 行政复议 and 行政诉讼 counts with table 四", () => {
    expect(rd04("本年度因政府信息公开工作被申请行政复议1件，被提起行政诉讼1件。", REVIEW)).toEqual([]);
    const found = rd04("本年度因政府信息公开工作被申请行政复议2件，被提起行政诉讼0件。", REVIEW);
    expect(found.map((f) => [placeOf(f).slice(1), f.expected, f.actual])).toEqual([
      [["review.adminReview.total"], 1, 2],
      [["review.suitDirect.total", "review.suitAfterReview.total"], 1, 0],
    ]);
  });

  it("reads 未发生…行政复议、行政诉讼 as both 0", () => {
    const text = "全年未发生信息公开类行政复议、行政诉讼案件。";
    expect(rd04(text, {})).toEqual([]);
    expect(rd04(text, REVIEW).map((f) => [f.expected, f.actual])).toEqual([[2, 0]]);
  });

  it("accepts 行政复议、行政诉讼均为 0 件 and a combined total", () => {
    expect(rd04("因政府信息公开引起的行政复议、行政诉讼均为0件。", {})).toEqual([]);
    expect(rd04("因政府信息公开被申请行政复议和行政诉讼共2件。", REVIEW)).toEqual([]);
  });

  it("ignores 复议 cases the body handles, and 复议 outside 政府信息公开", () => {
    expect(rd04("全年办理行政复议案件50件。", REVIEW)).toEqual([]);
    expect(rd04("本局受理政府信息公开行政复议申请12件。", REVIEW)).toEqual([]);
  });
});

describe("RD-04 fees (2021 edition: 万元)", () => {
  const FEES = { "active.fees.amountWan": 1.25 };
  it("compares 收费金额 in 万元 or 元, at the precision written", () => {
    expect(rd04("本年行政事业性收费金额1.25万元。", FEES)).toEqual([]);
    expect(rd04("本年行政事业性收费金额12500元。", FEES)).toEqual([]);
    expect(rd04("本年行政事业性收费金额1.3万元。", FEES)).toEqual([]);
    expect(rd04("本年行政事业性收费金额2万元。", FEES).map((f) => [f.expected, f.actual])).toEqual([[1.25, 2]]);
  });
  it("does not read 信息处理费 as 行政事业性收费", () => {
    expect(rd04("本年度收取信息处理费0.02万元。", FEES)).toEqual([]);
    expect(rd04("本年度未收取信息处理费。", FEES)).toEqual([]);
  });
  it("reads 未收取行政事业性收费 as 0", () => {
    expect(rd04("本年度未收取行政事业性收费。", FEES).map((f) => [f.expected, f.actual])).toEqual([[1.25, 0]]);
  });
});

describe("R2-05 and RD-04 documents", () => {
  const DOCS = {
    "active.normativeDocs.issued": 2,
    "active.normativeDocs.repealed": 1,
    "active.normativeDocs.valid": 10,
  };
  const r205 = (text: string) => findingsOf(townReport(2021, { overview: text }, DOCS), "R2-05");

  it("2021: 制发/废止/现行有效 of 行政规范性文件 equal table 二", () => {
    expect(r205("本年制发行政规范性文件2件，废止1件，现行有效10件。")).toEqual([]);
    expect(r205("行政规范性文件制发2件、废止1件、现行有效10件。")).toEqual([]);
    expect(r205("本年制发规章0件、行政规范性文件2件。")).toEqual([]);
    const found = r205("本年制发行政规范性文件3件，废止1件，现行有效9件。");
    expect(found.map((f) => [placeOf(f)[1], f.expected, f.actual])).toEqual([
      ["active.normativeDocs.issued", 2, 3],
      ["active.normativeDocs.valid", 10, 9],
    ]);
  });

  it("2021: 规章制度 is not 规章, and a document count without a measure is left alone", () => {
    expect(r205("完善规章制度5件。")).toEqual([]);
    expect(r205("清理规范性文件30件。")).toEqual([]);
  });

  it("2019: 新制作/新公开/对外公开总数量 are RD-04", () => {
    const cells = {
      "active.normativeDocs.made": 2,
      "active.normativeDocs.published": 2,
      "active.normativeDocs.publicTotal": 8,
    };
    expect(rd04("本年新制作规范性文件2件，新公开2件，对外公开总数量8件。", cells, 2020)).toEqual([]);
    expect(rd04("本年新制作规范性文件3件。", cells, 2020).map((f) => [placeOf(f)[1], f.expected, f.actual])).toEqual([
      ["active.normativeDocs.made", 2, 3],
    ]);
  });
});
