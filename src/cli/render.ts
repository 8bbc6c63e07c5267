/**
 * `render <report.json> [--docx out.docx] [--html out.html] [--draft] [--prev last.json]`:
 * writes the Word document and/or the web page. A final is refused while the report has an error
 * or an unexplained warning (listed as `check` lists them; no file is written); `--draft` always
 * renders, marked 草稿. Exit 0 on success, 1 when the final is refused, 2 when a file cannot be
 * read or written.
 */
import { rm, writeFile } from "node:fs/promises";
import process from "node:process";
import { renderReportDocx } from "../render/docx/index.ts";
import { finalOutputBlockers } from "../render/final-output.ts";
import { renderReportHtml } from "../render/html/render-html.ts";
import { parseArgs } from "./args.ts";
import { formatFinding } from "./check.ts";
import { loadWithPrev } from "./read-report.ts";

const USAGE = "用法：render <report.json> [--docx <输出.docx>] [--html <输出.html>] [--draft] [--prev <上年报告.json>]";

export async function runRender(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["--docx", "--html", "--prev"], ["--draft"]);
  const fail = (reason: string) => {
    process.stderr.write(`${reason}\n`);
    return 2;
  };
  const path = parsed.positional[0];
  const docxPath = parsed.options.get("--docx");
  const htmlPath = parsed.options.get("--html");
  if (parsed.errors.length > 0 || !path || parsed.positional.length > 1)
    return fail([...parsed.errors, USAGE].join("\n"));
  if (!docxPath && !htmlPath) return fail(`请用 --docx 或 --html 指定要生成的文件\n${USAGE}`);

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

  const outputs: [string, string | Uint8Array][] = [];
  if (docxPath) outputs.push([docxPath, await renderReportDocx(loaded.report, { draft })]);
  if (htmlPath) outputs.push([htmlPath, renderReportHtml(loaded.report, { draft })]);
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
