/**
 * PDFs as offices make them: Word documents exported by LibreOffice (borders or none, landscape,
 * tables split) and web pages printed by Chromium (CMS pages, hairline or no borders, narrow pages),
 * made from every fixture report at test time and imported. No cell may be placed wrongly and no
 * import may fail; each variant places at least its `bar` of the cells (`variety/variants.ts`).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureReports } from "../support/docx-pdfs.ts";
import { pdfInputs, type Case } from "../import/variety/pdf-material.ts";
import { scoreInputs, scoreLine, share } from "../import/variety/scoreboard.ts";
import { PDF_VARIANTS } from "../import/variety/variants.ts";

let made = new Map<string, Case[]>();

beforeAll(async () => {
  made = await pdfInputs(PDF_VARIANTS, fixtureReports("reports", "seeds"));
}, 900_000);

describe("PDFs as offices make them", () => {
  it.each(PDF_VARIANTS.map((v) => [v.name, v] as const))("%s: nothing wrong, at least its bar placed", async (_, v) => {
    const cases = made.get(v.name) ?? [];
    expect(cases.length).toBeGreaterThan(0);
    const s = await scoreInputs(cases);
    const line = scoreLine(v.name, s);
    expect(s.failed, line).toEqual([]);
    expect(s.wrong, line).toEqual([]);
    expect(share(s), line).toBeGreaterThanOrEqual(v.bar);
  });
});
