/**
 * Edition `gb2021`: 国办公开办函〔2021〕30号, report years 2021 onwards (format.md §2).
 * Table 二 counts documents issued/repealed/in force and decisions; table 三's （六） has three rows.
 */
import { blocksTable, groupedTable } from "../define.ts";
import type { EditionDef } from "../types.ts";
import { assembleEdition } from "./assemble.ts";
import { ACTIVE_HELP_2021, APPLY_HELP, REVIEW_HELP } from "./counting-help.ts";
import { applyAndReviewChart } from "./chart-parts.ts";
import { narrativeRules2021, PROCESSING_FEE } from "./narrative-rules.ts";
import { applyTable, HEADINGS, noRegulations, OPENING, REVIEW, SECTIONS, sharedRules } from "./shared-parts.ts";

const DECISIONS = { text: "本年处理决定数量", colspan: 3 } as const;

const active = blocksTable({
  id: "active",
  section: HEADINGS.active,
  gridCols: 4,
  colWidths: [34, 22, 22, 22],
  blocks: [
    {
      caption: "第二十条第（一）项",
      head: ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      rows: [
        {
          label: "规章",
          values: ["active.regulations.issued", "active.regulations.repealed", "active.regulations.valid"],
        },
        {
          label: "行政规范性文件",
          values: ["active.normativeDocs.issued", "active.normativeDocs.repealed", "active.normativeDocs.valid"],
        },
      ],
    },
    {
      caption: "第二十条第（五）项",
      head: ["信息内容", DECISIONS],
      rows: [{ label: "行政许可", values: [{ id: "active.licensing.decisions", colspan: 3 }] }],
    },
    {
      caption: "第二十条第（六）项",
      head: ["信息内容", DECISIONS],
      rows: [
        { label: "行政处罚", values: [{ id: "active.penalty.decisions", colspan: 3 }] },
        { label: "行政强制", values: [{ id: "active.compulsion.decisions", colspan: 3 }] },
      ],
    },
    {
      caption: "第二十条第（八）项",
      head: ["信息内容", { text: "本年收费金额（单位：万元）", colspan: 3 }],
      rows: [{ label: "行政事业性收费", values: [{ id: "active.fees.amountWan", colspan: 3, kind: "money" }] }],
    },
  ],
});

const OTHER_ROWS = [
  {
    id: "apply.result.other.noCorrection",
    labels: ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    name: "其他处理·逾期不补正",
  },
  {
    id: "apply.result.other.feeUnpaid",
    labels: ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
    name: "其他处理·逾期未缴费",
  },
  { id: "apply.result.other.misc", labels: ["3.其他"], name: "其他处理·其他" },
];
const apply = applyTable(OTHER_ROWS);

const DOCS = [
  ["regulations", "规章"],
  ["normativeDocs", "行政规范性文件"],
] as const;

export const gb2021: EditionDef = assembleEdition({
  id: "gb2021",
  years: [2021, null],
  basis: "国办公开办函〔2021〕30号",
  opening: OPENING,
  sections: SECTIONS,
  built: [active, apply, groupedTable(REVIEW)],
  documents: {
    rows: [
      { cells: "active.regulations", name: "规章", onlyWhenNonZero: true },
      { cells: "active.normativeDocs", name: "行政规范性文件" },
    ],
    counts: [
      { col: "issued", word: "制发" },
      { col: "repealed", word: "废止" },
      { col: "valid", word: "现行有效" },
    ],
    guidance:
      "政府信息管理：写明本年制发、废止和现行有效的规章、行政规范性文件件数，须与表二一致，并与同级司法行政部门核对。",
  },
  processingFee: PROCESSING_FEE,
  countingHelp: [...ACTIVE_HELP_2021, ...APPLY_HELP, ...REVIEW_HELP],
  chart: {
    unit: "件",
    panels: [
      ...applyAndReviewChart(OTHER_ROWS),
      {
        kind: "bars",
        key: "documents",
        title: "主动公开规章和行政规范性文件",
        bars: [
          { key: "normativeDocs.issued", label: "行政规范性文件·本年制发", cells: ["active.normativeDocs.issued"] },
          { key: "normativeDocs.valid", label: "行政规范性文件·现行有效", cells: ["active.normativeDocs.valid"] },
          { key: "regulations.issued", label: "规章·本年制发", cells: ["active.regulations.issued"] },
          { key: "regulations.valid", label: "规章·现行有效", cells: ["active.regulations.valid"] },
        ],
      },
      {
        kind: "bars",
        key: "decisions",
        title: "主动公开的处理决定",
        bars: [
          { key: "licensing", label: "行政许可", cells: ["active.licensing.decisions"] },
          { key: "penalty", label: "行政处罚", cells: ["active.penalty.decisions"] },
          { key: "compulsion", label: "行政强制", cells: ["active.compulsion.decisions"] },
        ],
      },
    ],
  },
  rules: [
    ...sharedRules(),
    {
      id: "R2-01",
      severity: "W",
      title: "现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数",
      kind: "equal",
      instances: DOCS.map(([k, text]) => ({
        scope: text,
        termNames: "col" as const,
        lhs: [{ cell: `active.${k}.valid` }],
        rhs: [
          { cell: `active.${k}.valid`, prev: true },
          { cell: `active.${k}.issued` },
          { cell: `active.${k}.repealed`, minus: true },
        ],
      })),
    },
    {
      id: "R2-02",
      severity: "W",
      title: "本年废止件数不超过上年现行有效件数与本年制发件数之和",
      kind: "at-most",
      instances: DOCS.map(([k, text]) => ({
        scope: text,
        termNames: "col" as const,
        lhs: [{ cell: `active.${k}.repealed` }],
        rhs: [{ cell: `active.${k}.valid`, prev: true }, { cell: `active.${k}.issued` }],
      })),
    },
    {
      id: "R2-03",
      severity: "E",
      title: "主动公开各格为非负数，件数为整数，无则填 0",
      kind: "cell-values",
      tables: ["active"],
    },
    noRegulations(["active.regulations.issued", "active.regulations.repealed", "active.regulations.valid"]),
    ...narrativeRules2021(),
  ],
});
