/**
 * The variety of clerks' documents (`variety/variants.ts`): every Word, web, markdown and text
 * variant made from every fixture report and imported. No cell may be placed wrongly and no import
 * may fail; each variant places at least its `bar` of the cells (the share measured when it was
 * set: a change that places fewer fails here). The PDF variants: `test/real/import-variety-pdf.test.ts`.
 */
import { describe, expect, it } from "vitest";
import { fixtureReports } from "../support/docx-pdfs.ts";
import { scoreInputs, scoreLine, share } from "./variety/scoreboard.ts";
import { VARIANTS } from "./variety/variants.ts";

const reports = fixtureReports("reports", "seeds");

describe("documents as clerks make them", () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))("%s: nothing wrong, at least its bar placed", async (_, v) => {
    const cases = await Promise.all(reports.map(async ([n, r]) => [n, r, await v.make(r)] as const));
    const s = await scoreInputs(cases);
    const line = scoreLine(v.name, s);
    expect(s.failed, line).toEqual([]);
    expect(s.wrong, line).toEqual([]);
    expect(share(s), line).toBeGreaterThanOrEqual(v.bar);
  });
});
