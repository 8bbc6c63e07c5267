/**
 * Round trip: a report rendered by nianbao (DOCX and HTML, draft and final) imports back with the
 * same cells, organisation, year and narrative, and nothing blank, ambiguous or deviating — the page
 * by what it shows, without its data island (the island's own round trip: import-island.test.ts).
 */
import { describe, expect, it } from "vitest";
import { importReport, type ImportInput } from "../../src/import/index.ts";
import { computeReport } from "../../src/model/compute.ts";
import type { Report } from "../../src/model/types.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { editionOf, fullReport } from "../builders.ts";
import { writeReportFile } from "../../src/import/report-file.ts";

const withoutIsland = (html: string) => {
  const cut = html.replace(/<script type="application\/json" id="nianbao-report">[^<]*<\/script>/, "");
  expect(cut).not.toContain("nianbao-report");
  return cut;
};

async function expectSameReport(input: ImportInput, original: Report, source: string) {
  const r = await importReport(input);
  if (!r.ok) throw new Error(r.reason);
  const edition = editionOf(original.edition);
  // every cell the report shows, totals included (they are stated in the output)
  const shown = computeReport(edition, original).value;
  expect(r.report.cells).toEqual(Object.fromEntries(edition.cells.map((c) => [c.id, shown[c.id]])));
  expect([r.report.edition, r.report.year, r.report.org.name, r.report.org.shortName]).toEqual([
    original.edition,
    original.year,
    original.org.name,
    original.org.shortName,
  ]);
  expect(r.report.narrative).toEqual(original.narrative);
  expect(r.report.units).toEqual(original.units);
  expect(r.summary).toMatchObject({
    source,
    recovered: edition.cells.length,
    blank: [],
    ambiguous: [],
    deviations: [],
  });
  return r;
}

describe("round trip through nianbao's own output", async () => {
  for (const id of ["gb2019", "gb2021"])
    for (const draft of [false, true]) {
      const report = fullReport(id);
      if (report.units) report.units = { ...report.units };
      it(`${id} ${draft ? "draft" : "final"} DOCX`, async () => {
        const bytes = await renderReportDocx(report, { draft });
        await expectSameReport({ name: "年报.docx", bytes }, report, "docx");
      });
      it(`${id} ${draft ? "draft" : "final"} HTML, as a file and as pasted markup, by its tables alone`, async () => {
        // the page as shown, without its data island (a CMS may drop it): read from its tables and text
        const html = withoutIsland(renderReportHtml(report, { draft, reportFile: writeReportFile }));
        await expectSameReport({ name: "年报.html", bytes: new TextEncoder().encode(html) }, report, "html");
        await expectSameReport({ name: "粘贴的内容", text: html }, report, "html");
      });
    }

  it("without a preface of its own, the generated one gives back the contact details and where it is published", async () => {
    const report = fullReport("gb2021");
    report.narrative.preamble = "";
    const bytes = await renderReportDocx(report, { draft: false });
    const r = await importReport({ name: "a.docx", bytes });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.contact).toEqual(report.contact);
    expect(r.report.publication).toMatchObject({ site: report.publication.site, url: report.publication.url });
    expect(r.report.narrative.preamble).toContain("由兴国镇人民政府编制");
    expect(r.report.narrative.preamble).not.toContain("统计期限");
  });

  it("a report with other numbers round-trips too (seeded values, zeros, a money amount with decimals)", async () => {
    const report = fullReport("gb2021", 4);
    report.cells["active.fees.amountWan"] = 12.3456;
    report.cells["active.regulations.issued"] = 0;
    const bytes = await renderReportDocx(report, { draft: true });
    await expectSameReport({ name: "a.docx", bytes }, report, "docx");
  });
});
