/**
 * Edition `gb2019`: 国办公开办函〔2019〕60号, report years 2019 and 2020 (format.md §1).
 * Table 二 counts items (上一年项目数量, signed 本年增/减) and has 政府集中采购; table 三's （六） is one row.
 */
import { blocksTable, groupedTable } from "../define.ts";
import type { EditionDef, RelationInstance } from "../types.ts";
import { assembleEdition } from "./assemble.ts";
import { ACTIVE_HELP_2019, APPLY_HELP, REVIEW_HELP } from "./counting-help.ts";
import { applyAndReviewChart } from "./chart-parts.ts";
import { applyTable, HEADINGS, noRegulations, OPENING, REVIEW, SECTIONS, sharedRules } from "./shared-parts.ts";

const ITEMS_HEAD = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"];
const itemRow = (key: string, label: string) => ({
  label,
  values: [
    `active.${key}.prevItems`,
    { id: `active.${key}.delta`, kind: "signed" as const },
    `active.${key}.decisions`,
  ],
});

const active = blocksTable({
  id: "active",
  section: HEADINGS.active,
  gridCols: 4,
  colWidths: [34, 22, 22, 22],
  blocks: [
    {
      caption: "第二十条第（一）项",
      head: ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
      rows: [
        {
          label: "规章",
          values: ["active.regulations.made", "active.regulations.published", "active.regulations.publicTotal"],
        },
        {
          label: "规范性文件",
          values: ["active.normativeDocs.made", "active.normativeDocs.published", "active.normativeDocs.publicTotal"],
        },
      ],
    },
    {
      caption: "第二十条第（五）项",
      head: ITEMS_HEAD,
      rows: [itemRow("licensing", "行政许可"), itemRow("otherServices", "其他对外管理服务事项")],
    },
    {
      caption: "第二十条第（六）项",
      head: ITEMS_HEAD,
      rows: [itemRow("penalty", "行政处罚"), itemRow("compulsion", "行政强制")],
    },
    {
      caption: "第二十条第（八）项",
      head: ["信息内容", "上一年项目数量", "本年增/减", ""],
      rows: [
        {
          label: "行政事业性收费",
          values: ["active.fees.prevItems", { id: "active.fees.delta", kind: "signed" }, null],
        },
      ],
    },
    {
      caption: "第二十条第（九）项",
      head: ["信息内容", "采购项目数量", "采购总金额", ""],
      rows: [
        {
          label: "政府集中采购",
          values: [
            "active.procurement.items",
            { id: "active.procurement.amount", kind: "money", unitChoice: ["万元", "元"] },
            null,
          ],
        },
      ],
    },
  ],
});

const OTHER_ROWS = [{ id: "apply.result.other", labels: [], name: "其他处理" }];
const apply = applyTable(OTHER_ROWS);

const ITEMS = [
  ["licensing", "行政许可"],
  ["otherServices", "其他对外管理服务事项"],
  ["penalty", "行政处罚"],
  ["compulsion", "行政强制"],
  ["fees", "行政事业性收费"],
] as const;
const DOCS = [
  ["regulations", "规章"],
  ["normativeDocs", "规范性文件"],
] as const;

const itemsNotNegative: RelationInstance[] = ITEMS.map(([k, text]) => ({
  scope: `${text}（上一年项目数量 + 本年增/减 不得为负）`,
  termNames: "col",
  lhs: [],
  rhs: [{ cell: `active.${k}.prevItems` }, { cell: `active.${k}.delta` }],
}));

export const gb2019: EditionDef = assembleEdition({
  id: "gb2019",
  years: [2019, 2020],
  basis: "国办公开办函〔2019〕60号",
  opening: OPENING,
  sections: SECTIONS,
  built: [active, apply, groupedTable(REVIEW)],
  documents: {
    rows: [{ cells: "active.normativeDocs", name: "规范性文件" }],
    counts: [
      { col: "made", word: "新制作" },
      { col: "published", word: "新公开" },
      { col: "publicTotal", word: "对外公开总数量" },
    ],
    guidance: "政府信息管理：写明本年新制作、新公开的规范性文件件数，须与表二一致。",
  },
  countingHelp: [...ACTIVE_HELP_2019, ...APPLY_HELP, ...REVIEW_HELP],
  chart: {
    unit: "件",
    panels: [
      ...applyAndReviewChart(OTHER_ROWS),
      {
        kind: "bars",
        key: "documents",
        title: "主动公开规章和规范性文件",
        bars: [
          { key: "normativeDocs.published", label: "规范性文件·本年新公开", cells: ["active.normativeDocs.published"] },
          {
            key: "normativeDocs.publicTotal",
            label: "规范性文件·对外公开总数",
            cells: ["active.normativeDocs.publicTotal"],
          },
          { key: "regulations.published", label: "规章·本年新公开", cells: ["active.regulations.published"] },
          { key: "regulations.publicTotal", label: "规章·对外公开总数", cells: ["active.regulations.publicTotal"] },
        ],
      },
      {
        kind: "bars",
        key: "decisions",
        title: "主动公开的处理决定",
        bars: [
          { key: "licensing", label: "行政许可", cells: ["active.licensing.decisions"] },
          { key: "otherServices", label: "其他对外管理服务事项", cells: ["active.otherServices.decisions"] },
          { key: "penalty", label: "行政处罚", cells: ["active.penalty.decisions"] },
          { key: "compulsion", label: "行政强制", cells: ["active.compulsion.decisions"] },
        ],
      },
    ],
  },
  rules: [
    ...sharedRules(),
    {
      id: "R2'-01",
      severity: "W",
      title: "上一年项目数量 = 上年报告的上一年项目数量 + 上年本年增/减",
      kind: "equal",
      instances: ITEMS.map(([k, text]) => ({
        scope: text,
        termNames: "col" as const,
        lhs: [{ cell: `active.${k}.prevItems` }],
        rhs: [
          { cell: `active.${k}.prevItems`, prev: true },
          { cell: `active.${k}.delta`, prev: true },
        ],
      })),
    },
    {
      id: "R2'-02a",
      severity: "E",
      title: "主动公开各格为整数（本年增/减可为负），无则填 0",
      kind: "cell-values",
      tables: ["active"],
    },
    {
      id: "R2'-02b",
      severity: "E",
      title: "上一年项目数量加本年增/减不得为负",
      kind: "at-most",
      instances: itemsNotNegative,
    },
    {
      id: "R2'-03",
      severity: "W",
      title: "对外公开总数量不少于本年新公开数量",
      kind: "at-most",
      instances: DOCS.map(([k, text]) => ({
        scope: text,
        termNames: "col" as const,
        lhs: [{ cell: `active.${k}.published` }],
        rhs: [{ cell: `active.${k}.publicTotal` }],
      })),
    },
    {
      id: "R2'-04",
      severity: "I",
      title: "对外公开总数量约等于上年对外公开总数量加本年新公开数量",
      kind: "equal",
      instances: DOCS.map(([k, text]) => ({
        scope: text,
        termNames: "col" as const,
        lhs: [{ cell: `active.${k}.publicTotal` }],
        rhs: [{ cell: `active.${k}.publicTotal`, prev: true }, { cell: `active.${k}.published` }],
      })),
    },
    {
      id: "R2'-05",
      severity: "E",
      title: "采购总金额须注明单位（万元或元）",
      kind: "unit-required",
      cells: ["active.procurement.amount"],
    },
    noRegulations(["active.regulations.made", "active.regulations.published", "active.regulations.publicTotal"]),
  ],
});
