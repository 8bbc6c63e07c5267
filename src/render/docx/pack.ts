/**
 * The docx document → the bytes of a .docx, the same in Node and in the browser (`Packer.pack` to
 * a Uint8Array), with the parts of `package-parts.ts` in place of docx's own. docx stamps the
 * package and its properties with the time of packing, so two packings differ in those bytes only.
 */
import { Packer, type Document } from "docx";
import { partOverrides } from "./package-parts.ts";

export async function packDocument(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, "uint8array", false, await partOverrides());
}
