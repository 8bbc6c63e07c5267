/**
 * 填报口径: what each row of the tables counts, written only where format.md sources it, each note
 * with its source — the format's own table text (labels and the table note, format.md §1.4, §1.5,
 * §2.3), a relation the tables imply (§2.5, §4), a local notice (武威 2025, §2.2 and §2.5), or what
 * the format leaves open (§4.2 R4-05). What format.md does not source (e.g. a definition of
 * 行政规范性文件) is not written here.
 */
import type { CountingHelp } from "../types.ts";

const WUWEI = "武威市人民政府办公室武政办发〔2025〕54号";

/** Table 三, both editions (format.md §1.4, §2.5, §4.1). */
export const APPLY_HELP: readonly CountingHelp[] = [
  {
    rows: ["apply.newReceived"],
    topic: "一、本年新收",
    text: "本年收到的政府信息公开申请，以“件”计，每件只计一次；按申请人身份计入自然人或法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）一列。",
    sources: [{ kind: "inferred" }, { kind: "label" }],
  },
  {
    rows: ["apply.carriedOver"],
    topic: "二、上年结转",
    text: "上年 12 月 31 日仍在办理的申请，应等于上年报告的“四、结转下年度继续办理”（各列分别相等）。",
    sources: [{ kind: "inferred" }],
  },
  {
    rows: ["apply.result.granted", "apply.result.partial"],
    topic: "（一）予以公开、（二）部分公开",
    text: "区分处理的申请（部分公开、部分不公开）只计入“（二）部分公开”，不再计入其他情形。",
    sources: [{ kind: "label" }],
  },
  {
    rows: ["apply.result.unable", "apply.result.notProcessed"],
    topic: "（四）无法提供、（五）不予处理",
    text: "“无法提供”按三种情形计：本机关不掌握相关政府信息，没有现成信息需要另行制作，补正后申请内容仍不明确。“不予处理”按五种情形计：信访举报投诉类申请，重复申请，要求提供公开出版物，无正当理由大量反复申请，要求行政机关确认或重新出具已获取信息。每件申请只计入一种办理结果。",
    sources: [{ kind: "label" }, { kind: "inferred" }],
  },
  {
    rows: ["apply.result"],
    topic: "三、本年度办理结果",
    text: "本年办理完毕的申请，每件只计入一种办理结果；各列都应满足：第一项加第二项之和，等于第三项加第四项之和。",
    sources: [{ kind: "inferred" }, { kind: "label" }],
  },
  {
    rows: ["apply.carryForward"],
    topic: "四、结转下年度继续办理",
    text: "本年 12 月 31 日仍在办理、转入下一年度的申请；下一年度报告的“二、上年结转”应与它相等。",
    sources: [{ kind: "inferred" }],
  },
];

/** Table 四, both editions (format.md §0.1 条例第五十条, §1.5, §4.2). */
export const REVIEW_HELP: readonly CountingHelp[] = [
  {
    rows: ["review.adminReview", "review.suitDirect", "review.suitAfterReview"],
    topic: "四、行政复议、行政诉讼",
    text: "只计因本机关政府信息公开工作被申请行政复议、被提起行政诉讼的案件（条例第五十条第三项），按结果维持、结果纠正、其他结果、尚未审结计；行政诉讼分未经复议直接起诉和复议后起诉两组。",
    sources: [{ kind: "label" }],
  },
  {
    rows: ["review.adminReview", "review.suitDirect", "review.suitAfterReview"],
    topic: "上年尚未审结的案件",
    text: "上年尚未审结、本年审结的案件是否再计入本年，格式没有规定，各地做法不一：按本地要求，并与上年的计法保持一致。",
    sources: [{ kind: "unsettled" }],
  },
];

/** Table 二 of gb2021 (format.md §2.3, §2.5, §2.2). */
export const ACTIVE_HELP_2021: readonly CountingHelp[] = [
  {
    rows: ["active.regulations"],
    topic: "规章",
    text: "只有省、设区的市、自治州人民政府和国务院部门制定规章：乡镇、街道和县级机关这一行应为 0。",
    sources: [{ kind: "inferred" }],
  },
  {
    rows: ["active.regulations", "active.normativeDocs"],
    topic: "制发、废止、现行有效件数",
    text: "现行有效件数是年末仍然有效的件数，应等于上年现行有效件数加本年制发件数、减本年废止件数；各数应与同级司法行政部门核对。",
    sources: [{ kind: "inferred" }, { kind: "local", notice: WUWEI }],
  },
  {
    rows: ["active.licensing", "active.penalty", "active.compulsion"],
    topic: "本年处理决定数量",
    text: "本年作出的全部处理决定，已公开的和依法不予公开的都计入。",
    sources: [{ kind: "local", notice: WUWEI }],
  },
  {
    rows: ["active.fees"],
    topic: "本年收费金额",
    text: "行政事业性收费的金额，单位为万元（表头原文），须准确计算。",
    sources: [{ kind: "label" }, { kind: "local", notice: WUWEI }],
  },
];

/** Table 二 of gb2019 (format.md §1.3, §4.4). */
export const ACTIVE_HELP_2019: readonly CountingHelp[] = [
  {
    rows: ["active.regulations"],
    topic: "规章",
    text: "只有省、设区的市、自治州人民政府和国务院部门制定规章：乡镇、街道和县级机关这一行应为 0。",
    sources: [{ kind: "inferred" }],
  },
  {
    rows: ["active.licensing", "active.otherServices", "active.penalty", "active.compulsion", "active.fees"],
    topic: "上一年项目数量、本年增/减",
    text: "上一年项目数量应等于上年报告的上一年项目数量加本年增/减；本年增/减可以是负数。行政事业性收费一行计的是收费项目数，不是金额。",
    sources: [{ kind: "inferred" }, { kind: "label" }],
  },
  {
    rows: ["active.procurement"],
    topic: "采购总金额",
    text: "表头没有写明单位：请选择万元或元，输出时随数字一起印出。",
    sources: [{ kind: "label" }],
  },
];
