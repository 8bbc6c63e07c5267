/**
 * `word/styles.xml`, declared once (docx-notes §1, §2, §4, §11): document defaults 3号仿宋 with all
 * four font slots and the East Asian hint, zh-CN language; Normal = body text (exact 28.95 pt
 * lines, first line indented two characters, 28 characters a line); Title 2号小标宋 centred;
 * Heading 1–3 black 3号 黑体 / 楷体 / 仿宋 with outline levels; table text 五号 single-spaced and off
 * the line grid; the page number 4号宋体; the draft mark. No theme fonts anywhere.
 */
import { BODY_TRACKING, CHAR, FONT, LINE, SIZE, type FontRole } from "./page-setup.ts";
import { W_NS, XML_DECLARATION, xmlAttr } from "./xml.ts";

/** `w:rFonts` with every slot set; Latin text and digits in Times New Roman unless `latin` says otherwise. */
export const rFonts = (role: FontRole, latin: string = FONT.latin): string => {
  const l = xmlAttr(latin);
  return `<w:rFonts w:ascii="${l}" w:hAnsi="${l}" w:eastAsia="${xmlAttr(FONT[role])}" w:cs="${l}" w:hint="eastAsia"/>`;
};

const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>';
const BLACK = '<w:color w:val="000000"/>';
const EXACT = `<w:spacing w:before="0" w:after="0" w:line="${LINE}" w:lineRule="exact"/>`;
const SINGLE = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>';
const NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0"/>';
const OFF_GRID = '<w:snapToGrid w:val="0"/>';

const paragraphStyle = (id: string, name: string, pPr: string, rPr: string, extra = "") =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;

const basedOnNormal = '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>';

const heading = (level: 1 | 2 | 3, role: FontRole) =>
  paragraphStyle(
    `Heading${level}`,
    `heading ${level}`,
    `<w:keepNext/><w:keepLines/><w:outlineLvl w:val="${level - 1}"/>`,
    `${rFonts(role)}<w:b w:val="0"/><w:bCs w:val="0"/><w:i w:val="0"/><w:iCs w:val="0"/>${BLACK}`,
    basedOnNormal,
  );

export const STYLES_XML =
  XML_DECLARATION +
  `<w:styles xmlns:w="${W_NS}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${rFonts("fangsong")}${size(SIZE.body)}${LANG}</w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:widowControl w:val="0"/>${EXACT}<w:ind w:firstLineChars="200" w:firstLine="${2 * CHAR}"/><w:jc w:val="both"/></w:pPr>` +
  `<w:rPr>${rFonts("fangsong")}${BLACK}<w:spacing w:val="${BODY_TRACKING}"/>${size(SIZE.body)}${LANG}</w:rPr></w:style>` +
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>` +
  `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  paragraphStyle(
    "Title",
    "Title",
    `<w:keepNext/>${OFF_GRID}<w:spacing w:before="0" w:after="${LINE}" w:line="${LINE}" w:lineRule="exact"/>${NO_INDENT}<w:jc w:val="center"/>`,
    `${rFonts("title")}<w:b w:val="0"/><w:bCs w:val="0"/>${BLACK}<w:spacing w:val="0"/>${size(SIZE.title)}`,
    basedOnNormal,
  ) +
  heading(1, "heiti") +
  heading(2, "kaiti") +
  heading(3, "fangsong") +
  paragraphStyle(
    "Closing",
    "Closing",
    `<w:ind w:rightChars="200" w:right="${2 * CHAR}" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/>`,
    "",
    basedOnNormal,
  ) +
  paragraphStyle(
    "TableText",
    "Table Text",
    `<w:widowControl w:val="0"/>${OFF_GRID}${SINGLE}${NO_INDENT}<w:jc w:val="center"/>`,
    `${rFonts("fangsong")}${BLACK}${size(SIZE.table)}`,
    "<w:qFormat/>",
  ) +
  paragraphStyle(
    "Header",
    "header",
    `${OFF_GRID}${SINGLE}${NO_INDENT}<w:jc w:val="center"/>`,
    `${rFonts("heiti")}<w:color w:val="C00000"/>${size(SIZE.draftMark)}`,
  ) +
  paragraphStyle(
    "Footer",
    "footer",
    `${OFF_GRID}${SINGLE}${NO_INDENT}`,
    `${rFonts("song", FONT.song)}${BLACK}${size(SIZE.pageNumber)}`,
  ) +
  `</w:styles>`;
