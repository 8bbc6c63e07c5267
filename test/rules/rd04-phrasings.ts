/**
 * Real clerks' phrasings of the figures RD-04 and R2-05 compare with the tables (from the seeds, the
 * issue's reports and published township reports), each written with the table's number and with
 * a wrong one, and sentences with numbers about something else. The test measures recall (wrong
 * numbers caught) and false alarms (a right number, or another matter, flagged) over the table.
 */

/** The tables the phrasings are compared with (a 2022 township report). */
export const PHRASING_CELLS: Record<string, number> = {
  "apply.newReceived.natural": 5,
  "apply.newReceived.commercial": 1,
  "apply.carriedOver.natural": 1,
  "apply.result.granted.natural": 3,
  "apply.result.partial.natural": 1,
  "apply.result.unable.notHeld.commercial": 1,
  "apply.result.notProcessed.repeat.natural": 1,
  "apply.carryForward.natural": 1,
  "review.adminReview.upheld": 1,
  "active.normativeDocs.issued": 2,
  "active.normativeDocs.repealed": 1,
  "active.normativeDocs.valid": 12,
};

/** A phrasing: `{n}` is the figure, `right` the table's value, `wrong` another. */
export interface Phrasing {
  readonly text: string;
  readonly right: string;
  readonly wrong: string;
}

export const FIGURE_PHRASINGS: readonly Phrasing[] = [
  // subjects 申请 / 群众申请 / 依申请公开, verbs 收到 / 受理 / 接到 / 登记
  { text: "全年共收到申请{n}件，均已按时答复。", right: "6", wrong: "5" },
  { text: "受理申请{n}件。", right: "6", wrong: "5" },
  { text: "全年依申请公开{n}件。", right: "6", wrong: "5" },
  { text: "共收到群众申请{n}件，均在法定期限内答复。", right: "6", wrong: "5" },
  { text: "本年度共收到政府信息公开申请{n}件。", right: "6", wrong: "8" },
  { text: "全年共收到政府信息公开申请{n}件，均在法定时限内完成答复。", right: "6", wrong: "16" },
  { text: "2022年共收到政府信息公开申请{n}件次。", right: "6", wrong: "0" },
  { text: "全年共受理政府信息公开申请{n}件。", right: "6", wrong: "4" },
  { text: "接到政府信息公开申请{n}件。", right: "6", wrong: "3" },
  { text: "登记政府信息公开申请{n}件。", right: "6", wrong: "3" },
  { text: "全年共登记群众申请{n}件。", right: "6", wrong: "2" },
  { text: "收到依申请公开信息{n}件，其中自然人5件。", right: "6", wrong: "1" },
  { text: "全年收到依申请公开申请{n}件。", right: "6", wrong: "9" },
  { text: "本年新收政府信息公开申请{n}件。", right: "6", wrong: "9" },
  { text: "共收到各类政府信息公开申请{n}件。", right: "6", wrong: "9" },
  { text: "共收到申请人提出的政府信息公开申请{n}件。", right: "6", wrong: "9" },
  { text: "我镇共受理依申请公开{n}件。", right: "6", wrong: "2" },
  { text: "全年共收到群众的信息公开申请{n}件，其中自然人5件、法人或其他组织1件。", right: "6", wrong: "8" },
  { text: "收到政府信息公开申请{n}件，其中自然人5件。", right: "6", wrong: "1" },
  { text: "收到政府信息公开申请6件，其中自然人{n}件。", right: "5", wrong: "7" },
  // 办结, 上年结转, 结转下年度, outcomes
  { text: "全年办结政府信息公开申请{n}件。", right: "6", wrong: "5" },
  { text: "办结依申请公开{n}件。", right: "6", wrong: "8" },
  { text: "共办结依申请公开{n}件。", right: "6", wrong: "7" },
  { text: "上年结转政府信息公开申请{n}件。", right: "1", wrong: "0" },
  { text: "结转下年度继续办理{n}件。", right: "1", wrong: "0" },
  { text: "其中予以公开{n}件，部分公开1件。", right: "3", wrong: "5" },
  { text: "不予处理{n}件。", right: "1", wrong: "2" },
  // 件 and 起, Chinese numerals
  { text: "全年共收到政府信息公开申请{n}起。", right: "6", wrong: "5" },
  { text: "全年共收到政府信息公开申请{n}件。", right: "六", wrong: "五" },
  { text: "共收到申请{n}件。", right: "六", wrong: "两" },
  { text: "受理群众申请{n}件。", right: "六", wrong: "十" },
  // 复议 / 诉讼
  { text: "本年度共收到行政复议申请{n}件。", right: "1", wrong: "2" },
  { text: "因政府信息公开工作被申请行政复议{n}件。", right: "1", wrong: "2" },
  { text: "发生政府信息公开行政复议案件{n}起。", right: "1", wrong: "3" },
  { text: "政府信息公开行政复议{n}件，行政诉讼0件。", right: "1", wrong: "0" },
  { text: "因政府信息公开被提起行政诉讼{n}件。", right: "0", wrong: "1" },
  { text: "全年发生政府信息公开行政诉讼案件{n}起。", right: "0", wrong: "2" },
  { text: "本年度涉及政府信息公开的行政复议{n}件。", right: "1", wrong: "0" },
  { text: "全年未发生政府信息公开行政诉讼案件，行政复议{n}件。", right: "1", wrong: "0" },
  { text: "被申请行政复议{n}件。", right: "一", wrong: "两" },
  // further phrasings, written after the facts were widened (not tuned for)
  { text: "本年度，我镇共收到政府信息公开申请{n}件，已全部按期答复。", right: "6", wrong: "4" },
  { text: "2022年度共接收政府信息公开申请{n}件。", right: "6", wrong: "3" },
  { text: "依申请公开方面，全年受理申请{n}件，办结6件。", right: "6", wrong: "9" },
  { text: "全年共计收到政府信息公开申请{n}件。", right: "6", wrong: "2" },
  { text: "共收到自然人申请{n}件。", right: "5", wrong: "8" },
  { text: "收到法人或其他组织申请{n}件。", right: "1", wrong: "3" },
  { text: "全年依申请公开信息{n}件。", right: "6", wrong: "11" },
  { text: "全年共办理政府信息公开申请{n}件。", right: "6", wrong: "8" },
  { text: "当年受理政府信息公开申请{n}件，上年结转1件。", right: "6", wrong: "10" },
  { text: "本年度我镇发生政府信息公开行政复议{n}件。", right: "1", wrong: "4" },
  { text: "全年发生政府信息公开行政复议和行政诉讼案件共{n}件。", right: "1", wrong: "0" },
  { text: "因政府信息公开引起的行政诉讼{n}件。", right: "0", wrong: "1" },
  { text: "行政规范性文件本年制发{n}件。", right: "2", wrong: "4" },
  { text: "全年废止行政规范性文件{n}件，现行有效12件。", right: "1", wrong: "2" },
  // 现行有效 and the documents (R2-05)
  { text: "现行有效行政规范性文件{n}件。", right: "12", wrong: "10" },
  { text: "截至年底，现行有效的行政规范性文件共{n}件。", right: "12", wrong: "11" },
  { text: "行政规范性文件现行有效{n}件。", right: "12", wrong: "13" },
  { text: "本年制发行政规范性文件2件，废止1件，现行有效{n}件。", right: "12", wrong: "14" },
  { text: "全年制发行政规范性文件{n}件。", right: "2", wrong: "3" },
  { text: "本年度废止规范性文件{n}件。", right: "1", wrong: "0" },
  { text: "我镇现行有效规范性文件{n}件。", right: "12", wrong: "9" },
];

/** Sentences with numbers about something else: flagging any is a false alarm. */
export const OTHER_MATTERS: readonly string[] = [
  "受理行政许可申请120件，办结118件。",
  "共收到人大代表建议3件、政协委员提案2件，均已办结。",
  "全年共收到群众来信9件。",
  "接到群众咨询电话30件。",
  "收到低保申请45件，审核通过40件。",
  "受理政务服务事项1200件。",
  "2021年收到政府信息公开申请9件，今年有所增加。",
  "收到政府信息公开申请较上年增加2件。",
  "收到政府信息公开申请后，在15个工作日内答复。",
  "受理群众投诉3件。",
  "全年共收到省长信箱来信5件。",
  "受理行政复议案件7件，审结6件。",
  "代理行政诉讼案件2起。",
  "累计收到政府信息公开申请30件。",
  "收到信息公开咨询20件。",
  "办理人大代表建议和政协提案8件。",
  "全年接到12345热线工单260件。",
  "登记矛盾纠纷14起，调解成功13起。",
  "本年度出台规章制度5项。",
  "力争明年收到的申请办结率达到100%。",
  "清理规章制度3件。",
  "全年组织政务公开培训2次，参训人员60人次。",
  "2020年以来，累计办理行政复议案件5件。",
  "协助上级处理行政诉讼案件1件。",
  "受理申请人的咨询5件。",
  "受理申请人补正材料3件。",
  "收到入党申请5件。",
  "登记用地申请8件。",
  "全年共受理低保申请40件、临时救助申请12件。",
  "收到申请后3日内登记，共登记来访群众15人。",
];
