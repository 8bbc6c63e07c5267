/**
 * The columns of the 审核 page's table of bodies (the same as the review page's and the workbook's),
 * each with its sort key, and the filters by status: the rows shown, in order.
 */
import type { ReviewRow } from "../../review/review-rows.ts";

export interface Column {
  readonly label: string;
  readonly key: (r: ReviewRow) => string | number;
}

export const COLUMNS: readonly Column[] = [
  { label: "机关", key: (r) => r.org || r.shown },
  { label: "类型", key: (r) => r.orgKind },
  { label: "状态", key: (r) => r.status },
  { label: "错误", key: (r) => r.counts.E },
  { label: "警告", key: (r) => r.counts.W },
  { label: "提示", key: (r) => r.counts.I },
  { label: "发布", key: (r) => r.daysLate },
  { label: "雷同", key: (r) => r.copied },
  { label: "跨年度", key: (r) => r.crossYear ?? -1 },
  { label: "导入", key: (r) => r.imported },
  { label: "文件", key: (r) => r.shown },
];

export const STATUS_FILTERS: readonly (readonly [string, string, (r: ReviewRow) => boolean])[] = [
  ["", "全部", () => true],
  ["须修改", "须修改", (r) => r.status === "须修改"],
  ["可发布", "可发布", (r) => r.status === "可发布"],
  ["无法读取", "无法读取", (r) => r.status === "无法读取"],
  ["缺报", "缺报", (r) => r.status === "缺报"],
  ["copied", "有雷同", (r) => r.copied !== ""],
  ["late", "逾期发布", (r) => r.daysLate > 0],
  ["crossYear", "跨年度不符", (r) => (r.crossYear ?? 0) > 0],
];

export interface Sort {
  readonly column: number;
  readonly ascending: boolean;
}

export function shownRows(rows: readonly ReviewRow[], text: string, status: string, sort: Sort | null): ReviewRow[] {
  const q = text.trim().toLowerCase();
  const keep = STATUS_FILTERS.find(([v]) => v === status)?.[2] ?? (() => true);
  const out = rows.filter(
    (r) => keep(r) && (q === "" || `${r.org} ${r.shown.replace(/^.*[\\/]/, "")}`.toLowerCase().includes(q)),
  );
  const column = sort ? COLUMNS[sort.column] : undefined;
  if (!sort || !column) return out;
  return out.sort((a, b) => {
    const x = column.key(a);
    const y = column.key(b);
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh-CN");
    return sort.ascending ? c : -c;
  });
}
