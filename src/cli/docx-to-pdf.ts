/**
 * A Word document → PDF by LibreOffice headless (a real component, not bundled: Debian's
 * `libreoffice-writer-nogui`). Each conversion runs in a temporary folder with a profile of its own,
 * so it neither meets a LibreOffice the clerk has open nor leaves anything behind. LibreOffice exits
 * 0 even when it cannot load a file, so the PDF itself is checked. The program is `soffice` on the
 * PATH, or the one `NIANBAO_SOFFICE` names.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";

export type PdfResult = { ok: true; pdf: Uint8Array } | { ok: false; reason: string };

export const LIBREOFFICE_MISSING =
  "未找到 LibreOffice（soffice），生成 PDF 需要它。请安装 Debian 软件包 libreoffice-writer-nogui（sudo apt-get install libreoffice-writer-nogui），或用环境变量 NIANBAO_SOFFICE 指明 soffice 的位置。";

/** a conversion that takes longer than this has hung */
const TIMEOUT_MS = 180_000;

function run(program: string, args: readonly string[]): Promise<{ missing: boolean; detail: string }> {
  return new Promise((done) => {
    execFile(program, args, { timeout: TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      done({ missing: code === "ENOENT" || code === "EACCES", detail: `${stderr}${stdout}`.trim() });
    });
  });
}

export async function docxToPdf(docx: Uint8Array): Promise<PdfResult> {
  const program = process.env.NIANBAO_SOFFICE || "soffice";
  const dir = await mkdtemp(join(tmpdir(), "nianbao-pdf-"));
  try {
    const input = join(dir, "report.docx");
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, "profile")).href;
    const { missing, detail } = await run(program, [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${profile}`,
      "--infilter=MS Word 2007 XML",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      input,
    ]);
    if (missing) return { ok: false, reason: LIBREOFFICE_MISSING };
    const pdf = await readFile(join(dir, "report.pdf")).catch(() => null);
    if (!pdf || pdf.length === 0 || pdf.subarray(0, 5).toString("latin1") !== "%PDF-")
      return {
        ok: false,
        reason: `LibreOffice 未能把 Word 文档转换为 PDF${detail ? `：${detail.slice(0, 300)}` : ""}`,
      };
    return { ok: true, pdf: new Uint8Array(pdf) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
