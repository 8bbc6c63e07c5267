/**
 * `review` for a person: one line per report (可发布 / 须修改, the file, the body, the counts, the
 * import), its findings as `check` prints them, then what the look across bodies found, the
 * missing bodies, the files that could not be read, the area's sum (who went in, who not), the
 * files written, and a closing count.
 */
import { SEVERITY_LABEL } from "../model/report.ts";
import { bodyName } from "../review/body-match.ts";
import type { BodyResult, ReviewResult } from "../review/review-types.ts";
import { formatFinding } from "./check.ts";

const indent = (text: string) => `  ${text.replace(/\n/g, "\n  ")}`;

function bodyLines(b: BodyResult): string[] {
  const count = (s: string) => b.findings.filter((f) => f.severity === s).length;
  const imported =
    b.source === "json" ? "" : `  导入 ${b.import.placed} 格，空白 ${b.import.blank}，存疑 ${b.import.ambiguous}`;
  const previous =
    b.previous === undefined ? "" : "file" in b.previous ? `（已与上年报告 ${b.previous.file} 核对）` : "";
  const lines = [
    `${b.ok ? "可发布" : "须修改"}  ${b.file}  ${bodyName(b.org)} ${b.year} 年度  错误 ${count("E")} 警告 ${count("W")} 提示 ${count("I")}${imported}${previous}`,
    ...b.findings.map((f) => indent(formatFinding(f, b.edition))),
  ];
  if (b.previous && "note" in b.previous) lines.push(indent(b.previous.note));
  return lines;
}

export function reviewText(result: ReviewResult, written: readonly string[]): string {
  const lines: string[] = [];
  lines.push(
    `审核 ${result.area ? `${result.area} ` : ""}${result.year ?? ""}${result.year === null ? "" : " 年度"}：${result.bodies.length} 份报告${result.unreadable.length > 0 ? `，${result.unreadable.length} 个文件无法读取` : ""}`,
  );
  for (const b of result.bodies) lines.push(...bodyLines(b));
  if (result.crossBody.length > 0) {
    lines.push("跨机关核对：");
    for (const c of result.crossBody) lines.push(indent(`${SEVERITY_LABEL[c.severity]} ${c.rule} — ${c.message}`));
  }
  if (result.missing.length > 0)
    lines.push(`缺报（名单上有、没有 ${result.year ?? ""} 年度报告）：${result.missing.join("、")}`);
  if (result.unreadable.length > 0) {
    lines.push("无法读取：");
    for (const u of result.unreadable) lines.push(indent(`${u.file}：${u.reason}`));
  }
  if (result.previousUnreadable.length > 0) {
    lines.push("上年报告无法读取（这些机关未做跨年度核对）：");
    for (const u of result.previousUnreadable) lines.push(indent(`${u.file}：${u.reason}`));
  }
  const agg = result.aggregate;
  if (agg) {
    lines.push(
      `汇总：${agg.included.length} 个机关计入${agg.area ? ` ${agg.area}` : ""} ${agg.year} 年度的表格${agg.excluded.length > 0 ? `，${agg.excluded.length} 个未计入：` : ""}`,
    );
    for (const e of agg.excluded) lines.push(indent(`${e.org ? `${e.org}（${e.file}）` : e.file}：${e.reason}`));
    for (const n of agg.notes) lines.push(indent(n));
  }
  if (written.length > 0) lines.push(`已写入：${written.join("、")}`);
  const blocked = result.bodies.filter((b) => !b.ok).length;
  lines.push(
    `共 ${result.bodies.length} 份：可发布 ${result.bodies.length - blocked}，须修改 ${blocked}，无法读取 ${result.unreadable.length}，缺报 ${result.missing.length}，跨机关问题 ${result.crossBody.length}。`,
  );
  return `${lines.join("\n")}\n`;
}
