/**
 * The parts of the package that docx's options cannot say, handed to `Packer` as overrides: the
 * styles part (built once from `styles.ts` by docx itself, then reused by every document), the font
 * table with its fallbacks (`font-table.ts`), and the settings (odd/even headers, no punctuation
 * compression so the 28-character grid holds, zh-CN theme language).
 */
import { Document, Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { FONT_TABLE_XML } from "./font-table.ts";
import { stylesOptions } from "./styles.ts";
import { W_NS, XML_DECLARATION } from "./xml.ts";

const SETTINGS_XML =
  XML_DECLARATION +
  `<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>` +
  `<w:characterSpacingControl w:val="doNotCompress"/>` +
  `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
  `<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>`;

const STYLES_PATH = "word/styles.xml";
let styles: Promise<string> | undefined;

/** docx's own XML of the styles, compiled once from a document that has nothing else. */
function stylesXml(): Promise<string> {
  styles ??= Packer.pack(new Document({ styles: stylesOptions(), sections: [{ children: [] }] }), "uint8array").then(
    (bytes) => {
      const part = unzipSync(bytes, { filter: (f) => f.name === STYLES_PATH })[STYLES_PATH];
      if (!part) throw new Error("docx wrote no styles part");
      return strFromU8(part);
    },
  );
  return styles;
}

export interface PartOverride {
  readonly path: string;
  readonly data: string;
}

/** Every part the document's package takes from here instead of from docx. */
export async function partOverrides(): Promise<PartOverride[]> {
  return [
    { path: STYLES_PATH, data: await stylesXml() },
    { path: "word/fontTable.xml", data: FONT_TABLE_XML },
    { path: "word/settings.xml", data: SETTINGS_XML },
  ];
}
