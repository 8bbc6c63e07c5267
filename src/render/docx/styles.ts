/**
 * The Word styles, declared once as data (docx-notes §1, §2, §4, §11): document defaults with all
 * four font slots, the East Asian hint and zh-CN; Normal, the grid's reference (no size of its own,
 * see `GRID`); Body Text 3号仿宋 (exact 28.95 pt lines, first line indented two characters, on the
 * 28-character grid); Title 2号小标宋 centred; Heading 1–3 black 黑体 / 楷体 / 仿宋 with outline levels;
 * the sign-off; table text 五号 single-spaced; the draft mark; the page number 4号宋体. No theme fonts.
 * Styles that keep off the document grid (a paragraph-level `w:snapToGrid`, which docx's options do
 * not express) go in as imported style XML.
 */
import {
  AlignmentType,
  ImportedXmlComponent,
  LineRuleType,
  type ICharacterStyleOptions,
  type IFontAttributesProperties,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from "docx";
import { CHAR, FONT, GRID, LINE, SIZE, type FontRole } from "./page-setup.ts";
import { xmlAttr } from "./xml.ts";

/** Every font slot set: Latin text and digits in Times New Roman unless `latin` says otherwise. */
export const fontsOf = (role: FontRole, latin: string = FONT.latin): IFontAttributesProperties => ({
  ascii: latin,
  hAnsi: latin,
  eastAsia: FONT[role],
  cs: latin,
  hint: "eastAsia",
});

export type StyleId =
  | "Normal"
  | "BodyText"
  | "Title"
  | "Heading1"
  | "Heading2"
  | "Heading3"
  | "Closing"
  | "TableText"
  | "Header"
  | "Footer";

/** the 楷体 words of a （一） heading that runs on into its paragraph */
export const INLINE_HEADING = "InlineHeading";

/** the official tables: every cell's text centred between its rules, said once for all cells */
export const TABLE_STYLE = "OfficialTable";

const BLACK = "000000";
const PLAIN = { bold: false, boldComplexScript: false, italics: false, italicsComplexScript: false, color: BLACK };

const heading = (level: 1 | 2 | 3, role: FontRole): IParagraphStyleOptions => ({
  id: `Heading${level}`,
  name: `heading ${level}`,
  basedOn: "BodyText",
  next: "BodyText",
  quickFormat: true,
  run: { font: fontsOf(role), ...PLAIN },
  paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1 },
});

const PARAGRAPH_STYLES: readonly IParagraphStyleOptions[] = [
  { id: "Normal", name: "Normal", quickFormat: true, run: { font: fontsOf("fangsong"), color: BLACK } },
  {
    id: "BodyText",
    name: "Body Text",
    basedOn: "Normal",
    next: "BodyText",
    quickFormat: true,
    run: { size: SIZE.body },
    paragraph: {
      spacing: { before: 0, after: 0, line: LINE, lineRule: LineRuleType.EXACT },
      indent: { firstLineChars: 200, firstLine: 2 * CHAR },
      alignment: AlignmentType.JUSTIFIED,
    },
  },
  heading(1, "heiti"),
  heading(2, "kaiti"),
  heading(3, "fangsong"),
  {
    id: "Closing",
    name: "Closing",
    basedOn: "BodyText",
    next: "BodyText",
    quickFormat: true,
    paragraph: { indent: { firstLineChars: 0, firstLine: 0, right: 2 * CHAR }, alignment: AlignmentType.RIGHT },
  },
];

const CHARACTER_STYLES: readonly ICharacterStyleOptions[] = [
  { id: INLINE_HEADING, name: "Inline Heading", basedOn: "DefaultParagraphFont", run: { font: fontsOf("kaiti") } },
  // named by the footnote and endnote separators docx always writes
  { id: "FootnoteReference", name: "footnote reference", basedOn: "DefaultParagraphFont", run: { superScript: true } },
  { id: "EndnoteReference", name: "endnote reference", basedOn: "DefaultParagraphFont", run: { superScript: true } },
];

/* ------------------------------------------------------------ off the grid: imported XML */

const rFonts = (role: FontRole, latin: string = FONT.latin) =>
  `<w:rFonts w:ascii="${xmlAttr(latin)}" w:hAnsi="${xmlAttr(latin)}" w:eastAsia="${xmlAttr(FONT[role])}" w:cs="${xmlAttr(latin)}" w:hint="eastAsia"/>`;
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const SINGLE = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>';
const NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0"/>';
const OFF_GRID = '<w:snapToGrid w:val="0"/>';

/** A paragraph style that keeps off the document grid: its lines and characters are its own. */
const offGrid = (id: StyleId, name: string, pPr: string, rPr: string) =>
  ImportedXmlComponent.fromXmlString(
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
      `<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`,
  );

const OFF_GRID_STYLES = () => [
  offGrid(
    "Title",
    "Title",
    `<w:keepNext/>${OFF_GRID}<w:spacing w:before="0" w:after="${LINE}" w:line="${LINE}" w:lineRule="exact"/>${NO_INDENT}<w:jc w:val="center"/>`,
    `${rFonts("title")}<w:b w:val="0"/><w:bCs w:val="0"/><w:color w:val="${BLACK}"/>${size(SIZE.title)}`,
  ),
  offGrid(
    "TableText",
    "Table Text",
    `${OFF_GRID}${SINGLE}${NO_INDENT}<w:jc w:val="center"/>`,
    `${rFonts("fangsong")}<w:color w:val="${BLACK}"/>${size(SIZE.table)}`,
  ),
  offGrid(
    "Header",
    "header",
    `${OFF_GRID}${SINGLE}${NO_INDENT}<w:jc w:val="center"/>`,
    `${rFonts("heiti")}<w:color w:val="C00000"/>${size(SIZE.draftMark)}`,
  ),
  offGrid(
    "Footer",
    "footer",
    `${OFF_GRID}${SINGLE}${NO_INDENT}`,
    `${rFonts("song", FONT.song)}<w:color w:val="${BLACK}"/>${size(SIZE.pageNumber)}`,
  ),
];

/**
 * The document defaults, which docx's options cannot say: the grid's reference size (see `GRID`);
 * widow control off, so that pages fill to the last line; and `overflowPunct` stated as on, Word's
 * own default (a `，` or `。` after a full line may hang in the margin). LibreOffice reads that
 * setting the other way round: stated on, it hangs nothing and carries the last character over with
 * the punctuation; left unsaid, it hangs the punctuation and drops it from the page. And Word's own
 * table default and paragraph font, which docx's defaults would otherwise bring; and the official
 * tables' style, whose cells are centred vertically (a table style's cell properties, which docx's
 * options do not express either).
 */
const DEFAULTS = () => [
  ImportedXmlComponent.fromXmlString(
    `<w:docDefaults><w:rPrDefault><w:rPr>${rFonts("fangsong")}${size(GRID.referenceSize)}` +
      '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
      '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="1"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>',
  ),
  ImportedXmlComponent.fromXmlString(
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
  ),
  ImportedXmlComponent.fromXmlString(
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>' +
      '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  ),
  ImportedXmlComponent.fromXmlString(
    `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Official Table"/><w:basedOn w:val="TableNormal"/>` +
      '<w:tblPr/><w:tcPr><w:vAlign w:val="center"/></w:tcPr></w:style>',
  ),
];

/** The styles part's content as docx's options: every style the document names, and nothing else. */
export function stylesOptions(): IStylesOptions {
  return {
    importedStyles: [...DEFAULTS(), ...OFF_GRID_STYLES()],
    paragraphStyles: PARAGRAPH_STYLES,
    characterStyles: CHARACTER_STYLES,
  };
}
