/**
 * RD-04 / R2-05 over the table of real clerks' phrasings (`rd04-phrasings.ts`): how many wrong
 * figures are caught (recall) and how many right figures or other matters are flagged (false
 * alarms). The figures are asserted exactly, so a change that loses a phrasing, or starts flagging
 * a right one, shows here; the misses are named.
 */
import { describe, expect, it } from "vitest";
import { checkReport } from "../../src/rules/run-rules.ts";
import { townReport } from "./narrative-support.ts";
import { FIGURE_PHRASINGS, OTHER_MATTERS, PHRASING_CELLS } from "./rd04-phrasings.ts";

const flagged = (text: string): boolean =>
  checkReport(townReport(2022, { overview: text }, PHRASING_CELLS)).findings.some(
    (f) => f.rule === "RD-04" || f.rule === "R2-05",
  );

const withFigure = (text: string, n: string) => text.replace("{n}", n);

describe("RD-04 recall and false alarms over real phrasings", () => {
  const missed = FIGURE_PHRASINGS.filter((p) => !flagged(withFigure(p.text, p.wrong))).map((p) => p.text);
  const rightFlagged = FIGURE_PHRASINGS.filter((p) => flagged(withFigure(p.text, p.right))).map((p) => p.text);
  const otherFlagged = OTHER_MATTERS.filter(flagged);

  it(`catches ${FIGURE_PHRASINGS.length - missed.length} of ${FIGURE_PHRASINGS.length} wrong figures`, () => {
    expect(FIGURE_PHRASINGS.length).toBeGreaterThanOrEqual(60);
    // 办理 (handled) may mean received or answered: not read as either
    expect(missed).toEqual(["全年共办理政府信息公开申请{n}件。"]);
  });

  it(`flags none of ${FIGURE_PHRASINGS.length + OTHER_MATTERS.length} right figures and other matters`, () => {
    expect(rightFlagged).toEqual([]);
    expect(otherFlagged).toEqual([]);
  });

  it("the issue's phrasings, with the tables saying 6 applications and 1 review", () => {
    for (const text of [
      "全年共收到申请5件。",
      "受理申请5件。",
      "全年依申请公开5件。",
      "共收到群众申请5件。",
      "本年度共收到行政复议申请2件。",
    ])
      expect(flagged(text), text).toBe(true);
    for (const text of ["全年共收到申请6件。", "受理申请6件。", "全年依申请公开6件。", "本年度共收到行政复议申请1件。"])
      expect(flagged(text), text).toBe(false);
  });
});
