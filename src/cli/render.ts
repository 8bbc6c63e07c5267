/**
 * `render <report.json> [--docx out.docx] [--html out.html] [--pdf out.pdf] [--chart out.svg] [--draft] [--prev last.json] [--force]`:
 * writes the Word document, the web page, the PDF (the Word document converted by LibreOffice,
 * `docx-to-pdf.ts`) and/or the one-page graphic 一图读懂 as SVG (beside last year's figures with
 * `--prev`), in any combination: all the files asked for, or none, through the
 * safe writer (`safe-write.ts`: never onto the report or `--prev`, no two outputs on one file, an
 * existing file only with `--force`, a replaced file kept until its replacement is whole). The
 * outputs are checked before anything is rendered. A final is refused while the report has an
 * error or an unexplained warning (listed as `check` lists them; no file is written); `--draft`
 * always renders, marked 草稿. Exit 0 on success, 1 when the final is refused, 2 when a file cannot
 * be read, made or written (LibreOffice missing for `--pdf` included).
 */
import process from "node:process";
import { lastYearOf } from "../model/report.ts";
import type { Report } from "../model/types.ts";
import type { CheckOptions } from "../rules/context.ts";
import { renderReportDocx } from "../render/docx/index.ts";
import { finalOutputBlockers } from "../render/final-output.ts";
import { chartSvgFile, reportChart } from "../render/chart/index.ts";
import { renderReportHtml } from "../render/html/render-html.ts";
import { parseArgs } from "./args.ts";
import { formatFinding } from "./check.ts";
import { docxToPdf } from "./docx-to-pdf.ts";
import { formatNotes, loadWithPrev } from "./read-report.ts";
import { checkOutputs, writeOutputs, type Output } from "./safe-write.ts";
import { writeReportFile } from "../import/report-file.ts";

const USAGE =
  "用法：render <report.json> [--docx <输出.docx>] [--html <输出.html>] [--pdf <输出.pdf>] [--chart <一图读懂.svg>] [--draft] [--prev <上年报告.json>] [--force]";

/** The report with `--prev`'s figures as its last year's (the graphic draws them beside this year's), unless it has its own. */
function withLastYear(loaded: { report: Report; options: CheckOptions }): Report {
  const prev = loaded.options.prev;
  if (!prev || loaded.report.previous) return loaded.report;
  return { ...loaded.report, previous: lastYearOf(prev) };
}

export async function runRender(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["--docx", "--html", "--pdf", "--chart", "--prev"], ["--draft", "--force"]);
  const fail = (reason: string) => {
    process.stderr.write(`${reason}\n`);
    return 2;
  };
  const path = parsed.positional[0];
  const docxPath = parsed.options.get("--docx");
  const htmlPath = parsed.options.get("--html");
  const pdfPath = parsed.options.get("--pdf");
  const chartPath = parsed.options.get("--chart");
  if (parsed.errors.length > 0 || !path || parsed.positional.length > 1)
    return fail([...parsed.errors, USAGE].join("\n"));
  if (!docxPath && !htmlPath && !pdfPath && !chartPath)
    return fail(`请用 --docx 或 --html 指定要生成的文件，或用 --pdf 生成 PDF、--chart 生成一图读懂\n${USAGE}`);

  const loaded = await loadWithPrev(path, parsed.options.get("--prev"));
  if (!loaded.ok) return fail(loaded.reason);
  process.stderr.write(formatNotes(loaded.notes));
  const writing = { force: parsed.flags.has("--force"), inputs: loaded.inputs };
  const targets = [docxPath, htmlPath, pdfPath, chartPath].filter((p): p is string => p !== undefined);
  const refused = await checkOutputs(targets, writing);
  if (refused !== null) return fail(refused);

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
  const outputs: Output[] = [];
  const docx = docxPath || pdfPath ? await renderReportDocx(loaded.report, { draft }) : null;
  if (docxPath && docx) outputs.push({ path: docxPath, data: docx });
  if (htmlPath)
    outputs.push({ path: htmlPath, data: renderReportHtml(loaded.report, { draft, reportFile: writeReportFile }) });
  if (chartPath) outputs.push({ path: chartPath, data: chartSvgFile(reportChart(withLastYear(loaded), { draft })) });
  if (pdfPath && docx) {
    const pdf = await docxToPdf(docx);
    if (!pdf.ok) return fail(`${pdf.reason}\n未写入任何文件。`);
    outputs.push({ path: pdfPath, data: pdf.pdf });
  }
  const written = await writeOutputs(outputs, writing);
  if (!written.ok) return fail(written.reason);
  process.stdout.write(`${written.written.map((out) => `已生成${draft ? "草稿" : "最终版"}：${out}`).join("\n")}\n`);
  return 0;
}
