/**
 * `word/fontTable.xml`: every font the document names, with its character set and a fallback
 * (`w:altName`) that a stock Windows or WPS machine has (decisions §6: 仿宋_GB2312 → 仿宋,
 * 方正小标宋简体 → 宋体).
 */
import { FONT, FONT_FALLBACK } from "./page-setup.ts";
import { W_NS, XML_DECLARATION, xmlAttr } from "./xml.ts";

const CJK = [FONT.fangsong, FONT.kaiti, FONT.heiti, FONT.title, FONT.song];

const entry = (name: string, charset: string, family: string, pitch: string) => {
  const alt = FONT_FALLBACK[name];
  return (
    `<w:font w:name="${xmlAttr(name)}">` +
    (alt ? `<w:altName w:val="${xmlAttr(alt)}"/>` : "") +
    `<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`
  );
};

export const FONT_TABLE_XML =
  XML_DECLARATION +
  `<w:fonts xmlns:w="${W_NS}">` +
  entry(FONT.latin, "00", "roman", "variable") +
  CJK.map((name) => entry(name, "86", "modern", "fixed")).join("") +
  `</w:fonts>`;
