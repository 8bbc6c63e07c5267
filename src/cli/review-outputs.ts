/**
 * What `review --out` writes, made before anything is written: 审核结果.html (the page, with its
 * script read from beside the page module and allowed by its hash), 审核结果.xlsx and, when any
 * report could be read, the area's sum as a report file, 汇总-<year>.json.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeReportFile } from "../import/report-file.ts";
import { reviewPageHtml, scriptHash } from "../review/page/review-page.ts";
import type { ReviewResult } from "../review/review-types.ts";
import { reviewWorkbook } from "../review/review-workbook.ts";
import type { Output } from "./safe-write.ts";

const SCRIPT = new URL("../review/page/review-page.client.js", import.meta.url);

/** The three outputs in the folder (the sum named by its year once it is known). */
export function outputPaths(outDir: string, year: number | null): string[] {
  return [join(outDir, "审核结果.html"), join(outDir, "审核结果.xlsx"), join(outDir, `汇总-${year ?? "年度"}.json`)];
}

const stamp = (d: Date) => {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

export async function reviewOutputs(result: ReviewResult, outDir: string, now = new Date()): Promise<Output[]> {
  const [htmlPath, xlsxPath, sumPath] = outputPaths(outDir, result.year) as [string, string, string];
  const script = await readFile(SCRIPT, "utf8");
  const title = `${result.area ? `${result.area} ` : ""}${result.year ?? ""}年度政府信息公开工作年度报告审核结果`;
  const outputs: Output[] = [
    {
      path: htmlPath,
      data: reviewPageHtml(result, { script, scriptHash: await scriptHash(script), made: stamp(now) }),
    },
    { path: xlsxPath, data: await reviewWorkbook(result, title) },
  ];
  if (result.aggregate) outputs.push({ path: sumPath, data: writeReportFile(result.aggregate.report) });
  return outputs;
}
