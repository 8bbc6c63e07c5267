/**
 * docx's own compiler, the part of `Packer` that writes a document's parts (path → XML) before
 * `Packer` zips them. `Packer` keeps it to itself; this is the one module that reaches it, so that
 * `pack.ts` can zip the parts itself: leave out the part docx always writes that the package does
 * not want (the theme) and compress each part as it deserves. docx is pinned exactly (9.15.2); a
 * version without the compiler fails here, loudly, on the first document, and every test with it.
 */
import { Packer, type Document } from "docx";

/** A part written here instead of by docx (`package-parts.ts`). */
export interface PartOverride {
  readonly path: string;
  readonly data: string;
}

/** The parts of a package by their paths, in docx's order. */
export type PackageParts = Map<string, string | Uint8Array>;

interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly PartOverride[]): PackageParts;
}

const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;

/** Every part of the document's package as docx writes it, with `overrides` in place of its own. */
export function compileParts(doc: Document, overrides: readonly PartOverride[] = []): PackageParts {
  if (typeof compiler?.compile !== "function")
    throw new Error("docx's Packer has no compiler: the docx version is not the one pack.ts was written for (9.15.2)");
  return (compiler as Compiler).compile(doc, undefined, overrides);
}
