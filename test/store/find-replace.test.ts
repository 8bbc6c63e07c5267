// Find and replace over the report's text: every hit with its sentence, replaced as one undo step.
import { beforeEach, describe, expect, it } from "vitest";
import { newReport } from "../../src/model/report.ts";
import { resetStore, useAppStore } from "../../src/store/app-store.ts";
import { findHits, inContext } from "../../src/store/find-replace.ts";
import {
  loadReport,
  replaceInText,
  setCellText,
  showNotice,
  goToSection,
  undoEdit,
} from "../../src/store/report-actions.ts";
import { editionOf } from "../builders.ts";

const gb2021 = editionOf("gb2021");

function report2022() {
  const r = newReport(2022, { name: "兴国镇人民政府", shortName: "兴国镇" });
  r.narrative.preamble = "本报告统计期限为2021年1月1日至2021年12月31日。";
  r.narrative.overview = "2021年，我镇认真落实条例。全年公开信息120条。";
  r.narrative.problems = "2021年存在的问题已整改。";
  return r;
}

beforeEach(resetStore);

describe("find and replace", () => {
  it("finds every hit in every part, each shown in its sentence", () => {
    const r = report2022();
    const hits = findHits(r, "2021");
    expect(hits.map((h) => [h.section, h.start])).toEqual([
      ["preamble", 8],
      ["preamble", 18],
      ["overview", 0],
      ["problems", 0],
    ]);
    expect(inContext(gb2021, r, hits[2] ?? hits[0]!)).toMatchObject({
      where: "一、总体情况",
      before: "",
      match: "2021",
      after: "年，我镇认真落实条例。",
    });
    expect(inContext(gb2021, r, hits[1] ?? hits[0]!)).toMatchObject({
      where: "报告开头",
      before: "本报告统计期限为2021年1月1日至",
      after: "年12月31日。",
    });
    expect(findHits(r, "")).toEqual([]);
  });

  it("replaces the chosen hits as one undo step; the others stay", () => {
    loadReport(report2022(), "d1");
    const r = useAppStore.getState().report;
    if (!r) throw new Error("no report");
    const hits = findHits(r, "2021").filter((h) => h.section !== "problems");
    expect(replaceInText(hits, "2021", "2022")).toBe(true);
    const next = useAppStore.getState().report;
    expect(next?.narrative.preamble).toBe("本报告统计期限为2022年1月1日至2022年12月31日。");
    expect(next?.narrative.overview).toBe("2022年，我镇认真落实条例。全年公开信息120条。");
    expect(next?.narrative.problems).toBe("2021年存在的问题已整改。");
    expect(useAppStore.getState().history.past).toHaveLength(1);
    undoEdit();
    expect(useAppStore.getState().report?.narrative).toEqual(r.narrative);
  });
});

describe("notices about a paste", () => {
  it("go away at the next edit or in another section; others stay", () => {
    loadReport(report2022(), "d1");
    showNotice("粘贴的内容有 3 行 2 列……没有粘贴任何内容。", "error", true);
    setCellText("apply.newReceived.natural", "1");
    expect(useAppStore.getState().notice).toBeNull();
    showNotice("粘贴的内容……", "error", true);
    goToSection("apply");
    expect(useAppStore.getState().notice).toBeNull();
    showNotice("这份草稿已在另一个标签页中打开。", "error");
    setCellText("apply.newReceived.natural", "2");
    expect(useAppStore.getState().notice?.text).toBe("这份草稿已在另一个标签页中打开。");
  });
});
