/**
 * Parts of the official format that both editions share word for word (format.md §0.1, §1.4, §1.5):
 * the opening text's name, the six section headings, table 三 (all but its （六） rows), table 四,
 * and the rules over them. An edition file composes these with its own parts.
 */
import { matrixTable, type Built, type GroupedDecl, type MatrixRowDecl } from "../define.ts";
import type { OpeningDef, RuleDef, SectionDef, TableHint } from "../types.ts";
import { narrativeRules } from "./narrative-rules.ts";

export const OPENING: OpeningDef = { name: "报告开头" };

export const HEADINGS = {
  overview: "一、总体情况",
  active: "二、主动公开政府信息情况",
  apply: "三、收到和处理政府信息公开申请情况",
  review: "四、政府信息公开行政复议、行政诉讼情况",
  problems: "五、存在的主要问题及改进情况",
  other: "六、其他需要报告的事项",
} as const;

/** The six sections; `words` name each as clerks write it (the official text and the variants of format.md §0.1). */
export const SECTIONS: readonly SectionDef[] = [
  { number: 1, heading: HEADINGS.overview, words: "总体情况", narrative: "overview" },
  { number: 2, heading: HEADINGS.active, words: "主动公开政府信息", table: "active" },
  { number: 3, heading: HEADINGS.apply, words: "收到和处理政府信息公开申请", table: "apply" },
  { number: 4, heading: HEADINGS.review, words: "行政复议、(?:提起)?行政诉讼", table: "review" },
  { number: 5, heading: HEADINGS.problems, words: "存在的主要问题", narrative: "problems" },
  { number: 6, heading: HEADINGS.other, words: "其他需要报告的事项", narrative: "other" },
];

/** R3-07: each application has exactly one outcome; the figures cannot show a double count. */
const APPLY_HINTS: readonly TableHint[] = [
  {
    rule: "R3-07",
    text: "每件申请只计入一种办理结果：部分公开的（区分处理的）只计入“（二）部分公开”，不再计入不予公开或其他情形。这一点无法从数字核对。",
  },
];

const APPLY_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const APPLY_COLS = [
  ["natural", "自然人"],
  ["commercial", "商业企业"],
  ["research", "科研机构"],
  ["publicWelfare", "社会公益组织"],
  ["legalService", "法律服务机构"],
  ["otherOrg", "其他"],
  ["total", "总计"],
] as const;

const R = "三、本年度办理结果";
export const DENIED = "（三）不予公开";
export const UNABLE = "（四）无法提供";
export const NOT_PROCESSED = "（五）不予处理";
const OTHER = "（六）其他处理";

/** table 三 rows before （六）其他处理 */
export const APPLY_ROWS_HEAD: readonly MatrixRowDecl[] = [
  { id: "apply.newReceived", labels: ["一、本年新收政府信息公开申请数量"], name: "本年新收" },
  { id: "apply.carriedOver", labels: ["二、上年结转政府信息公开申请数量"], name: "上年结转" },
  { id: "apply.result.granted", labels: [R, "（一）予以公开"], name: "予以公开" },
  {
    id: "apply.result.partial",
    labels: [R, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
    name: "部分公开",
  },
  { id: "apply.result.denied.stateSecret", labels: [R, DENIED, "1.属于国家秘密"], name: "不予公开·属于国家秘密" },
  {
    id: "apply.result.denied.lawProhibited",
    labels: [R, DENIED, "2.其他法律行政法规禁止公开"],
    name: "不予公开·其他法律行政法规禁止公开",
  },
  {
    id: "apply.result.denied.threeSecurity",
    labels: [R, DENIED, "3.危及“三安全一稳定”"],
    name: "不予公开·危及“三安全一稳定”",
  },
  {
    id: "apply.result.denied.thirdParty",
    labels: [R, DENIED, "4.保护第三方合法权益"],
    name: "不予公开·保护第三方合法权益",
  },
  {
    id: "apply.result.denied.internal",
    labels: [R, DENIED, "5.属于三类内部事务信息"],
    name: "不予公开·属于三类内部事务信息",
  },
  {
    id: "apply.result.denied.process",
    labels: [R, DENIED, "6.属于四类过程性信息"],
    name: "不予公开·属于四类过程性信息",
  },
  {
    id: "apply.result.denied.enforcementFile",
    labels: [R, DENIED, "7.属于行政执法案卷"],
    name: "不予公开·属于行政执法案卷",
  },
  {
    id: "apply.result.denied.adminQuery",
    labels: [R, DENIED, "8.属于行政查询事项"],
    name: "不予公开·属于行政查询事项",
  },
  {
    id: "apply.result.unable.notHeld",
    labels: [R, UNABLE, "1.本机关不掌握相关政府信息"],
    name: "无法提供·本机关不掌握相关政府信息",
  },
  {
    id: "apply.result.unable.needCreate",
    labels: [R, UNABLE, "2.没有现成信息需要另行制作"],
    name: "无法提供·没有现成信息需要另行制作",
  },
  {
    id: "apply.result.unable.stillUnclear",
    labels: [R, UNABLE, "3.补正后申请内容仍不明确"],
    name: "无法提供·补正后申请内容仍不明确",
  },
  {
    id: "apply.result.notProcessed.petition",
    labels: [R, NOT_PROCESSED, "1.信访举报投诉类申请"],
    name: "不予处理·信访举报投诉类申请",
  },
  { id: "apply.result.notProcessed.repeat", labels: [R, NOT_PROCESSED, "2.重复申请"], name: "不予处理·重复申请" },
  {
    id: "apply.result.notProcessed.publication",
    labels: [R, NOT_PROCESSED, "3.要求提供公开出版物"],
    name: "不予处理·要求提供公开出版物",
  },
  {
    id: "apply.result.notProcessed.massRepeat",
    labels: [R, NOT_PROCESSED, "4.无正当理由大量反复申请"],
    name: "不予处理·无正当理由大量反复申请",
  },
  {
    id: "apply.result.notProcessed.confirm",
    labels: [R, NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息"],
    name: "不予处理·要求行政机关确认或重新出具已获取信息",
  },
];

/** table 三 rows after （六）其他处理 */
const APPLY_ROWS_TAIL: readonly MatrixRowDecl[] = [
  { id: "apply.result.total", labels: [R, "（七）总计"], name: "办理结果总计" },
  { id: "apply.carryForward", labels: ["四、结转下年度继续办理"], name: "结转下年度" },
];

/** A （六）其他处理 row of table 三: its id under `apply.result.other`, the labels below （六）, its short name. */
export interface OtherRow {
  readonly id: string;
  readonly labels: readonly string[];
  readonly name: string;
}

/**
 * Table 三, the same in every edition but for its （六）其他处理 rows (one in 2019, three from 2021).
 * （七）总计 sums every outcome row; the 总计 column every applicant column.
 */
export function applyTable(otherRows: readonly OtherRow[]): Built {
  const rows: MatrixRowDecl[] = [
    ...APPLY_ROWS_HEAD,
    ...otherRows.map((r) => ({ id: r.id, labels: [R, OTHER, ...r.labels], name: r.name })),
    ...APPLY_ROWS_TAIL,
  ];
  const total = "apply.result.total";
  return matrixTable({
    id: "apply",
    section: HEADINGS.apply,
    note: APPLY_NOTE,
    colGroupLabel: "申请人情况",
    orgGroupLabel: "法人或其他组织",
    cols: APPLY_COLS,
    rows,
    totalRow: {
      id: total,
      parts: rows.filter((r) => r.id.startsWith("apply.result.") && r.id !== total).map((r) => r.id),
      rule: "R3-03",
    },
    totalColRule: "R3-02",
    colWidths: APPLY_COL_WIDTHS,
    hints: APPLY_HINTS,
  });
}

export const REVIEW: GroupedDecl = {
  id: "review",
  section: HEADINGS.review,
  groups: [
    ["adminReview", "行政复议", null],
    ["suitDirect", "行政诉讼", "未经复议直接起诉"],
    ["suitAfterReview", "行政诉讼", "复议后起诉"],
  ],
  cols: [
    ["upheld", "结果维持"],
    ["corrected", "结果纠正"],
    ["other", "其他结果"],
    ["pending", "尚未审结"],
    ["total", "总计"],
  ],
  totalCol: "total",
  totalRules: { adminReview: "R4-01", suitDirect: "R4-02", suitAfterReview: "R4-03" },
  colWidths: Array.from({ length: 15 }, () => 1),
};

const APPLY_COL_WIDTHS = [8, 10, 33, 7, 7, 7, 7, 7, 7, 7];

const col = (row: string, c: string) => `${row}.${c}`;

/** Rules over tables 三 and 四 that both editions share (format.md §4.1, §4.2, §4.5). */
export function sharedRules(): RuleDef[] {
  return [
    {
      id: "R3-01",
      severity: "E",
      title: "本列：第一项加第二项之和，等于第三项加第四项之和",
      kind: "equal",
      instances: APPLY_COLS.map(([c, text]) => ({
        scope: `${text}列`,
        lhs: [{ cell: col("apply.newReceived", c) }, { cell: col("apply.carriedOver", c) }],
        rhs: [{ cell: col("apply.result.total", c) }, { cell: col("apply.carryForward", c) }],
      })),
    },
    { id: "R3-02", severity: "E", title: "总计列等于自然人与法人或其他组织各列之和", kind: "stated-total" },
    { id: "R3-03", severity: "E", title: "（七）总计等于各项办理结果之和", kind: "stated-total" },
    { id: "R3-04", severity: "E", title: "申请情况各格为非负整数，无则填 0", kind: "cell-values", tables: ["apply"] },
    {
      id: "R3-05",
      severity: "W",
      title: "上年结转等于上年报告的结转下年度继续办理",
      kind: "equal",
      instances: APPLY_COLS.map(([c, text]) => ({
        scope: `${text}列`,
        lhs: [{ cell: col("apply.carriedOver", c) }],
        rhs: [{ cell: col("apply.carryForward", c), prev: true }],
      })),
    },
    {
      id: "R3-06",
      severity: "I",
      title: "有办理结果或结转，就应有新收或上年结转的申请",
      kind: "document",
      check: "outcomes-need-sources",
      options: {
        outcomes: ["apply.result.total.total", "apply.carryForward.total"],
        sources: ["apply.newReceived.total", "apply.carriedOver.total"],
      },
    },
    { id: "R4-01", severity: "E", title: "行政复议总计等于各结果之和", kind: "stated-total" },
    { id: "R4-02", severity: "E", title: "未经复议直接起诉总计等于各结果之和", kind: "stated-total" },
    { id: "R4-03", severity: "E", title: "复议后起诉总计等于各结果之和", kind: "stated-total" },
    { id: "R4-04", severity: "E", title: "复议诉讼各格为非负整数，无则填 0", kind: "cell-values", tables: ["review"] },
    {
      id: "RD-01",
      severity: "E",
      title: "六个部分的标题由系统生成，正文中不应另写章节标题",
      kind: "document",
      check: "no-stray-headings",
    },
    { id: "RD-02", severity: "E", title: "表格版本与报告年度一致", kind: "document", check: "edition-year" },
    { id: "RD-03", severity: "E", title: "表格标签与官方格式逐字一致", kind: "document", check: "labels" },
    { id: "RD-08", severity: "I", title: "在发布期限前发布", kind: "document", check: "deadline" },
    {
      id: "RD-09",
      severity: "W",
      title: "统计期限为报告年度的1月1日至12月31日",
      kind: "document",
      check: "statistics-period",
    },
    ...narrativeRules(),
  ];
}

/** R2-04: a township or county government makes no 规章, so its 规章 row of table 二 is 0. */
export const noRegulations = (cells: readonly string[]): RuleDef => ({
  id: "R2-04",
  severity: "W",
  title: "乡镇、街道和县级机关不制定规章",
  kind: "zero-for-org",
  orgKinds: ["township", "county-government"],
  cells,
  reason: "乡镇、街道和县级人民政府不制定规章（立法法），规章一行应为 0",
});
