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

/**
 * sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 5号 10.5 pt, 小四 12 pt; the draft's note in
 * 五号 beside its 小四 草稿, so that the header holds on one line of the text width
 */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21, draftMark: 24, draftNote: 21 } as const;

/** 22 lines in the 225 mm 版心: 12756 / 22 ≈ 579.8 → 579 twips (28.95 pt), exact */
export const LINE = 579;

/** one body character (3号, 16 pt) in twips; indents count characters */
export const CHAR = (SIZE.body / 2) * 20;

/**
 * The document grid of Word's 公文 templates: 22 lines × 28 characters (`linesAndChars`). Word sets
 * every East Asian character in a cell of (the Normal style's size + `charSpace` / 4096 pt), so the
 * text needs no squeezing of its own: 8844 / 28 twips = 15.79 pt a cell holds one 16 pt character.
 *
 * LibreOffice reckons the cell from the size set on the Normal style itself, or 12 pt when Normal
 * sets none, and gives a character wider than its cell two cells (14 characters a line). So Normal
 * sets no size and the document default is 11.5 pt, the grid's reference: Word's cell is 11.5 pt +
 * 4.29 pt = 15.79 pt (28 a line), LibreOffice's 12 pt + 4.29 pt = 16.29 pt (27 a line, each
 * character in one cell, none lost). Every style that holds text sets its own size.
 */
const GRID_REFERENCE = 23;
const CHARS_PER_LINE = 28;

export const GRID = {
  /** the document default and Normal's size, in half-points: the grid's reference */
  referenceSize: GRID_REFERENCE,
  charsPerLine: CHARS_PER_LINE,
  /** 1/4096 pt added to the reference size: the largest pitch with 28 cells in the text width */
  charSpace: Math.floor((TEXT_WIDTH / 20 / CHARS_PER_LINE - GRID_REFERENCE / 2) * 4096),
} as const;

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
