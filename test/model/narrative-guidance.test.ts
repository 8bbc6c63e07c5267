/**
 * Guidance beside each narrative editor: the section's heading and the points it must cover, which
 * depend on the kind of body (人民政府), the edition and the figures.
 */
import { describe, expect, it } from "vitest";
import { guidanceFor } from "../../src/model/narrative-guidance.ts";
import { townReport } from "../rules/narrative-support.ts";

describe("guidanceFor", () => {
  it("titles each section with its heading", () => {
    const report = townReport(2021);
    expect(guidanceFor(report, "preamble").title).toBe("报告开头");
    expect(guidanceFor(report, "overview").title).toBe("一、总体情况");
    expect(guidanceFor(report, "problems").title).toBe("五、存在的主要问题及改进情况");
    expect(guidanceFor(report, "other").title).toBe("六、其他需要报告的事项");
  });

  it("asks a 人民政府 for 工作考核、社会评议和责任追究, and not a department", () => {
    const town = guidanceFor(townReport(2021), "overview").points;
    expect(town.some((p) => p.includes("工作考核、社会评议和责任追究结果情况"))).toBe(true);
    const department = townReport(2021, {}, {}, { name: "秦安县教育局", shortName: "县教育局", kind: "department" });
    expect(guidanceFor(department, "overview").points.some((p) => p.includes("工作考核"))).toBe(false);
  });

  it("2021: 六 must state 信息处理费, and names the 逾期未缴费 count", () => {
    const points = guidanceFor(
      townReport(2021, {}, { "apply.newReceived.natural": 3, "apply.result.other.feeUnpaid.natural": 3 }),
      "other",
    ).points;
    expect(points[0]).toContain("信息处理费");
    expect(points[1]).toBe(
      "表三有 3 件申请因申请人逾期未按收费通知要求缴纳费用而不再处理，须说明收费通知和信息处理费的收取情况。",
    );
    expect(guidanceFor(townReport(2020), "other").points.some((p) => p.includes("信息处理费"))).toBe(false);
  });

  it("names the edition's basis, the year and the document columns", () => {
    expect(guidanceFor(townReport(2020), "preamble").points[0]).toContain("国办公开办函〔2019〕60号");
    expect(guidanceFor(townReport(2021), "preamble").points[2]).toBe("写明统计期限：2021年1月1日至2021年12月31日。");
    expect(guidanceFor(townReport(2021), "overview").points.some((p) => p.includes("制发、废止和现行有效"))).toBe(true);
    expect(guidanceFor(townReport(2020), "overview").points.some((p) => p.includes("新制作、新公开"))).toBe(true);
    expect(guidanceFor(townReport(2021), "problems").points).toContain("说明2020年度报告所列问题的整改情况。");
  });
});
