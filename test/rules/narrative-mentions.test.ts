/**
 * RD-05 (人民政府: 考核、评议、追究), RD-06 (2021: 信息处理费 in 六) and R3-08 (逾期未缴费 ⇒ 六 says
 * so): text that passes and text that fails, through the real rules engine.
 */
import { describe, expect, it } from "vitest";
import { findingsOf, townReport, placeOf } from "./narrative-support.ts";

const SUPERVISION = "镇政府将政府信息公开工作纳入年度绩效考核，群众评议满意度较高，全年未发生责任追究情况。";

describe("RD-05", () => {
  it("passes when 总体情况 names 考核、评议 and 追究", () => {
    expect(findingsOf(townReport(2021, { overview: SUPERVISION }), "RD-05")).toEqual([]);
  });

  it("names what is missing, as a warning on 总体情况", () => {
    const found = findingsOf(
      townReport(2021, { overview: "严格落实信息公开考核制度，全年未发生责任追究情况。" }),
      "RD-05",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "W",
      target: { kind: "text", section: "overview", span: null, cells: [] },
      actual: "未写社会评议",
      message:
        "一、总体情况没有写社会评议：人民政府的年度报告应写明工作考核、社会评议和责任追究结果情况（条例第五十条）",
    });
  });

  it("is for 人民政府 only, and reads 总体情况 only", () => {
    const department = townReport(
      2021,
      { overview: "本局高度重视。" },
      {},
      { name: "秦安县教育局", shortName: "县教育局", kind: "department" },
    );
    expect(findingsOf(department, "RD-05")).toEqual([]);
    const county = townReport(
      2021,
      { overview: "我县高度重视。", problems: SUPERVISION },
      {},
      { name: "秦安县人民政府", shortName: "秦安县", kind: "county-government" },
    );
    expect(findingsOf(county, "RD-05")).toHaveLength(1);
  });
});

describe("RD-06 (2021)", () => {
  it("passes when 六 states 信息处理费, collected or not", () => {
    expect(findingsOf(townReport(2021, { other: "本年度未收取信息处理费。" }), "RD-06")).toEqual([]);
    expect(findingsOf(townReport(2021, { other: "本年度没有向申请人收取任何费用。" }), "RD-06")).toEqual([]);
    for (const other of ["本年度未收费。", "本机关本年度没有收费。", "2021年度未向申请人收费。", "本年度收取费用0元。"])
      expect(findingsOf(townReport(2021, { other }), "RD-06"), other).toEqual([]);
    // 收 and 费 in different clauses say nothing about fees
    expect(findingsOf(townReport(2021, { other: "本年度没有收到申请，经费保障到位。" }), "RD-06")).toHaveLength(1);
  });

  it("warns when 六 does not", () => {
    const found = findingsOf(townReport(2021, { other: "本镇2021年度没有信息公开方面其他需要报告的事项。" }), "RD-06");
    expect(found.map((f) => [f.rule, f.severity, placeOf(f)])).toEqual([["RD-06", "W", ["narrative.other"]]]);
  });

  it("does not apply to the 2019 edition", () => {
    expect(findingsOf(townReport(2020, { other: "无" }), "RD-06")).toEqual([]);
  });
});

describe("R3-08 (2021)", () => {
  const UNPAID = { "apply.newReceived.natural": 1, "apply.result.other.feeUnpaid.natural": 1 };

  it("runs only when 逾期未缴费 is non-zero", () => {
    expect(findingsOf(townReport(2021, { other: "无。" }), "R3-08")).toEqual([]);
  });

  it("asks 六 to mention 信息处理费 / 收费通知 and names the cell", () => {
    const found = findingsOf(townReport(2021, { other: "无。" }, UNPAID), "R3-08");
    expect(found.map((f) => [placeOf(f), f.message])).toEqual([
      [
        ["narrative.other", "apply.result.other.feeUnpaid.total"],
        "六、其他需要报告的事项没有写信息处理费或收费通知（表中其他处理·逾期未缴费 1 件）：表三有申请人逾期未按收费通知缴纳费用、不再处理的申请，应说明信息处理费的收取情况",
      ],
    ]);
    const said = townReport(
      2021,
      { other: "本年度向1件申请发出收费通知，申请人逾期未缴纳费用，未收取信息处理费。" },
      UNPAID,
    );
    expect(findingsOf(said, "R3-08")).toEqual([]);
  });
});
