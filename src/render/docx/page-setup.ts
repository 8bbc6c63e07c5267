/**
 * GB/T 9704—2012 page and type measures for the Word document, in Word's units (twips = 1/20 pt;
 * font sizes in half-points). Reference: format.md §6, decisions §6, docx-notes §6, §10–12.
 */

/** millimetres → twips (1 mm = 1440 / 25.4 twips) */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** A4 portrait */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 天头 37 mm, 订口 28 mm; bottom 35 mm and right 26 mm leave the 156 × 225 mm 版心 */
export const MARGIN = {
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  /** the draft mark sits in the top margin */
  header: mm(15),
  /** puts the page number's 一字线 about 7 mm below the 版心 */
  footer: mm(25),
} as const;

/** text block width 156 mm = 8844 twips; every table is exactly this wide */
export const TEXT_WIDTH = mm(156);

/** sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 5号 10.5 pt, 小四 12 pt */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21, draftMark: 24 } as const;

/** 22 lines in the 225 mm 版心: 12756 / 22 ≈ 579.8 → 579 twips (28.95 pt), exact */
export const LINE = 579;

/** one body character (3号, 16 pt) in twips; indents count characters */
export const CHAR = (SIZE.body / 2) * 20;

/**
 * 28 characters a line: 8844 / 28 = 315.9 twips a character, so 16 pt characters are set 5 twips
 * (0.25 pt) tighter. Word's compressed character grid (`linesAndChars`, charSpace −849) would do
 * the same in Word, but LibreOffice lays each 16 pt character over two 15.8 pt grid cells there
 * (14 characters a line), so the spacing is set on the text and the grid counts lines only.
 */
export const BODY_TRACKING = -5;

/** Fonts as most government PCs name them (decisions §6). */
export const FONT = {
  fangsong: "仿宋_GB2312",
  kaiti: "楷体_GB2312",
  heiti: "黑体",
  title: "方正小标宋简体",
  song: "宋体",
  latin: "Times New Roman",
} as const;

export type FontRole = Exclude<keyof typeof FONT, "latin">;

/** Fallbacks a stock Windows or WPS machine has, written as `w:altName` in the font table. */
export const FONT_FALLBACK: Readonly<Partial<Record<string, string>>> = {
  [FONT.fangsong]: "仿宋",
  [FONT.kaiti]: "楷体",
  [FONT.title]: "宋体",
};
