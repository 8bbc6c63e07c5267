/**
 * The parts of the package that docx's options cannot say, handed to docx's compiler as overrides:
 * the styles part (built once from `styles.ts` by docx itself, then reused by every document), the
 * font table with its fallbacks (`font-table.ts`), and the settings (odd/even headers, no
 * punctuation compression so the 28-character grid holds, zh-CN theme language).
 */
import { Document } from "docx";
import { compileParts, type PartOverride } from "./docx-compiler.ts";
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

/** docx's own XML of the styles, compiled from a document that has nothing else. */
function stylesXml(): string {
  const part = compileParts(new Document({ styles: stylesOptions(), sections: [{ children: [] }] })).get(STYLES_PATH);
  if (typeof part !== "string") throw new Error("docx wrote no styles part");
  return part;
}

let overrides: readonly PartOverride[] | undefined;

/** Every part the document's package takes from here instead of from docx (made on first use). */
export function partOverrides(): readonly PartOverride[] {
  overrides ??= [
    { path: STYLES_PATH, data: stylesXml() },
    { path: "word/fontTable.xml", data: FONT_TABLE_XML },
    { path: "word/settings.xml", data: SETTINGS_XML },
  ];
  return overrides;
}
