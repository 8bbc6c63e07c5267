/**
 * What the review page's script reads (its data block): per edition the tables' layout — each
 * grid cell a label, a value (an index into the edition's cell list) or an empty cell, with its
 * spans — and per row what a click shows: the body's details, its findings, the findings across
 * bodies that name it, and its cells' printed values in the edition's order. Built from the same
 * view as the published page, so the tables are the official ones.
 */
import { computeReport } from "../../model/compute.ts";
import { cellIndex, getEdition } from "../../model/editions/index.ts";
import { newReport } from "../../model/report.ts";
import type { EditionDef, Report } from "../../model/types.ts";
import { formatCell } from "../../render/format-number.ts";
import { buildViewModel, type RowView } from "../../render/view-model.ts";
import { crossBodyOf, findingRow, reviewRows, type ReviewRow } from "../review-rows.ts";
import type { BodyResult, ReviewResult } from "../review-types.ts";

/** A grid cell: kind (l label, v value, e empty), text or value index, rowspan, colspan, header scope. */
export type LayoutCell = readonly ["l", string, number, number, string] | readonly ["v" | "e", number, number, number];

export interface TableLayout {
  readonly heading: string;
  readonly head: readonly (readonly LayoutCell[])[];
  readonly body: readonly (readonly LayoutCell[])[];
}

export interface EditionLayout {
  readonly ids: readonly string[];
  readonly tables: readonly TableLayout[];
}

export interface PageRow {
  readonly title: string;
  readonly edition: string;
  readonly info: readonly (readonly [string, string])[];
  /** rule, severity label, severity, where, expected, actual, message */
  readonly findings: readonly (readonly [string, string, string, string, string, string, string])[];
  readonly cross: readonly string[];
  readonly values: readonly string[];
}

export interface PageData {
  readonly layouts: Readonly<Record<string, EditionLayout>>;
  readonly rows: readonly PageRow[];
}

export function layoutOf(edition: EditionDef): EditionLayout {
  const ids = edition.cells.map((c) => c.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const view = buildViewModel(newReport(edition.years[0]), { draft: false });
  const row = (r: RowView): LayoutCell[] =>
    r.cells.map((c): LayoutCell =>
      c.kind === "label"
        ? ["l", c.text, c.rowspan, c.colspan, c.scope ?? ""]
        : [c.kind === "value" ? "v" : "e", c.id === null ? -1 : (position.get(c.id) ?? -1), c.rowspan, c.colspan],
    );
  const tables = view.sections.flatMap((s) =>
    s.table ? [{ heading: s.heading, head: s.table.head.map(row), body: s.table.body.map(row) }] : [],
  );
  return { ids, tables };
}

/** Every cell's printed value (entered, or the computed total), in the edition's cell order. */
export function cellTexts(edition: EditionDef, report: Pick<Report, "cells" | "units">): string[] {
  const value = computeReport(edition, report).value;
  const index = cellIndex(edition);
  return edition.cells.map((c) => {
    const v = value[c.id];
    return v === null || v === undefined ? "" : formatCell(v, index.get(c.id), report.units?.[c.id]);
  });
}

function info(row: ReviewRow, body: BodyResult | undefined): [string, string][] {
  if (!body)
    return [
      ["文件", row.file || "（无）"],
      ["说明", row.reason],
    ];
  const previous = body.previous;
  return [
    ["文件", body.file],
    ["机关类型", row.orgKind],
    ["表格版本", body.edition],
    ["发布", row.published],
    ["导入", row.imported],
    [
      "跨年度核对",
      previous === undefined
        ? "未提供上年报告"
        : "file" in previous
          ? `与 ${previous.file} 核对：${row.crossYearText}`
          : previous.note,
    ],
  ];
}

export function pageData(result: ReviewResult): PageData {
  const layouts: Record<string, EditionLayout> = {};
  const rows = reviewRows(result).map((row): PageRow => {
    const body = row.body;
    const edition = body ? getEdition(body.edition) : undefined;
    if (edition && !layouts[edition.id]) layouts[edition.id] = layoutOf(edition);
    return {
      title: body ? body.title : row.org || row.file,
      edition: edition?.id ?? "",
      info: info(row, body),
      findings: (body?.findings ?? []).map((f) => {
        const r = findingRow(f, body?.edition ?? "");
        return [r.rule, r.severityText, r.severity, r.where, r.expected, r.actual, r.message] as const;
      }),
      cross: row.file ? crossBodyOf(result, row.file).map((c) => `${c.rule}：${c.message}`) : [],
      values: body && edition ? cellTexts(edition, body) : [],
    };
  });
  return { layouts, rows };
}
