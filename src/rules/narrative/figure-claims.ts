/**
 * The text side of RD-04 / R2-05: reads a narrative section into claims — a number (or a 未收到…/
 * 未发生… that means 0) and the fact and column it is about. A number counts only when a fact's
 * words stand right before it in the same clause, or a column word (自然人, 废止…) does with the
 * fact's words earlier in the sentence; words in another （aside） are invisible; numbers about
 * another year, plans, comparisons or approximations are left alone. Each section is read once per
 * check and shared by the rules that scan it.
 */
import { perObject } from "../../model/memo.ts";
import type { EditionDef, NarrativeKey } from "../../model/types.ts";
import type { RuleContext } from "../context.ts";
import { applies } from "./figure-cells.ts";
import {
  COLUMN_WORDS,
  CONDITIONAL,
  FIGURE_FACTS,
  GAP_SPOILERS,
  NEGATION,
  OTHER_PERIOD,
  type ColumnWord,
  type FigureFact,
} from "./figure-facts.ts";
import { numbersIn, sentences, withoutAsides, type NumberMention, type Span } from "./text-scan.ts";

/** how far (in characters, asides removed) a number may stand from the words that name it */
const MAX_GAP = 16;
/** how far a number may stand from those words before asides are removed (asides are short) */
const MAX_RAW_GAP = 120;
/** claims read from one sentence at most: a real sentence states a dozen figures, never hundreds */
export const MAX_CLAIMS = 64;
/** punctuation that ends the clause of a column word standing before its fact's word */
const COL_STOP = "，,。；;：:";
const GAP_BREAK = /[，,。；;：:！？!?、\n]/;
const CLAUSE_END_CHARS = "，,。；;！？!?\n";
const CLAUSE_BREAKS = /[，,。；;！？!?\n]/g;
const SPOILERS = new RegExp(GAP_SPOILERS);
const PERIOD = new RegExp(OTHER_PERIOD);
const NEG = new RegExp(NEGATION, "g");
const ANY_NEG = new RegExp(NEGATION);
const COND = new RegExp(CONDITIONAL);
const YEAR = /((?:19|20)\d{2})\s*年/g;

export interface CompiledFact {
  readonly fact: FigureFact;
  readonly needs: readonly RegExp[];
  readonly forbids: RegExp | null;
  readonly sentenceNeeds: RegExp | null;
}

export interface Scanner {
  /** one alternation of every fact and column word; group i+1 is entry i */
  readonly regex: RegExp;
  readonly entries: readonly (
    { kind: "fact"; fact: CompiledFact } | { kind: "col"; family: string; word: ColumnWord }
  )[];
}

/** The scanner for a set of groups (a rule's settings, so the same array each time) in an edition, compiled once. */
export const scannerFor = (edition: EditionDef, groups: readonly string[]): Scanner => scanners(edition)(groups);

const scanners = perObject((edition: EditionDef) =>
  perObject((groups: readonly string[]) => buildScanner(edition, groups)),
);

function buildScanner(edition: EditionDef, groups: readonly string[]): Scanner {
  const facts = FIGURE_FACTS.filter((f) => groups.includes(f.group) && applies(edition, f));
  const families = [...new Set(facts.map((f) => f.columns).filter((c): c is string => c !== undefined))];
  const entries: Scanner["entries"][number][] = [
    ...facts.map((fact) => ({
      kind: "fact" as const,
      fact: {
        fact,
        needs: (fact.needs ?? []).map((n) => new RegExp(n)),
        forbids: fact.forbids ? new RegExp(fact.forbids) : null,
        sentenceNeeds: fact.sentenceNeeds ? new RegExp(fact.sentenceNeeds) : null,
      },
    })),
    ...families.flatMap((family) =>
      (COLUMN_WORDS[family] ?? []).map((word) => ({ kind: "col" as const, family, word })),
    ),
  ];
  const source = entries.map((e) => `(${e.kind === "fact" ? e.fact.fact.keyword : e.word.keyword})`).join("|");
  return { regex: new RegExp(source || "(?!)", "g"), entries };
}

export interface Claim {
  readonly fact: CompiledFact;
  readonly col: ColumnWord | null;
  readonly stated: NumberMention;
  /** the phrase the finding marks */
  readonly phrase: Span;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly entry: Scanner["entries"][number];
  /** paren group the word sits in (0 = none) */
  readonly group: number;
}

/** paren group of each character of the sentence: 0 outside, a fresh id inside each （…）; null when none */
function parenGroups(text: string, span: Span): Int32Array | null {
  const part = text.slice(span.start, span.end);
  if (!part.includes("（") && !part.includes("(")) return null;
  const groups = new Int32Array(span.end - span.start);
  let depth = 0;
  let id = 0;
  let current = 0;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch === "（" || ch === "(") {
      if (depth === 0) current = ++id;
      depth++;
    }
    groups[i - span.start] = depth > 0 ? current : 0;
    if ((ch === "）" || ch === ")") && depth > 0) depth--;
  }
  return groups;
}

const LIST_JOIN = /[、和及与或/]/;
const UNIT_OR_DIGIT = /[件起宗例0-9０-９]/;

/** a column word inside a list of kinds (公民、法人和其他组织) rather than naming one column's count */
function inList(text: string, h: Span): boolean {
  const before = text[h.start - 1] ?? "";
  const after = text[h.end] ?? "";
  return (LIST_JOIN.test(before) && !UNIT_OR_DIGIT.test(text[h.start - 2] ?? "")) || LIST_JOIN.test(after);
}

/** the clause breaks of a sentence (sorted), and the clause around a position by binary search */
function clauseBreaks(text: string, span: Span): number[] {
  const breaks: number[] = [];
  CLAUSE_BREAKS.lastIndex = span.start;
  for (let m = CLAUSE_BREAKS.exec(text); m !== null && m.index < span.end; m = CLAUSE_BREAKS.exec(text))
    breaks.push(m.index);
  return breaks;
}

/** index of the first entry of a sorted list that is ≥ `at` (the list's length when none) */
function firstAtLeast(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function clauseAround(span: Span, breaks: readonly number[], at: number): Span {
  const i = firstAtLeast(breaks, at);
  const before = breaks[i - 1];
  return { start: before === undefined ? span.start : before + 1, end: breaks[i] ?? span.end };
}

/** the gap between the naming words and the number is short, in one clause, with nothing in between */
function directGap(text: string, from: number, to: number): boolean {
  // asides are short: a longer raw gap is never direct (and is not read at all, so the scan stays linear)
  if (to - from > MAX_RAW_GAP) return false;
  const gap = withoutAsides(text.slice(from, to));
  return gap.length <= MAX_GAP && !GAP_BREAK.test(gap) && !SPOILERS.test(gap);
}

/** where in the sentence the first word about another period stands (Infinity when none) */
function otherPeriodFrom(part: string, sentence: Span, year: number): number {
  let from = Infinity;
  const p = PERIOD.exec(part);
  if (p) from = p.index;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(part); m !== null; m = YEAR.exec(part))
    if (Number(m[1]) !== year) {
      from = Math.min(from, m.index);
      break;
    }
  return from === Infinity ? from : sentence.start + from;
}

/**
 * Whether fact words are about the fact where they stand (needs / forbids in their clause,
 * sentenceNeeds in the sentence): decided once per fact and clause, so a sentence with thousands of
 * the same words is read once per fact, not once per word.
 */
function validity(text: string, sentence: Span, breaks: readonly number[]) {
  const byClause = new Map<CompiledFact, Map<number, boolean>>();
  const bySentence = new Map<CompiledFact, boolean>();
  return (fact: CompiledFact, at: number): boolean => {
    if (fact.sentenceNeeds) {
      let s = bySentence.get(fact);
      if (s === undefined)
        bySentence.set(fact, (s = fact.sentenceNeeds.test(text.slice(sentence.start, sentence.end))));
      if (!s) return false;
    }
    if (fact.needs.length === 0 && !fact.forbids) return true;
    const clause = clauseAround(sentence, breaks, at);
    let cache = byClause.get(fact);
    if (!cache) byClause.set(fact, (cache = new Map()));
    let v = cache.get(clause.start);
    if (v === undefined) {
      const inClause = text.slice(clause.start, clause.end);
      v = fact.needs.every((n) => n.test(inClause)) && !(fact.forbids && fact.forbids.test(inClause));
      cache.set(clause.start, v);
    }
    return v;
  };
}

/** The words of a sentence the scanner knows, in order (they never overlap). */
function hitsOf(part: string, sentence: Span, scanner: Scanner, groups: Int32Array | null): Hit[] {
  const hits: Hit[] = [];
  const re = scanner.regex;
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    let index = 1;
    while (index < m.length && m[index] === undefined) index++;
    const entry = scanner.entries[index - 1];
    if (!entry) continue;
    const start = sentence.start + m.index;
    hits.push({ start, end: start + m[0].length, entry, group: groups ? (groups[m.index] ?? 0) : 0 });
  }
  return hits;
}

/** The later of two hits (either may be missing). */
const later = (a: Hit | undefined, b: Hit | undefined): Hit | undefined =>
  a === undefined ? b : b === undefined ? a : a.start > b.start ? a : b;

/**
 * The claims of one sentence. One pass over the sentence's words and numbers in text order: for each
 * number, the nearest valid fact word before it (outside asides, or in the number's own aside) and
 * the nearest column word of that fact's family are kept as the pass goes, so the work grows with
 * the sentence's length, not its square. At most `MAX_CLAIMS` claims are read from one sentence.
 */
export function claimsOfSentence(
  text: string,
  sentence: Span,
  numbers: readonly NumberMention[],
  negationInText: boolean,
  scanner: Scanner,
  year: number,
): Claim[] {
  const part = text.slice(sentence.start, sentence.end);
  const hasNegation = negationInText && ANY_NEG.test(part);
  if (numbers.length === 0 && !hasNegation) return [];
  const groups = parenGroups(text, sentence);
  const hits = hitsOf(part, sentence, scanner, groups);
  if (hits.length === 0) return [];
  const breaks = clauseBreaks(text, sentence);
  const valid = validity(text, sentence, breaks);
  const periodFrom = otherPeriodFrom(part, sentence, year);
  const groupOf = (at: number) => (groups ? (groups[at - sentence.start] ?? 0) : 0);
  // clause punctuation (a column word before the fact's word must be in its clause)
  const stops: number[] = [];
  for (let i = 0; i < part.length; i++) if (COL_STOP.includes(part[i] ?? "")) stops.push(sentence.start + i);
  const stopBetween = (from: number, to: number) => (stops[firstAtLeast(stops, from)] ?? Infinity) < to;

  const claims: Claim[] = [];
  /** the last valid fact word per paren group (0 = outside asides) */
  const lastFact = new Map<number, Hit>();
  /** the last column word per family and paren group, not inside a list of kinds */
  const lastCol = new Map<string, Hit>();
  const colKey = (family: string, group: number) => `${group}\u0000${family}`;
  let next = 0;
  for (const n of numbers) {
    if (claims.length >= MAX_CLAIMS) break;
    for (; next < hits.length && (hits[next]?.end ?? Infinity) <= n.start; next++) {
      const h = hits[next];
      if (!h) continue;
      if (h.entry.kind === "fact") {
        if (valid(h.entry.fact, h.start)) lastFact.set(h.group, h);
      } else if (!inList(text, h)) lastCol.set(colKey(h.entry.family, h.group), h);
    }
    if (periodFrom < n.end) continue;
    const g = groupOf(n.start);
    const row = g === 0 ? lastFact.get(0) : later(lastFact.get(0), lastFact.get(g));
    if (!row || row.entry.kind !== "fact") continue;
    const fact = row.entry.fact;
    if (Boolean(fact.fact.money) !== (n.unit !== "count")) continue;
    let col: ColumnWord | null = null;
    let anchor: Hit = row;
    const family = fact.fact.columns;
    if (family) {
      const c =
        g === 0
          ? lastCol.get(colKey(family, 0))
          : later(lastCol.get(colKey(family, 0)), lastCol.get(colKey(family, g)));
      const usable =
        c !== undefined && (c.start >= row.end || (fact.fact.colBeforeRow === true && !stopBetween(c.end, row.start)));
      if (usable && c.entry.kind === "col") {
        col = c.entry.word;
        if (c.start >= row.end) anchor = c;
      } else if (!fact.fact.defaultCol) continue;
    }
    if (!directGap(text, anchor.end, n.start)) continue;
    claims.push({ fact, col, stated: n, phrase: { start: anchor.start, end: n.end } });
  }
  if (hasNegation) {
    const numberStarts = numbers.map((n) => n.start);
    const hitStarts = hits.map((h) => h.start);
    NEG.lastIndex = 0;
    for (let neg = NEG.exec(part); neg !== null && claims.length < MAX_CLAIMS; neg = NEG.exec(part)) {
      const start = sentence.start + neg.index;
      if (COND.test(text.slice(Math.max(sentence.start, start - 2), start))) continue;
      let end = start + neg[0].length;
      while (end < sentence.end && end - start < 40 && !CLAUSE_END_CHARS.includes(text[end] ?? "，")) end++;
      if (periodFrom < end || (numberStarts[firstAtLeast(numberStarts, start)] ?? Infinity) < end) continue;
      let named: Hit | undefined;
      for (let i = firstAtLeast(hitStarts, start); i < hits.length && !named; i++) {
        const h = hits[i];
        if (!h || h.start >= end) break;
        if (h.entry.kind === "fact" && h.entry.fact.fact.zeroByNegation && valid(h.entry.fact, h.start)) named = h;
      }
      if (!named || named.entry.kind !== "fact") continue;
      const zero: NumberMention = {
        start,
        end,
        value: 0,
        unit: named.entry.fact.fact.money ? "money-wan" : "count",
        decimals: 0,
      };
      claims.push({ fact: named.entry.fact, col: null, stated: zero, phrase: { start, end } });
    }
  }
  return claims;
}

/** A section read once per check, shared by the rules that scan it (RD-04, R2-05). */
interface ReadText {
  readonly sentences: readonly { readonly span: Span; readonly numbers: readonly NumberMention[] }[];
  readonly negation: boolean;
}

/** per check (its context) and section: read once, shared by RD-04 and R2-05 */
const read = perObject((_ctx: RuleContext) => new Map<NarrativeKey, ReadText>());

export function readText(ctx: RuleContext, key: NarrativeKey, text: string): ReadText {
  const byKey = read(ctx);
  let r = byKey.get(key);
  if (r) return r;
  const numbers = numbersIn(text, { start: 0, end: text.length });
  const negation = ANY_NEG.test(text);
  const list: ReadText["sentences"][number][] = [];
  if (numbers.length > 0 || negation) {
    let next = 0;
    for (const span of sentences(text)) {
      const first = next;
      while (next < numbers.length && (numbers[next]?.start ?? Infinity) < span.end) next++;
      const inSentence = numbers.slice(first, next); // numbers start inside sentences, never between
      if (inSentence.length > 0 || negation) list.push({ span, numbers: inSentence });
    }
  }
  r = { sentences: list, negation };
  byKey.set(key, r);
  return r;
}
