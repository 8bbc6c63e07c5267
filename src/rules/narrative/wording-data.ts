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
  /** the number to suggest per cited year */
  readonly suggest: Readonly<Record<string, string>>;
  /** the number to suggest for another year; without it, the edition's basis */
  readonly otherwise?: string;
}

export const DOC_NUMBERS: readonly DocNumberSeries[] = [
  {
    prefix: "国办公开办函",
    real: ["2019-60", "2019-61", "2021-30"],
    suggest: { "2019": "国办公开办函〔2019〕60号", "2021": "国办公开办函〔2021〕30号" },
  },
  {
    prefix: "国办函",
    real: ["2020-109"],
    near: "处理费",
    suggest: {},
    otherwise: "国办函〔2020〕109号",
  },
];

/** 条例's order number: 2019 revision is 国务院令第711号; 第492号 is the 2007 text */
export const ORDINANCE = { near: "政府信息公开条例", real: "711", right: "国务院令第711号" } as const;

/** a typo and its correction; `wrong` may carry look-behind/ahead context */
export interface Typo {
  readonly wrong: string;
  readonly right: string;
}

export const TYPOS: readonly Typo[] = [
  { wrong: "(?<=不|逾期|逾期不)补证|补证(?=后申请)", right: "补正" },
  { wrong: "(?<=便民[、，,]?\\s?)高校", right: "高效" },
  { wrong: "行政复义", right: "行政复议" },
  { wrong: "行政诉松", right: "行政诉讼" },
  { wrong: "依申清", right: "依申请" },
  { wrong: "公开申清", right: "公开申请" },
  { wrong: "不于公开", right: "不予公开" },
  { wrong: "予已公开|于以公开", right: "予以公开" },
  { wrong: "公开透名", right: "公开透明" },
  { wrong: "部暑|布署", right: "部署" },
  { wrong: "贯切落实", right: "贯彻落实" },
  { wrong: "再接再励", right: "再接再厉" },
  { wrong: "按步就班", right: "按部就班" },
  { wrong: "迫在眉捷", right: "迫在眉睫" },
  { wrong: "参予权", right: "参与权" },
  { wrong: "(?<!自)己经", right: "已经" },
  { wrong: "《条列》", right: "《条例》" },
  { wrong: "公开条列", right: "公开条例" },
  { wrong: "》》", right: "》" },
  { wrong: "《《", right: "《" },
];
