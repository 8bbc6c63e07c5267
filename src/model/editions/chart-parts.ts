/**
 * What the one-page graphic (一图读懂) of both editions draws from tables 三 and 四 (format.md §1.4,
 * §1.5): applications received, new and carried over; how they ended, by the outcome groups of
 * table 三 （一）–（六）, largest first, and what is carried into next year; the outcomes of
 * 行政复议 and 行政诉讼. Each figure is the 总计 column of its rows. An edition adds its table 二 panels.
 */
import type { ChartFigure, ChartPanelDef } from "../types.ts";
import { APPLY_ROWS_HEAD, DENIED, NOT_PROCESSED, UNABLE, type OtherRow } from "./shared-parts.ts";

const total = (row: string) => `${row}.total`;
const rowsUnder = (group: string) => APPLY_ROWS_HEAD.filter((r) => r.labels.includes(group)).map((r) => total(r.id));

/** Panels over table 三 and 四, given the edition's （六）其他处理 rows. */
export function applyAndReviewChart(otherRows: readonly OtherRow[]): ChartPanelDef[] {
  const outcomes: ChartFigure[] = [
    { key: "granted", label: "予以公开", cells: [total("apply.result.granted")] },
    { key: "partial", label: "部分公开", cells: [total("apply.result.partial")] },
    { key: "denied", label: "不予公开", cells: rowsUnder(DENIED) },
    { key: "unable", label: "无法提供", cells: rowsUnder(UNABLE) },
    { key: "notProcessed", label: "不予处理", cells: rowsUnder(NOT_PROCESSED) },
    { key: "other", label: "其他处理", cells: otherRows.map((r) => total(r.id)) },
  ];
  const review = (group: string) => ["upheld", "corrected", "other", "pending"].map((c) => `review.${group}.${c}`);
  return [
    {
      kind: "parts",
      key: "received",
      title: "收到政府信息公开申请",
      whole: "收到申请",
      parts: [
        { key: "new", label: "本年新收", cells: [total("apply.newReceived")] },
        { key: "carried", label: "上年结转", cells: [total("apply.carriedOver")] },
      ],
    },
    {
      kind: "bars",
      key: "outcomes",
      title: "申请办理结果",
      bars: outcomes,
      largestFirst: true,
      after: [{ key: "carryForward", label: "结转下年度继续办理", cells: [total("apply.carryForward")] }],
    },
    {
      kind: "groups",
      key: "review",
      title: "行政复议、行政诉讼",
      outcomes: ["结果维持", "结果纠正", "其他结果", "尚未审结"],
      groups: [
        { key: "adminReview", label: "行政复议", cells: review("adminReview") },
        { key: "suitDirect", label: "行政诉讼（未经复议直接起诉）", cells: review("suitDirect") },
        { key: "suitAfterReview", label: "行政诉讼（复议后起诉）", cells: review("suitAfterReview") },
      ],
      none: "本年没有因政府信息公开引起的行政复议、行政诉讼",
    },
  ];
}
