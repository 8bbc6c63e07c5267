/**
 * Reports as LibreOffice lays out their Word documents: the fixture reports by name, and each
 * report's final DOCX converted to PDF, all in one LibreOffice run.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReportFile } from "../../src/import/report-file.ts";
import type { Report } from "../../src/model/types.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { fullReport } from "../builders.ts";
import { convertWithLibreOffice } from "./libreoffice.ts";

/** The full reports of both editions, then every report file of `test/fixtures/<folder>/`, by name. */
export function fixtureReports(...folders: ("reports" | "seeds")[]): [string, Report][] {
  const out: [string, Report][] = [
    ["full-gb2019", fullReport("gb2019")],
    ["full-gb2021", fullReport("gb2021")],
  ];
  for (const folder of folders) {
    const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const read = readReportFile(readFileSync(new URL(f, dir), "utf8"));
      if (!read.ok) throw new Error(`${f}: ${JSON.stringify(read.errors)}`);
      out.push([f.replace(/\.json$/, ""), read.report]);
    }
  }
  return out;
}

/** Each report's final Word document as a PDF from LibreOffice: the PDF's path by the report's name. */
export async function docxPdfs(cases: readonly (readonly [string, Report])[]): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-docx-pdf-"));
  const inputs: string[] = [];
  for (const [name, report] of cases) {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await renderReportDocx(report, { draft: false }));
    inputs.push(file);
  }
  const pdfs = await convertWithLibreOffice(inputs, "pdf", dir);
  return new Map(cases.map(([name], i) => [name, pdfs[i] ?? ""]));
}
