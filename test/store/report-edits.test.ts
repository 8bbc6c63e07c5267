// Pure edits of a report: typed input normalised or kept as typed, 空白填 0, 采用计算值, explanations.
import { describe, expect, it } from "vitest";
import { cellsOf } from "../../src/model/findings.ts";
import { newReport } from "../../src/model/report.ts";
import { blocks, checkReport } from "../../src/rules/run-rules.ts";
import {
  adoptComputed,
  applyFixes,
  blankCells,
  fillBlanksWithZero,
  setCellTexts,
  setExplanation,
  setUnit,
} from "../../src/store/report-edits.ts";
import { editionOf, fullReport } from "../builders.ts";

const gb2021 = editionOf("gb2021");
const gb2019 = editionOf("gb2019");
const N = "apply.newReceived.natural";

describe("setCellTexts", () => {
  it("stores numbers normalised where the meaning is certain", () => {
    const r = setCellTexts(gb2021, newReport(2022), [
      [N, "１２"],
      ["apply.newReceived.commercial", " 1,234 "],
      ["active.fees.amountWan", "0.25"],
    ]);
    expect(r.cells).toEqual({ [N]: 12, "apply.newReceived.commercial": 1234, "active.fees.amountWan": 0.25 });
    expect(r.typed).toBeUndefined();
  });

  it("keeps a space inside digits (1 234: one number or two?) as typed, and asks", () => {
    const r = setCellTexts(gb2021, newReport(2022), [
      [N, "1 234"],
      ["apply.newReceived.commercial", " 12 "],
    ]);
    expect(r.cells).toEqual({ "apply.newReceived.commercial": 12 });
    expect(r.typed).toEqual({ [N]: "1 234" });
    expect(checkReport(r).findings.find((f) => f.rule === "R3-04" && f.actual === "1 234")?.message).toContain(
      "「1 234」数字中间有空格：是一个数还是两个数？",
    );
  });

  it("keeps anything else exactly as typed, and the rules flag it on that cell", () => {
    const r = setCellTexts(gb2021, newReport(2022), [
      [N, "十二"],
      ["apply.newReceived.commercial", "-3"],
      ["apply.newReceived.research", "1.5"],
    ]);
    expect(r.cells).toEqual({});
    expect(r.typed).toEqual({ [N]: "十二", "apply.newReceived.commercial": "-3", "apply.newReceived.research": "1.5" });
    const flagged = checkReport(r).findings.filter((f) => f.rule === "R3-04" && f.actual !== null);
    expect(flagged.map((f) => [cellsOf(f.target)[0], f.actual])).toEqual([
      [N, "十二"],
      ["apply.newReceived.commercial", "-3"],
      ["apply.newReceived.research", "1.5"],
    ]);
  });

  it("takes a negative number in a signed cell (2019 本年增/减)", () => {
    const r = setCellTexts(gb2019, newReport(2020), [["active.licensing.delta", "-3"]]);
    expect(r.cells["active.licensing.delta"]).toBe(-3);
  });

  it("replaces typed text by a number and clears a cell back to blank", () => {
    let r = setCellTexts(gb2021, newReport(2022), [[N, "十二"]]);
    r = setCellTexts(gb2021, r, [[N, "12"]]);
    expect(r.cells[N]).toBe(12);
    expect(r.typed).toBeUndefined();
    r = setCellTexts(gb2021, r, [[N, "  "]]);
    expect(N in r.cells).toBe(false);
  });

  it("never writes a computed cell, and returns the same report when nothing changes", () => {
    const start = newReport(2022);
    expect(setCellTexts(gb2021, start, [["apply.newReceived.total", "9"]])).toBe(start);
    const once = setCellTexts(gb2021, start, [[N, "4"]]);
    expect(setCellTexts(gb2021, once, [[N, "4"]])).toBe(once);
  });
});

describe("空白填 0", () => {
  it("fills only blank input cells of the table, leaving typed text and numbers", () => {
    let r = setCellTexts(gb2021, newReport(2022), [
      [N, "7"],
      ["apply.newReceived.commercial", "abc"],
    ]);
    r = fillBlanksWithZero(gb2021, r, "apply");
    expect(r.cells[N]).toBe(7);
    expect(r.typed).toEqual({ "apply.newReceived.commercial": "abc" });
    expect(r.cells["apply.carryForward.otherOrg"]).toBe(0);
    expect(r.cells["apply.newReceived.total"]).toBeUndefined();
    expect(r.cells["active.licensing.decisions"]).toBeUndefined();
    expect(blankCells(gb2021, r, "apply")).toEqual([]);
    expect(blankCells(gb2021, r, "review").length).toBe(12);
  });
});

describe("采用计算值", () => {
  it("drops a stated total so the computed sum is used and the finding goes", () => {
    const r = fullReport("gb2021");
    const stated = { ...r, cells: { ...r.cells, "review.adminReview.total": 999 } };
    expect(checkReport(stated).findings.map((f) => f.rule)).toContain("R4-01");
    const fixed = adoptComputed(stated, "review.adminReview.total");
    expect(fixed.cells["review.adminReview.total"]).toBeUndefined();
    expect(checkReport(fixed).findings).toEqual([]);
  });
});

describe("explanations", () => {
  it("stores an explanation by rule and cells; the explained warning stops blocking; empty text removes it", () => {
    const r = fullReport("gb2021");
    r.org.kind = "township";
    const warning = checkReport(r).findings.find((f) => f.rule === "R2-04");
    expect(warning?.severity).toBe("W");
    if (!warning) return;
    const cells = [...cellsOf(warning.target)];
    const [first = "", ...rest] = [...cells].reverse();
    const explained = setExplanation(
      r,
      { rule: warning.rule, target: { kind: "cells", cells: [first, ...rest] } },
      "本镇受县政府委托代为统计",
    );
    expect(explained.explanations).toEqual([
      { rule: "R2-04", target: { kind: "cells", cells: [...cells].sort() }, text: "本镇受县政府委托代为统计" },
    ]);
    const check = checkReport(explained);
    expect(check.findings.find((f) => f.rule === "R2-04")?.explanation).toBe("本镇受县政府委托代为统计");
    expect(check.findings.filter((f) => cellsOf(f.target).some((c) => cells.includes(c))).filter(blocks)).toEqual([]);
    expect(setExplanation(explained, warning, "").explanations).toEqual([]);
  });

  it("stores and clears a unit choice", () => {
    const r = setUnit(newReport(2020), "active.procurement.amount", "万元");
    expect(r.units).toEqual({ "active.procurement.amount": "万元" });
    expect(setUnit(r, "active.procurement.amount", "").units).toBeUndefined();
  });
});

describe("applyFixes: certain corrections from the findings, together", () => {
  it("fixes every known typo of a grouped finding and every wrong stated total, as one edit", () => {
    const r = fullReport("gb2021");
    r.narrative.problems = "对逾期不补证的申请。逾期不补证的。逾期不补证的。公开工作做到公开、便民、高校。";
    r.cells["apply.result.total.natural"] = 999; // stated totals that differ from their parts
    r.cells["review.adminReview.total"] = 999;
    const found = checkReport(r).findings;
    const fixes = found.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(found.filter((f) => f.fix).map((f) => f.rule)).toEqual(["R3-03", "R4-01", "RD-10", "RD-10"]);
    const next = applyFixes(r, fixes);
    expect(next.narrative.problems).toBe(
      "对逾期不补正的申请。逾期不补正的。逾期不补正的。公开工作做到公开、便民、高效。",
    );
    expect(next.cells["apply.result.total.natural"]).toBeUndefined();
    expect(next.cells["review.adminReview.total"]).toBeUndefined();
    expect(checkReport(next).findings.filter((f) => f.fix)).toEqual([]);
  });

  it("skips a replacement whose words have changed since, and changes nothing when nothing applies", () => {
    const r = newReport(2022);
    r.narrative.other = "逾期不补证的，不再处理。";
    const fix = {
      kind: "replace-text",
      section: "other",
      edits: [{ start: 3, end: 5, from: "补证", to: "补正" }],
    } as const;
    expect(applyFixes(r, [fix]).narrative.other).toBe("逾期不补正的，不再处理。");
    const edited = { ...r, narrative: { ...r.narrative, other: "申请人逾期不补证的，不再处理。" } };
    expect(applyFixes(edited, [fix])).toBe(edited);
  });
});
