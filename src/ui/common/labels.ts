/** Chinese names for the model's codes, shown in the app. */
import { chineseDate } from "../../model/report.ts";

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

/** How the deadline reads: `距发布期限（2026年1月31日）还有 12 天` */
export function deadlineText(days: number, date: string): string {
  if (days > 0) return `距发布期限（${chineseDate(date)}）还有 ${days} 天`;
  if (days === 0) return `今天（${chineseDate(date)}）是发布期限`;
  return `已超过发布期限（${chineseDate(date)}）${-days} 天`;
}
