/**
 * A real word processor opens the Word documents: LibreOffice headless converts each fixture's
 * DOCX to PDF (all in one run) and pdftotext reads back the title, the six headings, every table
 * row's numbers in order and the page numbers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reportTitle } from "../../src/model/report.ts";
import { docxPdfs, fixtureReports } from "../support/docx-pdfs.ts";
import { pdfPages, pdfText } from "../support/libreoffice.ts";
import { expectedGrids } from "../support/view-grid.ts";

const HEADINGS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

/** whether some line of the text has `values` as consecutive whitespace-separated tokens */
function lineHas(lines: readonly string[][], values: readonly string[]): boolean {
  const want = values.flatMap((v) => v.replace(/^(-?[\d.]+)(\D+)$/, "$1 $2").split(" "));
  return lines.some((tokens) => tokens.some((_, i) => want.every((w, k) => tokens[i + k] === w)));
}

describe("LibreOffice reads the Word documents", () => {
  const cases = fixtureReports("reports");
  const texts = new Map<string, { text: string; pages: number }>();

  beforeAll(async () => {
    for (const [name, pdf] of await docxPdfs(cases))
      texts.set(name, { text: await pdfText(pdf), pages: await pdfPages(pdf) });
  });

  it.each(cases.map(([name, report]) => [name, report] as const))(
    "%s: title, headings, page numbers",
    (name, report) => {
      const got = texts.get(name);
      if (!got) throw new Error(name);
      const flat = got.text.replace(/\s+/g, "");
      expect(flat).toContain(reportTitle(report));
      let at = -1;
      for (const heading of HEADINGS) {
        const next = flat.indexOf(heading, at + 1);
        expect(next, heading).toBeGreaterThan(at);
        at = next;
      }
      expect(got.pages).toBeGreaterThanOrEqual(2);
      for (let p = 1; p <= got.pages; p++) expect(got.text).toMatch(new RegExp(`—\\s*${p}\\s*—`));
    },
  );

  it.each(cases.map(([name, report]) => [name, report] as const))(
    "%s: every table row's numbers, in order",
    (name, report) => {
      const got = texts.get(name);
      if (!got) throw new Error(name);
      const lines = got.text.split("\n").map((l) => l.trim().split(/\s+/));
      for (const grid of expectedGrids(report)) {
        const rows = new Map<number, { c: number; text: string }[]>();
        for (const v of grid.values) rows.set(v.r, [...(rows.get(v.r) ?? []), v]);
        for (const [r, values] of rows) {
          const sequence = values.sort((a, b) => a.c - b.c).map((v) => v.text);
          expect(lineHas(lines, sequence), `${grid.table.id} row ${r}: ${sequence.join(" ")}`).toBe(true);
        }
      }
    },
  );
});
