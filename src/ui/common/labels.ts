/** Chinese names for the model's codes, shown in the app. */
import { chineseDate, daysUntilDeadline, deadlineDate, publishedOnTime } from "../../model/report.ts";
import type { Report } from "../../model/types.ts";

export { ORG_KIND_LABEL, SEVERITY_LABEL } from "../../model/report.ts";

/** Local date `YYYY-MM-DD` (for deadlines, not UTC). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** `1月5日 14:03` for a saved-at time */
export function shortTime(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, "0");
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`;
  if (d.toDateString() === now.toDateString()) return `今天 ${time}`;
  const day = `${d.getMonth() + 1}月${d.getDate()}日`;
  return d.getFullYear() === now.getFullYear() ? `${day} ${time}` : `${d.getFullYear()}年${day} ${time}`;
}

/**
 * Where a report stands with its deadline: once its 发布日期 is set, whether that is on time (no
 * count of days from today: a report published on time stays on time); before, the days left.
 */
export function deadlineStatus(
  report: Pick<Report, "year" | "publication">,
  today: string,
): { text: string; tone: "ok" | "near" | "late" | "" } {
  const due = deadlineDate(report);
  const onTime = publishedOnTime(report);
  if (onTime !== null) {
    const published = chineseDate(report.publication.date);
    if (onTime) return { text: `已按期发布（${published}，期限 ${chineseDate(due)}）`, tone: "ok" };
    const late = -daysUntilDeadline(report, report.publication.date);
    return { text: `发布日期（${published}）晚于发布期限（${chineseDate(due)}）${late} 天`, tone: "late" };
  }
  const days = daysUntilDeadline(report, today);
  return { text: deadlineText(days, due), tone: days < 0 ? "late" : days <= 7 ? "near" : "" };
}

/** How the deadline reads: `距发布期限（2026年1月31日）还有 12 天` */
export function deadlineText(days: number, date: string): string {
  if (days > 0) return `距发布期限（${chineseDate(date)}）还有 ${days} 天`;
  if (days === 0) return `今天（${chineseDate(date)}）是发布期限`;
  return `已超过发布期限（${chineseDate(date)}）${-days} 天`;
}
