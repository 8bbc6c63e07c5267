/** The gate before a final: errors and unexplained warnings block; explained warnings and infos don't. */
import { targetKey } from "../../src/model/findings.ts";
import { describe, expect, it } from "vitest";
import { finalOutputBlockers } from "../../src/render/final-output.ts";
import { fullReport, prevOf } from "../builders.ts";

describe("final output blockers", () => {
  it("are none for a complete, consistent report", () => {
    const report = fullReport("gb2021");
    expect(finalOutputBlockers(report)).toEqual([]);
    expect(finalOutputBlockers(report, { prev: prevOf(report) })).toEqual([]);
  });

  it("name an error (a blank cell) and an unexplained cross-year warning", () => {
    const report = fullReport("gb2021");
    delete report.cells["review.adminReview.upheld"];
    const prev = prevOf(report);
    prev.cells["apply.carryForward.natural"] = (prev.cells["apply.carryForward.natural"] ?? 0) + 1;
    const blockers = finalOutputBlockers(report, { prev });
    expect(blockers.map((f) => [f.rule, f.severity])).toEqual(
      expect.arrayContaining([
        ["R4-04", "E"],
        ["R3-05", "W"],
      ]),
    );
  });

  it("let an explained warning through", () => {
    const report = fullReport("gb2021");
    const prev = prevOf(report);
    prev.cells["apply.carryForward.natural"] = (prev.cells["apply.carryForward.natural"] ?? 0) + 1;
    const warnings = finalOutputBlockers(report, { prev });
    expect(warnings.map((f) => f.rule)).toEqual(["R3-05", "R3-05"]); // the 自然人 and 总计 columns
    report.explanations = warnings.map((w) => ({
      rule: w.rule,
      target: targetKey(w.target),
      text: "机构改革，上年结转数据已更正",
    }));
    expect(finalOutputBlockers(report, { prev })).toEqual([]);
  });
});
