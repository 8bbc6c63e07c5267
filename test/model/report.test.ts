/** The report's title and the file name made from it (the app's downloads and `batch --out`). */
import { describe, expect, it } from "vitest";
import { newReport, nextDueReportYear, publishedOnTime, reportFileStem, reportTitle } from "../../src/model/report.ts";

describe("report title", () => {
  it("uses the short name, else the full name", () => {
    expect(reportTitle(newReport(2024, { name: "兴国镇人民政府", shortName: "兴国镇" }))).toBe(
      "兴国镇2024年政府信息公开工作年度报告",
    );
    expect(reportTitle(newReport(2024, { name: "兴国镇人民政府", shortName: " " }))).toBe(
      "兴国镇人民政府2024年政府信息公开工作年度报告",
    );
  });

  it("makes a file name without separators, reserved or control characters", () => {
    expect(reportFileStem(newReport(2024, { name: "", shortName: 'A/B\\C:D*E?F"G<H>I|J\tK' }))).toBe(
      "A_B_C_D_E_F_G_H_I_J_K2024年政府信息公开工作年度报告",
    );
  });
});

describe("the report due next, and publication on time", () => {
  it("offers last year's report until 31 January, this year's from 1 February (and on 1 December)", () => {
    expect(nextDueReportYear("2025-12-01")).toBe(2025);
    expect(nextDueReportYear("2026-01-31")).toBe(2025);
    expect(nextDueReportYear("2026-02-01")).toBe(2026);
    expect(nextDueReportYear("2026-01-01")).toBe(2025);
  });

  it("a report published on or before its deadline is on time, whatever today is", () => {
    const r = newReport(2022);
    expect(publishedOnTime(r)).toBeNull();
    r.publication.date = "2023-01-31";
    expect(publishedOnTime(r)).toBe(true);
    r.publication.date = "2023-02-01";
    expect(publishedOnTime(r)).toBe(false);
    r.publication.deadline = "02-20";
    expect(publishedOnTime(r)).toBe(true);
  });
});
