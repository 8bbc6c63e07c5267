/**
 * What the 审核 page saves, made in the browser like everything else on it: the workbook (exceljs
 * loaded only now), the area's sum as a report file, the review page (the same 审核结果.html the
 * command line writes) and a body's 审核意见.
 */
import { writeReviewNotes, type ReviewNotes } from "../../review/review-notes-file.ts";
import type { ReviewResult } from "../../review/review-types.ts";
import { reportFileText } from "../../store/index.ts";
import { download } from "../export/download.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const reviewTitle = (result: ReviewResult): string =>
  `${result.area ? `${result.area} ` : ""}${result.year ?? ""}年度政府信息公开工作年度报告审核结果`;

export async function downloadWorkbook(result: ReviewResult): Promise<void> {
  const { reviewWorkbook } = await import("../../review/review-workbook.ts");
  download("审核结果.xlsx", await reviewWorkbook(result, reviewTitle(result)), XLSX);
}

export function downloadAggregate(result: ReviewResult): void {
  if (result.aggregate)
    download(`汇总-${result.aggregate.year}.json`, reportFileText(result.aggregate.report), "application/json");
}

const stamp = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")} ${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;

export async function downloadPage(result: ReviewResult): Promise<void> {
  const [{ reviewPageHtml, scriptHash }, { default: script }] = await Promise.all([
    import("../../review/page/review-page.ts"),
    import("../../review/page/review-page.client.js?raw"),
  ]);
  const html = reviewPageHtml(result, { script, scriptHash: await scriptHash(script), made: stamp(new Date()) });
  download("审核结果.html", html, "text/html");
}

export function downloadNotes(notes: ReviewNotes, name: string): void {
  download(name, writeReviewNotes(notes), "application/json");
}
