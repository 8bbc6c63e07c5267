/**
 * Word files made by another program: LibreOffice turns nianbao's published HTML (and a messy
 * CMS page) into .docx, and re-saves nianbao's own .docx; the importer reads them all back with
 * the same cells, organisation and year.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importReport } from "../../src/import/index.ts";
import { computeReport } from "../../src/model/compute.ts";
import type { Report } from "../../src/model/types.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { editionOf, fullReport } from "../builders.ts";
import { convertWithLibreOffice } from "../support/libreoffice.ts";
import { writeReportFile } from "../../src/import/report-file.ts";

const dir = mkdtempSync(join(tmpdir(), "nianbao-import-lo-"));

async function expectSame(path: string, original: Report) {
  const r = await importReport({ name: path, bytes: new Uint8Array(readFileSync(path)) });
  if (!r.ok) throw new Error(r.reason);
  const edition = editionOf(original.edition);
  const shown = computeReport(edition, original).value;
  expect(r.report.cells).toEqual(Object.fromEntries(edition.cells.map((c) => [c.id, shown[c.id]])));
  expect([r.report.edition, r.report.year, r.report.org.name, r.report.org.shortName]).toEqual([
    original.edition,
    original.year,
    original.org.name,
    original.org.shortName,
  ]);
  expect(r.summary).toMatchObject({ source: "docx", blank: [], ambiguous: [], deviations: [] });
  expect(r.report.narrative.overview).toBe(original.narrative.overview);
  expect(r.report.narrative.problems).toBe(original.narrative.problems);
}

describe("Word files written by LibreOffice", async () => {
  const reports = { gb2019: fullReport("gb2019"), gb2021: fullReport("gb2021", 2) };

  it("nianbao's HTML converted to .docx, and nianbao's .docx re-saved, import back unchanged", async () => {
    const inputs: string[] = [];
    for (const [id, report] of Object.entries(reports)) {
      const html = join(dir, `${id}.html`);
      writeFileSync(html, renderReportHtml(report, { draft: false, reportFile: writeReportFile }));
      inputs.push(html);
    }
    const fromHtml = await convertWithLibreOffice(inputs, "docx:MS Word 2007 XML", join(dir, "from-html"));
    const ours: string[] = [];
    for (const [id, report] of Object.entries(reports)) {
      const docx = join(dir, `${id}-ours.docx`);
      writeFileSync(docx, await renderReportDocx(report, { draft: true }));
      ours.push(docx);
    }
    const resaved = await convertWithLibreOffice(ours, "docx:MS Word 2007 XML", join(dir, "resaved"));
    for (const [i, report] of Object.values(reports).entries()) {
      await expectSame(fromHtml[i] ?? "", report);
      await expectSame(resaved[i] ?? "", report);
    }
  });

  it("a messy CMS page converted to .docx keeps every number", async () => {
    const page = join(dir, "cms.html");
    copyFileSync(fileURLToPath(new URL("../fixtures/import/cms-qingshan-2022.html", import.meta.url)), page);
    const [docx] = await convertWithLibreOffice([page], "docx:MS Word 2007 XML", join(dir, "cms"));
    const r = await importReport({ name: "cms.docx", bytes: new Uint8Array(readFileSync(docx ?? "")) });
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary).toMatchObject({ source: "docx", recovered: 200, blank: [], ambiguous: [], deviations: [] });
    expect(r.report.org.name).toBe("青山街道办事处");
    expect([
      r.report.cells["apply.newReceived.total"],
      r.report.cells["active.fees.amountWan"],
      r.report.cells["review.adminReview.total"],
    ]).toEqual([5, 0.35, 1]);
  });
});
