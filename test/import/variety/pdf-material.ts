/**
 * The PDF variants made real: every Word file converted by LibreOffice (in one run), every page
 * printed by Chromium (A4 unless the page's own `@page` says otherwise), each PDF read back as
 * bytes beside the report it was made from. Also the text a PDF viewer gives when the text is
 * copied out of the PDF (`pdftotext`, in reading order and in the order the PDF writes it).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { ImportInput } from "../../../src/import/index.ts";
import type { Report } from "../../../src/model/types.ts";
import { launchChromium } from "../../support/chromium.ts";
import { convertWithLibreOffice } from "../../support/libreoffice.ts";
import type { PdfVariant } from "./variants.ts";

const run = promisify(execFile);

export type Case = readonly [string, Report, ImportInput];

/** Per variant: the PDF of each report, as import input. */
export async function pdfInputs(
  variants: readonly PdfVariant[],
  reports: readonly (readonly [string, Report])[],
): Promise<Map<string, Case[]>> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-variety-pdf-"));
  const out = new Map<string, Case[]>(variants.map((v) => [v.name, []]));
  const docx: { file: string; variant: string; name: string; report: Report }[] = [];
  const pages: { html: string; variant: string; name: string; report: Report }[] = [];
  for (const [vi, v] of variants.entries())
    for (const [ri, [name, report]] of reports.entries()) {
      const source = await v.make(report);
      if (source.via === "libreoffice") {
        const file = join(dir, `v${vi}-r${ri}.docx`);
        writeFileSync(file, source.docx);
        docx.push({ file, variant: v.name, name, report });
      } else pages.push({ html: source.html, variant: v.name, name, report });
    }
  if (docx.length > 0) {
    const pdfs = await convertWithLibreOffice(
      docx.map((d) => d.file),
      "pdf",
      dir,
    );
    docx.forEach((d, i) =>
      out
        .get(d.variant)
        ?.push([d.name, d.report, { name: "年报.pdf", bytes: new Uint8Array(readFileSync(pdfs[i] ?? "")) }]),
    );
  }
  if (pages.length > 0) {
    const browser = await launchChromium();
    try {
      for (const p of pages) {
        const page = await browser.newPage();
        await page.setContent(p.html, { waitUntil: "load" });
        const bytes = new Uint8Array(await page.pdf({ preferCSSPageSize: true, format: "A4", printBackground: false }));
        await page.close();
        out.get(p.variant)?.push([p.name, p.report, { name: "年报.pdf", bytes }]);
      }
    } finally {
      await browser.close();
    }
  }
  return out;
}

/** The text a PDF viewer copies out of a PDF: `reading` order (by position) or the order the PDF `writes` it. */
export async function copiedText(bytes: Uint8Array, order: "reading" | "writes"): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-copied-"));
  const file = join(dir, "a.pdf");
  writeFileSync(file, bytes);
  const { stdout } = await run("pdftotext", [...(order === "writes" ? ["-raw"] : []), "-enc", "UTF-8", file, "-"], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}
