/**
 * Import speed: median time to import a full report of each edition from nianbao's own DOCX and
 * HTML, a messy CMS page and a Word text export (seed 000) — budget ≤ 30 ms each — and a 6-page PDF
 * exported by LibreOffice from nianbao's Word file (seed 000's report), ≤ 150 ms. The PDF is made
 * here (LibreOffice), not committed.
 */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importReport } from "../src/import/index.ts";
import { readReportFile } from "../src/import/report-file.ts";
import { renderReportDocx } from "../src/render/docx/index.ts";
import { renderReportHtml } from "../src/render/html/render-html.ts";
import { fullReport } from "../test/builders.ts";
import { convertWithLibreOffice, pdfPages } from "../test/support/libreoffice.ts";
import { report, time } from "./measure.ts";
import { writeReportFile } from "../src/import/report-file.ts";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/import/${name}`, import.meta.url)));

async function sixPagePdf(): Promise<{ bytes: Uint8Array; pages: number }> {
  const seed = readReportFile(
    readFileSync(new URL("../test/fixtures/seeds/seed-000-xingguo-2021.json", import.meta.url), "utf8"),
  );
  if (!seed.ok) throw new Error("seed 000 does not read");
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-pdf-"));
  const docx = join(dir, "seed-000.docx");
  writeFileSync(docx, await renderReportDocx(seed.report, { draft: true }));
  const [pdf] = await convertWithLibreOffice([docx], "pdf", dir);
  if (!pdf) throw new Error("LibreOffice made no PDF");
  return { bytes: new Uint8Array(readFileSync(pdf)), pages: await pdfPages(pdf) };
}

export default async function bench(): Promise<void> {
  for (const id of ["gb2019", "gb2021"]) {
    const r = fullReport(id);
    const docx = await renderReportDocx(r, { draft: false });
    const html = new TextEncoder().encode(renderReportHtml(r, { draft: false, reportFile: writeReportFile }));
    const ok = async (bytes: Uint8Array, name: string) => {
      const out = await importReport({ name, bytes });
      if (!out.ok || out.summary.blank.length + out.summary.ambiguous.length > 0)
        throw new Error(`bench import ${name} did not import cleanly`);
    };
    const d = await time(() => ok(docx, "r.docx"), 200, 20);
    report(`import ${id} DOCX (${(docx.length / 1024).toFixed(0)} KB), median`, d.median, "ms", 30);
    const h = await time(() => ok(html, "r.html"), 200, 20);
    report(`import ${id} HTML (${(html.length / 1024).toFixed(0)} KB), median`, h.median, "ms", 30);
  }
  const cms = fixture("cms-qingshan-2022.html");
  const c = await time(() => importReport({ name: "cms.html", bytes: cms }), 200, 20);
  report("import messy CMS page (73 KB), median", c.median, "ms", 30);
  const seed = fixture("seed-000-xingguo-2021.txt");
  const s = await time(() => importReport({ name: "seed.txt", bytes: seed }), 200, 20);
  report("import Word text export (seed 000), median", s.median, "ms", 30);
  const pdf = await sixPagePdf();
  const placed = async () => {
    const out = await importReport({ name: "r.pdf", bytes: pdf.bytes });
    if (!out.ok || out.summary.recovered < 190) throw new Error("bench import of the PDF did not import cleanly");
  };
  const p = await time(placed, 40, 5);
  report(
    `import ${pdf.pages}-page PDF (LibreOffice, ${(pdf.bytes.length / 1024).toFixed(0)} KB), median`,
    p.median,
    "ms",
    150,
  );
}
