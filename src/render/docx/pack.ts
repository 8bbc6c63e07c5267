/**
 * The Word tree → the bytes of a .docx: XML parts zipped with DEFLATE (fflate), the same in Node
 * and in the browser. Entries carry a fixed date, so the same report gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { packageParts } from "./package-parts.ts";
import type { WordDocument } from "./word-tree.ts";

const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

export function packDocument(doc: WordDocument): Uint8Array {
  const files: Zippable = {};
  for (const [path, xml] of packageParts(doc)) files[path] = [strToU8(xml), { mtime: FIXED_DATE }];
  return zipSync(files, { level: 6 });
}
