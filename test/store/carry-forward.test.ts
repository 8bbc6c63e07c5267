// Starting this year's report from last year's: carried cells come from the edition's cross-year rules.
import { describe, expect, it } from "vitest";
import { computeReport } from "../../src/model/compute.ts";
import { readReportFile, writeReportFile } from "../../src/import/report-file.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { carriedCells, startFromLastYear, withPrevious } from "../../src/store/carry-forward.ts";
import { newReport } from "../../src/model/report.ts";
import { editionOf, fullReport } from "../builders.ts";

const COLS = ["natural", "commercial", "research", "publicWelfare", "legalService", "otherOrg"];

describe("startFromLastYear", () => {
  it("carries 四、结转下年度继续办理 into 二、上年结转 per column, keeps last year and flags copied text", () => {
    const prev = fullReport("gb2021"); // 2022
    const next = startFromLastYear(prev);
    expect(next.year).toBe(2023);
    expect(next.edition).toBe("gb2021");
    for (const c of COLS) expect(next.cells[`apply.carriedOver.${c}`]).toBe(prev.cells[`apply.carryForward.${c}`]);
    expect(next.cells["apply.carriedOver.total"]).toBeUndefined(); // computed, never stored
    expect(Object.keys(next.cells).sort()).toEqual(COLS.map((c) => `apply.carriedOver.${c}`).sort());
    expect(next.previous).toEqual({ year: 2022, edition: "gb2021", cells: prev.cells, narrative: prev.narrative });
    expect(next.narrative).toEqual(prev.narrative);
    expect(next.review).toEqual(["preamble", "overview", "problems", "other"]);
    expect(next.org).toEqual(prev.org);
    expect(next.publication).toEqual({ site: prev.publication.site, url: prev.publication.url, date: "" });
    // the cross-year rules now run and hold for the carried figures
    const check = checkReport(next);
    expect(check.skipped.has("R3-05")).toBe(false);
    expect(check.findings.filter((f) => f.rule === "R3-05")).toEqual([]);
    // and the new report passes the one import door
    const read = readReportFile(writeReportFile(next));
    expect(read.ok && read.report).toEqual(next);
  });

  it("carries 2019's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减", () => {
    const prev = fullReport("gb2019");
    prev.year = 2019;
    const next = startFromLastYear(prev);
    expect(next.year).toBe(2020);
    for (const k of ["licensing", "otherServices", "penalty", "compulsion", "fees"])
      expect(next.cells[`active.${k}.prevItems`]).toBe(
        (prev.cells[`active.${k}.prevItems`] ?? 0) + (prev.cells[`active.${k}.delta`] ?? 0),
      );
  });

  it("works across the 2020 → 2021 edition change", () => {
    const prev = fullReport("gb2019"); // 2020
    const next = startFromLastYear(prev);
    expect(next.edition).toBe("gb2021");
    const carried = carriedCells(editionOf("gb2021"), prev);
    const prevValues = computeReport(editionOf("gb2019"), prev).value;
    expect(carried).toEqual(
      Object.fromEntries(COLS.map((c) => [`apply.carriedOver.${c}`, prevValues[`apply.carryForward.${c}`]])),
    );
  });

  it("attaching last year's report later fills only blank carried cells", () => {
    const prev = fullReport("gb2021");
    const open = newReport(2023);
    open.cells["apply.carriedOver.natural"] = 99;
    const { report, filled } = withPrevious(open, prev);
    expect(filled).toBe(5);
    expect(report.cells["apply.carriedOver.natural"]).toBe(99);
    expect(report.cells["apply.carriedOver.commercial"]).toBe(prev.cells["apply.carryForward.commercial"]);
    expect(report.previous?.year).toBe(2022);
  });
});
