/**
 * Import speed (issue 5): median time to import a full report of each edition from nianbao's own
 * DOCX and HTML, and from a messy CMS page and a Word text export (seed 000). Budget ≤ 30 ms each.
 */
import { readFileSync } from "node:fs";
import { importReport } from "../src/import/index.ts";
import { renderReportDocx } from "../src/render/docx/index.ts";
import { renderReportHtml } from "../src/render/html/render-html.ts";
import { fullReport } from "../test/builders.ts";
import { report, time } from "./measure.ts";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/import/${name}`, import.meta.url)));

export default async function bench(): Promise<void> {
  for (const id of ["gb2019", "gb2021"]) {
    const r = fullReport(id);
    const docx = await renderReportDocx(r, { draft: false });
    const html = new TextEncoder().encode(renderReportHtml(r, { draft: false }));
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
}
