/** The report's title and the file name made from it (the app's downloads and `batch --out`). */
import { describe, expect, it } from "vitest";
import { newReport, reportFileStem, reportTitle } from "../../src/model/report.ts";

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
