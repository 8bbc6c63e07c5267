/**
 * The docx document → the bytes of a .docx, the same in Node and in the browser: docx writes the
 * parts (`docx-compiler.ts`), with those of `package-parts.ts` in place of its own, and fflate zips
 * them, `[Content_Types].xml` first as Word writes it.
 *
 * - The theme docx writes into every package is left out, with its relationship and content type:
 *   nothing in the document names a theme font or colour (every style names its own, docx-notes
 *   §1), and a theme is not a WordprocessingML part, which Word's own rules cannot check.
 * - Parts of a few kilobytes and more (the document, the styles) are deflated; the small ones are
 *   stored, since deflating a part costs a fixed setup larger than the bytes it saves there.
 *
 * docx stamps the package properties with the time of packing, so two packings differ in those
 * bytes only.
 */
import type { Document } from "docx";
import { zipSync, type Zippable } from "fflate";
import { compileParts, type PackageParts } from "./docx-compiler.ts";
import { partOverrides } from "./package-parts.ts";

const CONTENT_TYPES = "[Content_Types].xml";

/** Parts docx always writes that the package leaves out: the part, and the relationship to it. */
const LEFT_OUT = [{ part: "word/theme/theme1.xml", rels: "word/_rels/document.xml.rels", target: "theme/theme1.xml" }];

/** a part this large or larger is deflated, a smaller one stored */
const DEFLATE_FROM = 4096;

/** `xml` without the one element that carries `attribute` (exactly once, or docx wrote what this does not expect). */
function withoutElement(xml: string | Uint8Array | undefined, attribute: string): string {
  const at = typeof xml === "string" ? xml.indexOf(attribute) : -1;
  if (typeof xml !== "string" || at < 0 || xml.includes(attribute, at + 1))
    throw new Error(`docx's package does not name ${attribute} exactly once`);
  return xml.slice(0, xml.lastIndexOf("<", at)) + xml.slice(xml.indexOf("/>", at) + 2);
}

function leaveOut(parts: PackageParts): void {
  for (const { part, rels, target } of LEFT_OUT) {
    if (!parts.delete(part)) throw new Error(`docx wrote no ${part}`);
    parts.set(CONTENT_TYPES, withoutElement(parts.get(CONTENT_TYPES), `PartName="/${part}"`));
    parts.set(rels, withoutElement(parts.get(rels), `Target="${target}"`));
  }
}

const utf8 = new TextEncoder();

export async function packDocument(doc: Document): Promise<Uint8Array> {
  const parts = compileParts(doc, partOverrides());
  leaveOut(parts);
  const zip: Zippable = {};
  for (const path of [CONTENT_TYPES, ...[...parts.keys()].filter((p) => p !== CONTENT_TYPES)]) {
    const data = parts.get(path) ?? "";
    const bytes = typeof data === "string" ? utf8.encode(data) : data;
    zip[path] = [bytes, { level: bytes.length >= DEFLATE_FROM ? 6 : 0 }];
  }
  return Promise.resolve(zipSync(zip));
}
