/**
 * Data for RD-04 / R2-05: which words in the narrative name which table figures. Each fact names
 * the phrase that introduces a number (a regex source), the cells the number must equal (patterns
 * over cell ids: `{col}` is the applicant or document column, `*` one id segment, so a group such
 * as 不予公开 sums its leaves), and what else is honestly accepted (e.g. 收到申请 N 件 may include
 * 上年结转). A fact whose cells an edition lacks is skipped. Rules pick facts by `group`.
 * Reference: format.md §4.3 (R2-05), §4.5 (RD-04), table ids in §1.4, §1.5, §2.3.
 */

export interface ColumnWord {
  /** the column id put in place of `{col}` */
  readonly col: string;
  /** how the column is named in messages */
  readonly label: string;
  /** regex source of the words that name the column */
  readonly keyword: string;
  /** the column is the sum of these columns (法人或其他组织 = the five organisation columns) */
  readonly sumOf?: readonly string[];
  /** other columns whose value is accepted as well (an ambiguous verb) */
  readonly orCols?: readonly string[];
}

export interface FigureFact {
  readonly id: string;
  readonly group: string;
  /** how the figure is named in messages */
  readonly label: string;
  /** regex source of the words that introduce the number */
  readonly keyword: string;
  /** cell-id patterns whose sum the number must equal */
  readonly cells: readonly string[];
  /** further cell sets whose sum is accepted too */
  readonly orCells?: readonly (readonly string[])[];
  /** accepted too when every one of these sets sums to the number (复议、诉讼均为 0 件) */
  readonly eachOf?: readonly (readonly string[])[];
  /** column family (`COLUMN_WORDS`) the number may be narrowed to */
  readonly columns?: string;
  /** the column meant when none is named; without it a column must be named */
  readonly defaultCol?: string;
  /** the column word may come before the fact's word (制发行政规范性文件 2 件) */
  readonly colBeforeRow?: boolean;
  /** regex sources that must all occur in the clause of the fact's word */
  readonly needs?: readonly string[];
  /** regex source that must not occur in the clause of the fact's word */
  readonly forbids?: string;
  /** regex source that must occur in the sentence */
  readonly sentenceNeeds?: string;
  /** the number is money (万元 or 元) rather than a count */
  readonly money?: boolean;
  /** 未收到…/未发生… before the fact's word states the figure is 0 */
  readonly zeroByNegation?: boolean;
}

const ORG5 = ["commercial", "research", "publicWelfare", "legalService", "otherOrg"];

export const COLUMN_WORDS: Readonly<Record<string, readonly ColumnWord[]>> = {
  applicant: [
    { col: "natural", label: "自然人", keyword: "自然人" },
    { col: "org", label: "法人或其他组织", keyword: "法人(?:或|和|及|与)?其他组织|法人", sumOf: ORG5 },
    { col: "commercial", label: "商业企业", keyword: "商业企业" },
    { col: "research", label: "科研机构", keyword: "科研机构" },
    { col: "publicWelfare", label: "社会公益组织", keyword: "社会公益组织" },
    { col: "legalService", label: "法律服务机构", keyword: "法律服务机构" },
  ],
  docsIssued: [
    { col: "issued", label: "本年制发件数", keyword: "制发|印发|出台|制定|发布" },
    { col: "repealed", label: "本年废止件数", keyword: "废止|宣布失效" },
    { col: "valid", label: "现行有效件数", keyword: "现行有效" },
  ],
  docsMade: [
    { col: "made", label: "本年新制作数量", keyword: "新制作|制作" },
    { col: "made", label: "本年新制作数量", keyword: "制发|印发|出台|制定", orCols: ["published"] },
    { col: "published", label: "本年新公开数量", keyword: "新公开" },
    { col: "publicTotal", label: "对外公开总数量", keyword: "对外公开总数量?" },
  ],
};

/** words showing that a 收到/受理/办结 number is about something else than 政府信息公开申请 */
const NOT_DISCLOSURE =
  "复议|诉讼|许可|审批|信访|举报|投诉|咨询|建议|提案|来信|来电|留言|政务服务|办件|服务事项|补正|材料";
/** words showing that a 复议/诉讼 number is about cases the body handles, not cases against it */
const NOT_AGAINST_US = "受理|办理|审理|代理|调解|分别|参与|出庭";
const ABOUT_DISCLOSURE = "信息公开|政府信息|依申请|被申请|被提起|被诉|被起诉";

const applicant = { group: "applications", columns: "applicant", defaultCol: "total" } as const;

/** who may stand between a verb and 申请 in a phrase that can only mean a disclosure application */
const APPLICANTS = "(?:各类|群众|公众|申请人|社会公众)?(?:提出|提交|递交)?的?";
/** the verbs clerks use for receiving applications (收到, 受理, 接到, 登记 …) */
const RECEIVED = "收到|受理|接到|接收|收悉|登记";

export const FIGURE_FACTS: readonly FigureFact[] = [
  {
    // 收到申请 5 件, 受理群众申请 5 件, 登记政府信息公开申请, 全年依申请公开 5 件: the phrase itself names the
    // disclosure application (any other kind of application has its own word before 申请: 低保申请, 许可申请)
    ...applicant,
    id: "newReceivedPhrase",
    label: "本年新收政府信息公开申请",
    keyword: `(?:${RECEIVED})了?${APPLICANTS}(?:政府信息公开|信息公开|依申请公开)?申请(?:事项)?|(?:${RECEIVED})(?=(?:自然人|法人(?:或|和|及|与)?其他组织|法人)申请)|(?:(?:${RECEIVED})了?|(?<!(?:${RECEIVED}|办结|办理|答复|处理|完成)[^，,。；;：:]{0,12}))依申请公开(?:申请|信息)?(?=\\s*[共计合]?\\s*[0-9０-９一二两三四五六七八九十])`,
    cells: ["apply.newReceived.{col}"],
    orCells: [["apply.newReceived.{col}", "apply.carriedOver.{col}"]],
    forbids: NOT_DISCLOSURE,
    zeroByNegation: true,
  },
  {
    // 收到行政复议申请 2 件: applications for review of the body's disclosure work
    id: "adminReviewReceived",
    group: "review",
    label: "行政复议总计",
    keyword: "(?:收到|接到)(?:涉及政府信息公开(?:工作)?的?|政府信息公开(?:工作)?的?|信息公开类?的?)?行政复议申请",
    cells: ["review.adminReview.total"],
    forbids: NOT_AGAINST_US,
  },
  {
    ...applicant,
    id: "newReceived",
    label: "本年新收政府信息公开申请",
    keyword: "本年度?新收到?|新收到?|收到|受理|接到|接收|收悉|登记",
    cells: ["apply.newReceived.{col}"],
    orCells: [["apply.newReceived.{col}", "apply.carriedOver.{col}"]],
    needs: ["申请", "公开"],
    forbids: NOT_DISCLOSURE,
    zeroByNegation: true,
  },
  {
    ...applicant,
    id: "carriedOver",
    label: "上年结转政府信息公开申请",
    keyword: "上一?年度?结转(?:下来)?|上一?年度?(?:转入|遗留|未办结)",
    cells: ["apply.carriedOver.{col}"],
  },
  {
    ...applicant,
    id: "resultTotal",
    label: "本年度办理结果总计",
    keyword: "办结|办理完毕|处理完毕|答复",
    cells: ["apply.result.total.{col}"],
    sentenceNeeds: "公开申请|依申请|信息公开",
    forbids: NOT_DISCLOSURE,
  },
  {
    ...applicant,
    id: "granted",
    label: "予以公开",
    keyword: "(?<!不)予以公开|同意公开",
    cells: ["apply.result.granted.{col}"],
    // 予以公开 8 件（含部分公开 2 件）
    orCells: [["apply.result.granted.{col}", "apply.result.partial.{col}"]],
  },
  { ...applicant, id: "partial", label: "部分公开", keyword: "部分公开", cells: ["apply.result.partial.{col}"] },
  {
    ...applicant,
    id: "denied",
    label: "不予公开（各项合计）",
    keyword: "不予以?公开",
    cells: ["apply.result.denied.*.{col}"],
  },
  {
    ...applicant,
    id: "unable",
    label: "无法提供（各项合计）",
    keyword: "无法提供|不能提供",
    cells: ["apply.result.unable.*.{col}"],
  },
  {
    ...applicant,
    id: "notProcessed",
    label: "不予处理（各项合计）",
    keyword: "不予处理",
    cells: ["apply.result.notProcessed.*.{col}"],
  },
  {
    ...applicant,
    id: "otherResult",
    label: "其他处理",
    keyword: "其他处理",
    cells: ["apply.result.other.{col}", "apply.result.other.*.{col}"],
  },
  {
    ...applicant,
    id: "feeUnpaid",
    label: "其他处理·逾期未缴费",
    keyword: "逾期未(?:按收费通知要求)?缴纳(?:信息处理费|费用)?|未按收费通知要求缴纳(?:费用)?",
    cells: ["apply.result.other.feeUnpaid.{col}"],
  },
  {
    ...applicant,
    id: "carryForward",
    label: "结转下年度继续办理",
    keyword: "结转(?:至|到|入)?下一?年度?(?:继续办理)?|转(?:入|至)下一?年度?|尚未办结|仍在办理|正在办理",
    cells: ["apply.carryForward.{col}"],
  },
  {
    id: "reviewAndSuit",
    group: "review",
    label: "行政复议和行政诉讼（合计）",
    keyword: "(?:行政)?复议(?:案件)?(?:[、和及与或/]|以及)(?:被?提起|被)?(?:行政)?诉讼",
    cells: ["review.adminReview.total", "review.suitDirect.total", "review.suitAfterReview.total"],
    eachOf: [["review.adminReview.total"], ["review.suitDirect.total", "review.suitAfterReview.total"]],
    sentenceNeeds: ABOUT_DISCLOSURE,
    forbids: NOT_AGAINST_US,
    zeroByNegation: true,
  },
  {
    id: "adminReview",
    group: "review",
    label: "行政复议总计",
    keyword: "(?:行政)?复议(?!后)",
    cells: ["review.adminReview.total"],
    sentenceNeeds: ABOUT_DISCLOSURE,
    forbids: NOT_AGAINST_US,
    zeroByNegation: true,
  },
  {
    id: "suit",
    group: "review",
    label: "行政诉讼总计（未经复议直接起诉与复议后起诉）",
    keyword: "行政诉讼|被起诉|被诉",
    cells: ["review.suitDirect.total", "review.suitAfterReview.total"],
    sentenceNeeds: ABOUT_DISCLOSURE,
    forbids: NOT_AGAINST_US,
    zeroByNegation: true,
  },
  {
    id: "feesAmount",
    group: "fees",
    label: "行政事业性收费·本年收费金额",
    keyword: "(?:本年度?)?收费金额|行政事业性收费(?:金额|总额)?",
    cells: ["active.fees.amountWan"],
    forbids: "信息处理费|处理费",
    money: true,
    zeroByNegation: true,
  },
  {
    id: "regulationsIssued",
    group: "docs-issued",
    label: "规章",
    keyword: "规章(?!制度)",
    cells: ["active.regulations.{col}"],
    columns: "docsIssued",
    colBeforeRow: true,
  },
  {
    id: "normativeDocsIssued",
    group: "docs-issued",
    label: "行政规范性文件",
    keyword: "(?:行政)?规范性文件",
    cells: ["active.normativeDocs.{col}"],
    columns: "docsIssued",
    colBeforeRow: true,
  },
  {
    id: "regulationsMade",
    group: "docs-made",
    label: "规章",
    keyword: "规章(?!制度)",
    cells: ["active.regulations.{col}"],
    columns: "docsMade",
    colBeforeRow: true,
  },
  {
    id: "normativeDocsMade",
    group: "docs-made",
    label: "规范性文件",
    keyword: "(?:行政)?规范性文件",
    cells: ["active.normativeDocs.{col}"],
    columns: "docsMade",
    colBeforeRow: true,
  },
];

/** words stating a figure is 0 (未收到…申请, 未发生…行政复议); the fact's word follows in the clause */
export const NEGATION =
  "(?:未|没有|尚未)(?:发生|出现|收到|接到|接收|受理|产生|收取|有)|(?<!有)无(?=(?:行政)?复议|行政诉讼)";
/** words before a negation that make it a condition or an object, not a statement (如未收到…, 对未收到答复的…) */
export const CONDITIONAL = "(?:如|若|倘|凡|对|如果|对于)$";
/** words near a number that make it about another period, a plan, or a comparison */
export const OTHER_PERIOD =
  "去年|前年|上一?年度?(?!度?结转|度?转入|度?遗留|度?未办结)|同比|环比|历年|累计|近[一二两三四五六七八九十0-9]+年|计划|拟|力争|预计|争取";
export const GAP_SPOILERS = "增|减|较|比|多|少|上升|下降|提高|降低|分别|约|近|超过|不足|以上|以下|至少|每|[0-9０-９]";
