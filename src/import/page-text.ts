/**
 * The text of a report around its tables: what is page furniture (web-page chrome such as
 * 用微信扫描二维码分享至好友和朋友圈 / 收起 / 政务微博, metadata rows, page numbers, site footers) and
 * what is the report; paragraphs cleaned of indentation and numbering artefacts (`（一）、`,
 * half-width `(一)`), without changing their words.
 */
import { stripArtefacts } from "./headings.ts";
import { compact } from "./labels.ts";

const CHROME = new RegExp(
  "^(?:" +
    [
      "用微信扫描二维码分享至好友和朋友圈",
      "扫一扫在手机(?:上)?(?:打开|查看)当前页",
      "扫一扫",
      "收起",
      "展开(?:全文)?",
      "阅读全文",
      "智能问答",
      "政务微博",
      "政务微信",
      "政务抖音",
      "打印本页",
      "打印",
      "关闭窗口",
      "关闭",
      "返回顶部",
      "返回",
      "我要纠错",
      "网站地图",
      "无障碍(?:浏览)?",
      "长者模式",
      "适老化",
      "繁体版?",
      "简体版?",
      "语音播报",
      "朗读",
      "播放",
      "暂停",
      "停止",
      "分享到[:：]?.*",
      "【?字体[:：]?大中小】?.*",
      "字号[:：].*",
      "(?:【[^】]{1,8}】)+",
      "\\[[^\\]]{1,8}\\]",
      "上一篇[:：].*",
      "下一篇[:：].*",
      "相关(?:链接|文章|阅读|附件)",
      "浏览次数[:：].*",
      "访问量[:：].*",
      "点击(?:数|量|率)[:：].*",
      "来源[:：].*",
      "信息来源[:：].*",
      "发布时间[:：].*",
      "发布日期[:：].*",
      "索引号[:：].*",
      "发布机构[:：].*",
      "公开方式[:：].*",
      "公开范围[:：].*",
      "主题分类[:：].*",
      "文号[:：].*",
      "有效性[:：].*",
      "生成日期[:：].*",
      "成文日期[:：].*",
      "发文日期[:：].*",
      "实景[\\u4e00-\\u9fa5]{2,4}",
      "当前位置[:：].*",
      "您当前的位置[:：].*",
      "首页>.*",
    ].join("|") +
    ")$",
);
const PAGE_NUMBER = /^(?:[-—–－]*\d{1,3}[-—–－]*|第\d+页(?:共\d+页)?|\d+\/\d+)$/;
/** a site footer: everything from here on is not the report */
export const FOOTER = /版权所有|主办单位|承办单位|ICP备|网站标识码|公网安备|技术支持[:：]|Copyright|©/i;

/**
 * The title of a one-page graphic (一图读懂, 图解) a page carries after the report's last section —
 * nianbao's own page does, and portals add theirs: its labels and numbers are the graphic's, not a
 * table of the report. A title line, not a sentence that mentions one.
 */
export const isGraphicTitle = (line: string): boolean => {
  const text = compact(line);
  return /^(?:一图读懂|图解)/.test(text) && text.length <= 80 && !/[。；！？]/.test(text);
};

/**
 * Whether a table is a graphic drawn with boxes (a PDF's ruling made of its panels): its first text
 * opens with the graphic's name. No cell of a report's table does.
 */
export const isGraphicTable = (rows: readonly (readonly { readonly text: string }[])[]): boolean => {
  const first = rows.flat().find((c) => compact(c.text) !== "");
  return first !== undefined && /^(?:一图读懂|图解)/.test(compact(first.text));
};

/** Whether a line is page furniture rather than report text. */
export const isChrome = (line: string): boolean => CHROME.test(compact(line));

/** A page number left in text copied from a printed page (only outside the tables, where a lone number is a value). */
export const isPageNumber = (line: string): boolean => PAGE_NUMBER.test(compact(line));

/** A paragraph as report text: no artefacts, no indentation, numbering written the official way. */
export function cleanParagraph(line: string): string {
  return stripArtefacts(line)
    .replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, "")
    .replace(/^\(([一二三四五六七八九十]{1,3})\)/, "（$1）")
    .replace(/^（([一二三四五六七八九十]{1,3})）[、.．，,]?[\s\u00a0\u3000]*/, "（$1）");
}

/** Metadata a page states about itself (发布日期 / 成文日期) as an ISO date. */
export function metadataDate(line: string): string | null {
  const m = /(?:发布|成文|发文)(?:日期|时间)[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/.exec(line);
  return m ? isoDate(m[1], m[2], m[3]) : null;
}

export function isoDate(y: string | undefined, m: string | undefined, d: string | undefined): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!(year >= 1990 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A line that is only a date (`2022年1月20日`, `（2021年1月20日）`) → ISO date. */
export function dateLine(line: string): string | null {
  const m = /^[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日[)）]?$/.exec(compact(line));
  return m ? isoDate(m[1], m[2], m[3]) : null;
}
