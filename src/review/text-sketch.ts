/**
 * A section's text as the copy check across bodies sees it: the characters that count for
 * similarity (Chinese and Latin letters, as RD-07c counts them — digits and punctuation out, so
 * changed figures do not hide a copy), without the edition's standard statements (本年度未收取信息处理费。
 * is the same everywhere and is nobody's own writing), cut into shingles of a few characters and
 * summed up as a MinHash signature: two signatures agree in about the share of positions that the
 * two shingle sets have in common (their Jaccard similarity). Computed where the file is read.
 */
import type { EditionDef, Report } from "../model/types.ts";
import { countsForSimilarity } from "../rules/narrative/copied-text.ts";
import type { CopiedBetweenRule } from "./cross-body-rules.ts";
import type { SectionSketch } from "./review-types.ts";

/** The characters of a text that count for similarity, in order. */
export function countedText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) if (countsForSimilarity(text.charCodeAt(i))) out += text[i];
  return out;
}

/** Statements every body makes in the same words (the edition's 信息处理费 sentence), as counted text. */
const standardStatements = (edition: EditionDef | undefined): string[] =>
  [edition?.processingFee?.statement].filter((s): s is string => s !== undefined).map(countedText);

/** The text without its standard statements: a sentence made of one (with a few words around it) is dropped. */
export function ownWriting(text: string, edition: EditionDef | undefined): string {
  const standard = standardStatements(edition);
  return text
    .split(/[。！？；;!?\n]+/)
    .map(countedText)
    .filter((s) => !standard.some((st) => s.includes(st) && s.length < st.length * 2))
    .join("");
}

/** murmur3's finaliser: spreads a 32-bit value over all bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The seeds of the hash functions, the same in every thread and every run. */
const seeds = new Map<number, Uint32Array>();
function seedsFor(n: number): Uint32Array {
  let s = seeds.get(n);
  if (!s) seeds.set(n, (s = Uint32Array.from({ length: n }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab))));
  return s;
}

/** A MinHash signature of the text's shingles (FNV-1a of `k` characters), `hashes` long. */
export function minHash(text: string, k: number, hashes: number): Uint32Array {
  const seeds = seedsFor(hashes);
  const signature = new Uint32Array(hashes).fill(0xffffffff);
  for (let start = 0; start + k <= text.length; start++) {
    let h = 0x811c9dc5;
    for (let j = start; j < start + k; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    for (let i = 0; i < hashes; i++) {
      const v = mix(h ^ (seeds[i] ?? 0));
      if (v < (signature[i] ?? 0)) signature[i] = v;
    }
  }
  return signature;
}

/** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** The sketches of a report's sections that are long enough to be the body's own writing. */
export function sketchesOf(
  report: Pick<Report, "narrative">,
  edition: EditionDef | undefined,
  rule: CopiedBetweenRule,
): SectionSketch[] {
  const out: SectionSketch[] = [];
  for (const section of rule.sections) {
    const own = ownWriting(report.narrative[section], edition);
    if (own.length < rule.minLength) continue;
    out.push({ section, length: own.length, signature: minHash(own, rule.shingle, rule.hashes) });
  }
  return out;
}
