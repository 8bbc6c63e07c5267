/**
 * A real word processor opens the Word documents: LibreOffice headless converts each fixture's
 * DOCX to PDF (all in one run) and pdftotext reads back the title, the six headings, every table
 * row's numbers in order and the page numbers.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readReportFile } from "../../src/import/report-file.ts";
import { reportTitle } from "../../src/model/report.ts";
import type { Report } from "../../src/model/types.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { fullReport } from "../builders.ts";
import { convertWithLibreOffice, pdfPages, pdfText } from "../support/libreoffice.ts";
import { expectedGrids } from "../support/view-grid.ts";

const HEADINGS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

const FIXTURES = new URL("../fixtures/reports/", import.meta.url);

function fixtures(): [string, Report][] {
  const files: [string, Report][] = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const read = readReportFile(readFileSync(new URL(f, FIXTURES), "utf8"));
      if (!read.ok) throw new Error(`${f}: ${JSON.stringify(read.errors)}`);
      return [f.replace(/\.json$/, ""), read.report];
    });
  return [["full-gb2019", fullReport("gb2019")], ["full-gb2021", fullReport("gb2021")], ...files];
}

/** whether some line of the text has `values` as consecutive whitespace-separated tokens */
function lineHas(lines: readonly string[][], values: readonly string[]): boolean {
  const want = values.flatMap((v) => v.replace(/^(-?[\d.]+)(\D+)$/, "$1 $2").split(" "));
  return lines.some((tokens) => tokens.some((_, i) => want.every((w, k) => tokens[i + k] === w)));
}

describe("LibreOffice reads the Word documents", () => {
  const cases = fixtures();
  const texts = new Map<string, { text: string; pages: number }>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-docx-lo-"));
    const inputs: string[] = [];
    for (const [name, report] of cases) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await renderReportDocx(report, { draft: false }));
      inputs.push(file);
    }
    const pdfs = await convertWithLibreOffice(inputs, "pdf", dir);
    for (const [i, [name]] of cases.entries()) {
      const pdf = pdfs[i] ?? "";
      texts.set(name, { text: await pdfText(pdf), pages: await pdfPages(pdf) });
    }
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
