/**
 * `render <report.json> [--docx out.docx] [--html out.html] [--pdf out.pdf] [--draft] [--prev last.json]`:
 * writes the Word document, the web page and/or the PDF (the Word document converted by
 * LibreOffice, `docx-to-pdf.ts`), in any combination: all the files asked for, or none. A final is
 * refused while the report has an error or an unexplained warning (listed as `check` lists them; no
 * file is written); `--draft` always renders, marked 草稿. Exit 0 on success, 1 when the final is
 * refused, 2 when a file cannot be read, made or written (LibreOffice missing for `--pdf` included).
 */
import { rm, writeFile } from "node:fs/promises";
import process from "node:process";
import { renderReportDocx } from "../render/docx/index.ts";
import { finalOutputBlockers } from "../render/final-output.ts";
import { renderReportHtml } from "../render/html/render-html.ts";
import { parseArgs } from "./args.ts";
import { formatFinding } from "./check.ts";
import { docxToPdf } from "./docx-to-pdf.ts";
import { loadWithPrev } from "./read-report.ts";
import { writeReportFile } from "../import/report-file.ts";

const USAGE =
  "用法：render <report.json> [--docx <输出.docx>] [--html <输出.html>] [--pdf <输出.pdf>] [--draft] [--prev <上年报告.json>]";

export async function runRender(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["--docx", "--html", "--pdf", "--prev"], ["--draft"]);
  const fail = (reason: string) => {
    process.stderr.write(`${reason}\n`);
    return 2;
  };
  const path = parsed.positional[0];
  const docxPath = parsed.options.get("--docx");
  const htmlPath = parsed.options.get("--html");
  const pdfPath = parsed.options.get("--pdf");
  if (parsed.errors.length > 0 || !path || parsed.positional.length > 1)
    return fail([...parsed.errors, USAGE].join("\n"));
  if (!docxPath && !htmlPath && !pdfPath)
    return fail(`请用 --docx 或 --html 指定要生成的文件，或用 --pdf 生成 PDF\n${USAGE}`);

  const loaded = await loadWithPrev(path, parsed.options.get("--prev"));
  if (!loaded.ok) return fail(loaded.reason);

  const draft = parsed.flags.has("--draft");
  if (!draft) {
    const blockers = finalOutputBlockers(loaded.report, loaded.options);
    if (blockers.length > 0) {
      const lines = blockers.map((f) => formatFinding(f, loaded.report.edition));
      lines.push(
        `不能生成最终版：${blockers.length} 项须先处理（错误须改正，警告须改正或写明原因）。未写入任何文件。加 --draft 可生成标明“草稿”的稿件。`,
      );
      process.stdout.write(`${lines.join("\n")}\n`);
      return 1;
    }
  }

  // every file is made before any is written
  const outputs: [string, string | Uint8Array][] = [];
  const docx = docxPath || pdfPath ? await renderReportDocx(loaded.report, { draft }) : null;
  if (docxPath && docx) outputs.push([docxPath, docx]);
  if (htmlPath) outputs.push([htmlPath, renderReportHtml(loaded.report, { draft, reportFile: writeReportFile })]);
  if (pdfPath && docx) {
    const pdf = await docxToPdf(docx);
    if (!pdf.ok) return fail(`${pdf.reason}\n未写入任何文件。`);
    outputs.push([pdfPath, pdf.pdf]);
  }
  // all or nothing: when one file cannot be written, the ones already written are taken back
  const written: string[] = [];
  for (const [out, data] of outputs) {
    try {
      await writeFile(out, data);
      written.push(out);
    } catch (e) {
      await Promise.all(written.map((w) => rm(w, { force: true })));
      const undone = written.length > 0 ? `（已撤回先写入的 ${written.join("、")}）` : "";
      return fail(`无法写入 ${out}：${(e as NodeJS.ErrnoException).code ?? String(e)}${undone}`);
    }
  }
  process.stdout.write(`${outputs.map(([out]) => `已生成${draft ? "草稿" : "最终版"}：${out}`).join("\n")}\n`);
  return 0;
}
