/**
 * An explanation belongs to one finding (decisions §4): identities are the rule and the target's
 * key — the cells, the quoted words of a section with their occurrence, the field — so explaining
 * one warning explains no other, and survives an edit elsewhere in the same section.
 */
import { describe, expect, it } from "vitest";
import { targetKey } from "../../src/model/findings.ts";
import type { Finding, Report } from "../../src/model/types.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { setExplanation } from "../../src/store/report-edits.ts";
import { townReport } from "./narrative-support.ts";

const warnings = (r: Report): Finding[] => checkReport(r).findings.filter((f) => f.severity === "W");
const explained = (r: Report, rule: string) =>
  warnings(r)
    .filter((f) => f.rule === rule)
    .map((f) => [f.actual, f.explanation ?? null]);

// 一 of a 2021 township report naming another town (RD-07a) and speaking of 2020 as this year (RD-07b)
const OVERVIEW = "我镇及时调整充实中山镇政务公开工作领导小组。\n2020年，我镇共办理政府信息公开申请事项若干。";

describe("finding identity and explanations", () => {
  it("explaining one RD-07 warning of a section leaves the other check's warning there unexplained", () => {
    const r = townReport(2021, { overview: OVERVIEW });
    const a = warnings(r).find((f) => f.rule === "RD-07a");
    expect(a?.target).toMatchObject({ kind: "text", section: "overview", span: { quote: "中山镇", occurrence: 1 } });
    if (!a) return;
    const next = setExplanation(r, a, "中山镇是撤并前的镇名");
    expect(explained(next, "RD-07a")).toEqual([["中山镇", "中山镇是撤并前的镇名"]]);
    expect(explained(next, "RD-07b")).toEqual([["2020年", null]]);
  });

  it("one RD-10 explanation covers its typo only, not another typo, nor one added later", () => {
    const r = townReport(2021, { problems: "对逾期不补证的申请处理不够规范。公开工作要做到便民、高校。" });
    const [first] = warnings(r).filter((f) => f.rule === "RD-10");
    if (!first) throw new Error("no RD-10");
    let next = setExplanation(r, first, "原文如此");
    expect(explained(next, "RD-10")).toEqual([
      ["补证", "原文如此"],
      ["高校", null],
    ]);
    next = {
      ...next,
      narrative: { ...next.narrative, problems: `${next.narrative.problems}申请人逾期不补证的，不再处理。` },
    };
    expect(explained(next, "RD-10")).toEqual([
      ["补证", "原文如此"],
      ["高校", null],
      ["补证", null],
    ]);
  });

  it("an explanation survives an edit elsewhere in the same section (offsets move, the quoted words stay)", () => {
    const r = townReport(2021, { overview: OVERVIEW });
    const a = warnings(r).find((f) => f.rule === "RD-07a");
    if (!a) throw new Error("no RD-07a");
    const next = setExplanation(r, a, "撤并前的镇名");
    const edited = { ...next, narrative: { ...next.narrative, overview: `本年度，我镇认真落实条例。\n${OVERVIEW}` } };
    const moved = warnings(edited).find((f) => f.rule === "RD-07a");
    expect(moved?.id).toBe(a.id);
    expect(moved?.target.kind === "text" && moved.target.span?.start).toBe(
      (a.target.kind === "text" && a.target.span ? a.target.span.start : 0) + "本年度，我镇认真落实条例。\n".length,
    );
    expect(moved?.explanation).toBe("撤并前的镇名");
  });

  it("a finding's key has no character offsets; a field finding is about its field", () => {
    const r = townReport(2021, { overview: OVERVIEW });
    r.publication.date = "2022-03-01";
    const f = checkReport(r).findings.find((x) => x.rule === "RD-08");
    expect(f?.target).toEqual({ kind: "field", field: "publication.date" });
    const a = warnings(r).find((x) => x.rule === "RD-07a");
    expect(a && targetKey(a.target)).toEqual({ kind: "text", section: "overview", quote: "中山镇", occurrence: 1 });
  });
});
