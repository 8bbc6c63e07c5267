/**
 * Data for RD-10: names of laws and documents these reports cite, their real document numbers, and
 * frequent typos, each with the correction to suggest. Regex sources; a typo is listed with the
 * context that makes it certainly wrong (高校 only in 公开、便民、高效).
 * Reference: format.md §0 (国办公开办函〔2019〕60号, 〔2021〕30号), §1.1 (〔2019〕61号), §2.2
 * (国办函〔2020〕109号), §8 (条例, 国务院令第711号); defects D10 (补证) and seed 003 (高校).
 */

/** a title in 《》 that is a misnamed version of a real one */
export interface TitleFix {
  /** regex source matching the whole title (without 《》) */
  readonly wrong: string;
  /** titles that match `wrong` but are correct */
  readonly allowed: readonly string[];
  readonly right: string;
}

export const TITLE_FIXES: readonly TitleFix[] = [
  {
    wrong: "(?:中华人民共和国)?(?:政府)?(?:信息|政务)公开(?:管理)?(?:条例|法)",
    allowed: ["中华人民共和国政府信息公开条例", "政府信息公开条例"],
    right: "中华人民共和国政府信息公开条例",
  },
  {
    wrong: "政府信息(?:公开)?(?:信息)?处理费(?:管理|收费)?(?:办法|规定)",
    allowed: ["政府信息公开信息处理费管理办法"],
    right: "政府信息公开信息处理费管理办法",
  },
];

/** a document number series and the numbers in it that exist */
export interface DocNumberSeries {
  /** the issuer's prefix (国办公开办函) */
  readonly prefix: string;
  /** `YYYY-N` numbers that exist (for this topic) */
  readonly real: readonly string[];
  /** regex source that must occur shortly before the number for it to be checked (topic) */
  readonly near?: string;
  /**
   * regex source naming the topic of the real numbers (e.g. the report format). The series has
   * other documents on other topics, so a number not listed is only flagged when this occurs
   * shortly before it, or when it is one slip away from a listed number (3 for 30, 16 for 61).
   */
  readonly topic?: string;
  /** the number to suggest per cited year */
  readonly suggest: Readonly<Record<string, string>>;
  /** the number to suggest for another year; without it, the edition's basis */
  readonly otherwise?: string;
  /** what the real numbers are, for the message */
  readonly note: string;
}

export const DOC_NUMBERS: readonly DocNumberSeries[] = [
  {
    prefix: "国办公开办函",
    real: ["2019-60", "2019-61", "2021-30"],
    topic: "年度报告|报告格式|信息公开平台",
    suggest: { "2019": "国办公开办函〔2019〕60号", "2021": "国办公开办函〔2021〕30号" },
    note: "年度报告格式的文件为国办公开办函〔2019〕60号（试行）和〔2021〕30号，政府信息公开平台的为〔2019〕61号",
  },
  {
    prefix: "国办函",
    real: ["2020-109"],
    near: "处理费",
    suggest: {},
    otherwise: "国办函〔2020〕109号",
    note: "《政府信息公开信息处理费管理办法》的文号为国办函〔2020〕109号",
  },
];

/** 条例's order number: 2019 revision is 国务院令第711号; 第492号 is the 2007 text */
export const ORDINANCE = { near: "政府信息公开条例", real: "711", right: "国务院令第711号" } as const;

/** a typo and its correction: found by the literal `find`, confirmed by `wrong` at that place */
export interface Typo {
  readonly find: string;
  /** regex source starting with `find`; look-behind/ahead give the context that makes it wrong */
  readonly wrong: string;
  readonly right: string;
}

export const TYPOS: readonly Typo[] = [
  { find: "补证", wrong: "补证(?:(?<=(?:不|逾期)补证)|(?=后申请))", right: "补正" },
  { find: "高校", wrong: "高校(?<=便民[、，,]?\\s?高校)", right: "高效" },
  { find: "行政复义", wrong: "行政复义", right: "行政复议" },
  { find: "行政诉松", wrong: "行政诉松", right: "行政诉讼" },
  { find: "申清", wrong: "申清", right: "申请" },
  { find: "不于公开", wrong: "不于公开", right: "不予公开" },
  { find: "予已公开", wrong: "予已公开", right: "予以公开" },
  { find: "于以公开", wrong: "于以公开", right: "予以公开" },
  { find: "公开透名", wrong: "公开透名", right: "公开透明" },
  { find: "部暑", wrong: "部暑", right: "部署" },
  { find: "布署", wrong: "布署", right: "部署" },
  { find: "贯切落实", wrong: "贯切落实", right: "贯彻落实" },
  { find: "再接再励", wrong: "再接再励", right: "再接再厉" },
  { find: "按步就班", wrong: "按步就班", right: "按部就班" },
  { find: "迫在眉捷", wrong: "迫在眉捷", right: "迫在眉睫" },
  { find: "参予权", wrong: "参予权", right: "参与权" },
  { find: "己经", wrong: "己经(?<!自己经)", right: "已经" },
  { find: "条列", wrong: "条列(?<=(?:《|公开)条列)", right: "条例" },
  { find: "》》", wrong: "》》", right: "》" },
  { find: "《《", wrong: "《《", right: "《" },
];
