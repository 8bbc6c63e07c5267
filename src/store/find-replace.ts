/**
 * Find and replace over the report's text (every narrative part, the opening included): each hit
 * with the sentence it stands in, so the clerk sees what changes before replacing (2021 → 2022 is
 * the usual case). Replacing is one text edit per part, applied with `applyFixes` as one undo step.
 */
import { narrativeName } from "../model/report.ts";
import { NARRATIVE_KEYS, type EditionDef, type FindingFix, type NarrativeKey, type Report } from "../model/types.ts";

/** One place the searched words stand. */
export interface TextHit {
  readonly section: NarrativeKey;
  readonly start: number;
  readonly end: number;
}

/** A hit as the clerk sees it: the part's name and the sentence around the words. */
export interface HitInContext extends TextHit {
  readonly where: string;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

const SENTENCE_END = "。！？!?；;\n";
/** characters of the sentence shown on each side of a hit, at most */
const CONTEXT = 40;

/** Every occurrence of `query` (exactly as typed, not overlapping), part by part in text order. */
export function findHits(report: Pick<Report, "narrative">, query: string): TextHit[] {
  if (query === "") return [];
  const hits: TextHit[] = [];
  for (const section of NARRATIVE_KEYS) {
    const text = report.narrative[section];
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length))
      hits.push({ section, start: at, end: at + query.length });
  }
  return hits;
}

/** The sentence around a hit (at most `CONTEXT` characters each side). */
export function inContext(edition: EditionDef, report: Pick<Report, "narrative">, hit: TextHit): HitInContext {
  const text = report.narrative[hit.section];
  let from = hit.start;
  while (from > 0 && hit.start - from < CONTEXT && !SENTENCE_END.includes(text[from - 1] ?? "")) from--;
  let to = hit.end;
  while (to < text.length && to - hit.end < CONTEXT && !SENTENCE_END.includes(text[to] ?? "")) to++;
  if (to < text.length && SENTENCE_END.includes(text[to] ?? "") && text[to] !== "\n") to++;
  return {
    ...hit,
    where: narrativeName(edition, hit.section),
    before: `${from > 0 && !SENTENCE_END.includes(text[from - 1] ?? "") ? "…" : ""}${text.slice(from, hit.start)}`,
    match: text.slice(hit.start, hit.end),
    after: `${text.slice(hit.end, to)}${to < text.length && !SENTENCE_END.includes(text[to - 1] ?? "") ? "…" : ""}`,
  };
}

/** The replacement of the chosen hits of `query` as fixes (one per part), for `applyFixes`. */
export function replacementOf(hits: readonly TextHit[], query: string, replacement: string): FindingFix[] {
  const bySection = new Map<NarrativeKey, TextHit[]>();
  for (const h of hits) {
    const list = bySection.get(h.section);
    if (list) list.push(h);
    else bySection.set(h.section, [h]);
  }
  return [...bySection].map(([section, list]) => ({
    kind: "replace-text",
    section,
    edits: list.map((h) => ({ start: h.start, end: h.end, from: query, to: replacement })),
  }));
}
