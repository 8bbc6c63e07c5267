/**
 * A real word processor for tests: LibreOffice headless converts files (DOCX → PDF, HTML → DOCX),
 * and pdftotext reads a PDF back. LibreOffice exits 0 even when it cannot load a file, so the
 * output file is checked, and .docx input is forced through the Word 2007 XML filter.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Converts every input file to `format` (e.g. `pdf`, `docx:"MS Word 2007 XML"`) in one LibreOffice
 * run; returns the output paths in input order. Throws naming the file that did not convert.
 */
export async function convertWithLibreOffice(
  inputs: readonly string[],
  format: string,
  outDir?: string,
): Promise<string[]> {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), "nianbao-lo-"));
  const profile = mkdtempSync(join(tmpdir(), "nianbao-lo-profile-"));
  const byFilter = new Map<string, string[]>();
  for (const f of inputs) {
    const filter =
      extname(f) === ".docx"
        ? "MS Word 2007 XML"
        : extname(f) === ".html" || extname(f) === ".htm"
          ? "HTML (StarWriter)"
          : "";
    byFilter.set(filter, [...(byFilter.get(filter) ?? []), f]);
  }
  for (const [filter, files] of byFilter) {
    const args = ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`];
    if (filter) args.push(`--infilter=${filter}`);
    args.push("--convert-to", format, "--outdir", dir, ...files);
    await run("soffice", args, { timeout: 180_000, maxBuffer: 16 * 1024 * 1024 });
  }
  const ext = format.split(":")[0] ?? format;
  return inputs.map((f) => {
    const out = join(dir, `${basename(f, extname(f))}.${ext}`);
    if (!existsSync(out) || statSync(out).size === 0) throw new Error(`LibreOffice could not convert ${f} to ${ext}`);
    return out;
  });
}

/** The text of a PDF, in reading order with layout kept (`pdftotext -layout`). */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** Number of pages of a PDF (`pdfinfo`). */
export async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [pdf]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

/** Each page of a PDF: its height and the bottom of its lowest word above `below` (points from the top), 0 when none. */
export async function pdfTextBottoms(pdf: string, below: number): Promise<{ height: number; textBottom: number }[]> {
  const { stdout } = await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 32 * 1024 * 1024 });
  return stdout
    .split("<page ")
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0);
      let textBottom = 0;
      for (const m of page.matchAll(/<word [^>]*yMax="([\d.]+)"/g)) {
        const y = Number(m[1]);
        if (y <= below && y > textBottom) textBottom = y;
      }
      return { height, textBottom };
    });
}
