/**
 * 审核结果.xlsx, written by exceljs (a well-kept library whose files Excel and WPS open; loaded only
 * when a workbook is asked for — in the app, on the download): a sheet with a row per body (status,
 * counts, publication, copied text, cross-year mismatches, import, then every cell of its tables as
 * a number), a sheet of all findings (each body's and those across bodies), the area's sum cell by
 * cell, and which bodies went into it. Numbers are numbers, never text, so the sheet adds them up.
 */
import { computeReport } from "../model/compute.ts";
import { getEdition } from "../model/editions/index.ts";
import { SEVERITY_LABEL } from "../model/report.ts";
import type { EditionDef } from "../model/types.ts";
import { bodyName } from "./body-match.ts";
import { LABEL_UNIT } from "./exact-sum.ts";
import { findingRow, reviewRows } from "./review-rows.ts";
import type { ReviewResult } from "./review-types.ts";

type Cell = string | number | null;

/** A sheet as data: its name, column headers with widths, and rows. */
export interface SheetData {
  readonly name: string;
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  readonly rows: readonly (readonly Cell[])[];
}

const SUMMARY_COLUMNS = [
  ["机关", 26],
  ["类型", 16],
  ["状态", 9],
  ["错误", 6],
  ["警告", 6],
  ["提示", 6],
  ["发布", 22],
  ["雷同", 24],
  ["跨年度", 10],
  ["导入", 18],
  ["文件", 40],
] as const;

/** The edition of the year under review (its cells are the columns of the bodies' figures). */
const editionOf = (result: ReviewResult): EditionDef | undefined =>
  getEdition(result.aggregate?.edition ?? result.bodies[0]?.edition ?? "");

export function workbookSheets(result: ReviewResult): SheetData[] {
  const edition = editionOf(result);
  const cells = edition?.cells ?? [];
  const bodies: SheetData = {
    name: "各机关",
    columns: [
      ...SUMMARY_COLUMNS.map(([header, width]) => ({ header, width })),
      ...cells.map((c) => ({ header: c.name, width: 12 })),
    ],
    rows: reviewRows(result).map((r) => {
      const b = r.body;
      const value = b && edition && b.edition === edition.id ? computeReport(edition, b).value : {};
      return [
        r.org || r.file,
        r.orgKind,
        r.status,
        r.counts.E,
        r.counts.W,
        r.counts.I,
        r.published,
        r.copied,
        r.crossYearText,
        r.imported || r.reason,
        r.shown,
        ...cells.map((c) => value[c.id] ?? null),
      ];
    }),
  };
  const findings: SheetData = {
    name: "问题",
    columns: [
      { header: "机关", width: 26 },
      { header: "规则", width: 9 },
      { header: "严重程度", width: 9 },
      { header: "位置", width: 40 },
      { header: "应为", width: 12 },
      { header: "实为", width: 12 },
      { header: "说明", width: 80 },
      { header: "文件", width: 40 },
    ],
    rows: [
      ...result.bodies.flatMap((b) =>
        b.findings.map((f) => {
          const row = findingRow(f, b.edition);
          return [
            bodyName(b.org),
            row.rule,
            row.severityText,
            row.where,
            row.expected,
            row.actual,
            row.message,
            b.file,
          ];
        }),
      ),
      ...result.crossBody.map((c) => [
        c.orgs.join("、"),
        c.rule,
        SEVERITY_LABEL[c.severity],
        "跨机关",
        "",
        "",
        c.message,
        c.files.join("、"),
      ]),
    ],
  };
  const agg = result.aggregate;
  const aggEdition = agg ? getEdition(agg.edition) : undefined;
  // the aggregate's values (its totals included), computed once for every row of the sheet
  const totals: Readonly<Record<string, number | null>> =
    agg && aggEdition ? computeReport(aggEdition, agg.report).value : {};
  const sum: SheetData = {
    name: "汇总",
    columns: [
      { header: "表格", width: 30 },
      { header: "行", width: 40 },
      { header: "列", width: 18 },
      { header: "合计", width: 14 },
      { header: "单位", width: 8 },
      { header: "单元格编号", width: 36 },
    ],
    rows: (aggEdition?.cells ?? []).map((c) => {
      const section = edition?.sections.find((s) => s.table === c.table)?.heading ?? c.table;
      const total = totals[c.id];
      return [
        section,
        c.rowLabel,
        c.colLabel,
        total ?? null,
        agg?.units[c.id] ?? (c.kind === "money" && !c.unitChoice ? LABEL_UNIT : ""),
        c.id,
      ];
    }),
  };
  const scope: SheetData = {
    name: "汇总范围",
    columns: [
      { header: "机关", width: 26 },
      { header: "是否计入", width: 10 },
      { header: "原因", width: 70 },
      { header: "文件", width: 40 },
    ],
    rows: agg
      ? [
          ...agg.included.map((b) => [b.org, "计入", "", b.file]),
          ...agg.excluded.map((e) => [e.org, "未计入", e.reason, e.file]),
        ]
      : [],
  };
  return [bodies, findings, sum, scope];
}

/** The workbook's bytes (.xlsx). */
export async function reviewWorkbook(result: ReviewResult, title: string): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  book.creator = "nianbao";
  book.title = title;
  for (const data of workbookSheets(result)) {
    const sheet = book.addWorksheet(data.name, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
    sheet.columns = data.columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { vertical: "middle", wrapText: true };
    for (const row of data.rows) sheet.addRow([...row]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
