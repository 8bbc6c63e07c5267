/**
 * The parts of the .docx package around the body (ECMA-376 Part 2): content types, relationships,
 * document properties, settings (odd/even headers, no punctuation compression so the 28-character
 * line holds), and the header/footer parts. No theme part: every style names its fonts.
 */
import { FONT_TABLE_XML } from "./font-table.ts";
import { STYLES_XML } from "./styles-xml.ts";
import { blockXml, paragraphXml, sectionXml, type PageRefs } from "./write-body.ts";
import type { WParagraph, WordDocument } from "./word-tree.ts";
import { R_NS, W_NS, XML_DECLARATION, xmlText } from "./xml.ts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml";

const SETTINGS_XML =
  XML_DECLARATION +
  `<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>` +
  `<w:characterSpacingControl w:val="doNotCompress"/>` +
  `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
  `<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>`;

const ROOT_RELS =
  XML_DECLARATION +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  `</Relationships>`;

const APP_XML =
  XML_DECLARATION +
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>nianbao</Application></Properties>`;

function coreXml(meta: WordDocument["meta"]): string {
  return (
    XML_DECLARATION +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlText(meta.title)}</dc:title><dc:creator>${xmlText(meta.creator)}</dc:creator>` +
    `<dc:description>${xmlText(meta.description)}</dc:description><cp:lastModifiedBy>nianbao</cp:lastModifiedBy>` +
    `</cp:coreProperties>`
  );
}

const pagePart = (root: "hdr" | "ftr", paragraphs: readonly WParagraph[]) =>
  `${XML_DECLARATION}<w:${root} xmlns:w="${W_NS}" xmlns:r="${R_NS}">${paragraphs.map(paragraphXml).join("")}</w:${root}>`;

/** Every part of the package by its path, [Content_Types].xml first. */
export function packageParts(doc: WordDocument): [path: string, xml: string][] {
  const pages: { path: string; kind: "header" | "footer"; id: string; xml: string }[] = [
    { path: "word/footer1.xml", kind: "footer", id: "rId11", xml: pagePart("ftr", doc.footers.odd) },
    { path: "word/footer2.xml", kind: "footer", id: "rId12", xml: pagePart("ftr", doc.footers.even) },
  ];
  if (doc.headers)
    pages.push(
      { path: "word/header1.xml", kind: "header", id: "rId13", xml: pagePart("hdr", doc.headers.odd) },
      { path: "word/header2.xml", kind: "header", id: "rId14", xml: pagePart("hdr", doc.headers.even) },
    );
  const refs: PageRefs = {
    footers: { odd: "rId11", even: "rId12" },
    headers: doc.headers ? { odd: "rId13", even: "rId14" } : null,
  };

  let body = "";
  for (const block of doc.body) body += blockXml(block);
  const documentXml = `${XML_DECLARATION}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${sectionXml(refs)}</w:body></w:document>`;

  const documentRels =
    XML_DECLARATION +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/fontTable" Target="fontTable.xml"/>` +
    pages.map((p) => `<Relationship Id="${p.id}" Type="${REL}/${p.kind}" Target="${p.path.slice(5)}"/>`).join("") +
    `</Relationships>`;

  const contentTypes =
    XML_DECLARATION +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${CT}.settings+xml"/>` +
    `<Override PartName="/word/fontTable.xml" ContentType="${CT}.fontTable+xml"/>` +
    pages.map((p) => `<Override PartName="/${p.path}" ContentType="${CT}.${p.kind}+xml"/>`).join("") +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`;

  return [
    ["[Content_Types].xml", contentTypes],
    ["_rels/.rels", ROOT_RELS],
    ["word/document.xml", documentXml],
    ["word/_rels/document.xml.rels", documentRels],
    ["word/styles.xml", STYLES_XML],
    ["word/settings.xml", SETTINGS_XML],
    ["word/fontTable.xml", FONT_TABLE_XML],
    ...pages.map((p): [string, string] => [p.path, p.xml]),
    ["docProps/core.xml", coreXml(doc.meta)],
    ["docProps/app.xml", APP_XML],
  ];
}
