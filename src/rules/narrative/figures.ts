/**
 * Check `narrative-figures` (RD-04, R2-05): numbers the narrative states about the tables
 * (收到申请 N 件, 上年结转, 予以公开, 复议/诉讼, 规范性文件 制发/废止/现行有效, 收费金额) must equal
 * the cells they describe. A number counts only when a fact's words stand right before it in the
 * same clause (or a column word such as 自然人 does, after the fact's words in the sentence);
 * numbers about another year, plans, comparisons or approximations are left alone, and a number
 * that could honestly mean two things (收到 N 件 incl. 上年结转) is accepted under either. The facts
 * are data (`figure-facts.ts`); the rule's options choose them by group.
 */
import { addExact } from "../../model/compute.ts";
import type { EditionDef, Finding, NarrativeKey } from "../../model/types.ts";
import { registerDocumentCheck, type DocumentRule } from "../document-checks.ts";
import type { RuleContext } from "../context.ts";
import { fmt } from "../format.ts";
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
import {
  NARRATIVE_KEYS,
  narrativeFinding,
  numbersIn,
  quote,
  sectionLabel,
  sentences,
  withoutAsides,
  type NumberMention,
  type Span,
} from "./text-scan.ts";

/** how far (in characters, asides removed) a number may stand from the words that name it */
const MAX_GAP = 16;
const GAP_BREAK = /[，,。；;：:！？!?、\n]/;
const CLAUSE_END_CHARS = "，,。；;！？!?\n";
const CLAUSE_BREAKS = /[，,。；;！？!?\n]/g;
const SPOILERS = new RegExp(GAP_SPOILERS);
const PERIOD = new RegExp(OTHER_PERIOD);
const NEG = new RegExp(NEGATION, "g");
const ANY_NEG = new RegExp(NEGATION);
const COND = new RegExp(CONDITIONAL);
const YEAR = /((?:19|20)\d{2})\s*年/g;

interface CompiledFact {
  readonly fact: FigureFact;
  readonly needs: readonly RegExp[];
  readonly forbids: RegExp | null;
  readonly sentenceNeeds: RegExp | null;
}

interface Scanner {
  /** one alternation of every fact and column word; group i+1 is entry i */
  readonly regex: RegExp;
  readonly entries: readonly ({ kind: "fact"; fact: CompiledFact } | { kind: "col"; family: string; word: ColumnWord })[];
}

const scanners = new WeakMap<EditionDef, Map<string, Scanner>>();

/** whether any of the fact's cells exist in the edition (gb2019 has no 收费金额, gb2021 no 新制作) */
function applies(edition: EditionDef, fact: FigureFact): boolean {
  const cols = fact.columns ? (COLUMN_WORDS[fact.columns] ?? []).flatMap((w) => w.sumOf ?? [w.col]) : [];
  return expand(edition, fact.cells, fact.defaultCol ? [fact.defaultCol, ...cols] : cols).length > 0;
}

/** The scanner for a set of groups in an edition, compiled once. */
function scannerFor(edition: EditionDef, groups: readonly string[]): Scanner {
  let byGroups = scanners.get(edition);
  if (!byGroups) scanners.set(edition, (byGroups = new Map()));
  const key = [...groups].sort().join("|");
  let s = byGroups.get(key);
  if (s) return s;
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
    ...families.flatMap((family) => (COLUMN_WORDS[family] ?? []).map((word) => ({ kind: "col" as const, family, word }))),
  ];
  const source = entries.map((e) => `(${e.kind === "fact" ? e.fact.fact.keyword : e.word.keyword})`).join("|");
  s = { regex: new RegExp(source || "(?!)", "g"), entries };
  byGroups.set(key, s);
  return s;
}

// ---- cells of a fact in an edition ----------------------------------------------------------

const resolved = new WeakMap<EditionDef, Map<string, readonly string[]>>();

/** The edition's cell ids matching one pattern (`*` = one id segment). */
function idsOf(edition: EditionDef, pattern: string): readonly string[] {
  let cache = resolved.get(edition);
  if (!cache) resolved.set(edition, (cache = new Map()));
  let ids = cache.get(pattern);
  if (!ids) {
    if (!pattern.includes("*")) ids = edition.cells.some((c) => c.id === pattern) ? [pattern] : [];
    else {
      const re = new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/\*/g, "[^.]+")}$`);
      ids = edition.cells.filter((c) => re.test(c.id)).map((c) => c.id);
    }
    cache.set(pattern, ids);
  }
  return ids;
}

const expanded = new WeakMap<EditionDef, WeakMap<readonly string[], Map<string, readonly string[]>>>();

/** The edition's cell ids for cell patterns with `{col}` set to each of the columns (cached). */
function expand(edition: EditionDef, patterns: readonly string[], cols: readonly string[]): readonly string[] {
  let byPatterns = expanded.get(edition);
  if (!byPatterns) expanded.set(edition, (byPatterns = new WeakMap()));
  let byCols = byPatterns.get(patterns);
  if (!byCols) byPatterns.set(patterns, (byCols = new Map()));
  const key = cols.length === 1 ? (cols[0] ?? "") : cols.join(",");
  let ids = byCols.get(key);
  if (!ids) {
    ids = patterns.flatMap((p) => (p.includes("{col}") ? cols.flatMap((c) => idsOf(edition, p.replace("{col}", c))) : idsOf(edition, p)));
    byCols.set(key, ids);
  }
  return ids;
}

/** sum of the cells; undefined when the edition has none of them, null when one is blank */
function sumOf(ctx: RuleContext, ids: readonly string[]): number | null | undefined {
  if (ids.length === 0) return undefined;
  let total = 0;
  for (const id of ids) {
    const v = ctx.computed.value[id];
    if (v === null || v === undefined) return null;
    total = addExact(total, v);
  }
  return total;
}

/** Whether a stated amount (as written, with its unit and precision) is the table's 万元 value. */
function sameMoney(stated: NumberMention, wan: number): boolean {
  const yuan = Math.round(wan * 1e4 * 100) / 100;
  const [value, table] = stated.unit === "money-yuan" ? [stated.value, yuan] : [stated.value, wan];
  const scale = 10 ** Math.min(stated.decimals, 6);
  return Math.abs(value - table) < 1e-9 || Math.round(table * scale) / scale === value;
}

interface Claim {
  readonly fact: CompiledFact;
  readonly col: ColumnWord | null;
  readonly stated: NumberMention;
  /** the phrase the finding marks */
  readonly phrase: Span;
}

/** Compares one claim with the tables; returns the finding when they differ. */
function judge(rule: DocumentRule, ctx: RuleContext, key: NarrativeKey, text: string, claim: Claim): Finding | null {
  const { fact } = claim.fact;
  const cols = claim.col ? (claim.col.sumOf ?? [claim.col.col]) : fact.defaultCol ? [fact.defaultCol] : [];
  const primaryIds = expand(ctx.edition, fact.cells, cols);
  const primary = sumOf(ctx, primaryIds);
  if (primary === undefined || primary === null) return null;
  const candidates: (number | null | undefined)[] = [primary];
  for (const set of fact.orCells ?? []) candidates.push(sumOf(ctx, expand(ctx.edition, set, cols)));
  for (const other of claim.col?.orCols ?? []) candidates.push(sumOf(ctx, expand(ctx.edition, fact.cells, [other])));
  const same = (v: number) => (fact.money ? sameMoney(claim.stated, v) : v === claim.stated.value);
  if (candidates.some((v) => typeof v === "number" && same(v))) return null;
  if (fact.eachOf) {
    const parts = fact.eachOf.map((set) => sumOf(ctx, expand(ctx.edition, set, cols)));
    if (parts.every((v) => typeof v === "number" && same(v))) return null;
  }
  const cell = ctx.index.get(primaryIds[0] ?? "");
  const table = ctx.edition.tables.find((t) => t.id === cell?.table);
  const where = table ? `表${table.section.charAt(0)}` : "表格";
  const colLabel = claim.col && claim.col.col !== fact.defaultCol ? `·${claim.col.label}` : "";
  const unit = fact.money ? "万元" : "";
  const phrase = text.slice(claim.phrase.start, claim.phrase.end);
  const zero = claim.stated.start === claim.phrase.start ? "（即 0）" : "";
  return narrativeFinding(rule, key, claim.phrase, {
    cells: primaryIds,
    expected: primary,
    actual: claim.stated.value,
    message:
      `${sectionLabel(key)}写“${quote(phrase)}”${zero}，` +
      `但${where}中“${fact.label}${colLabel}”为 ${fmt(primary)}${unit}，请核对正文与表格`,
  });
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

/** positions of the clause breaks of a sentence, for `clauseAround` */
function clauseBreaks(text: string, span: Span): number[] {
  const breaks: number[] = [];
  CLAUSE_BREAKS.lastIndex = span.start;
  for (let m = CLAUSE_BREAKS.exec(text); m !== null && m.index < span.end; m = CLAUSE_BREAKS.exec(text)) breaks.push(m.index);
  return breaks;
}

function clauseAround(span: Span, breaks: readonly number[], at: number): Span {
  let start = span.start;
  let end = span.end;
  for (const b of breaks) {
    if (b < at) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return { start, end };
}

/** whether a fact's word is really about the fact here (needs / forbids / sentenceNeeds) */
function valid(fact: CompiledFact, text: string, sentence: Span, breaks: readonly number[], hit: Span): boolean {
  const clause = clauseAround(sentence, breaks, hit.start);
  const inClause = text.slice(clause.start, clause.end);
  if (!fact.needs.every((n) => n.test(inClause))) return false;
  if (fact.forbids && fact.forbids.test(inClause)) return false;
  if (fact.sentenceNeeds && !fact.sentenceNeeds.test(text.slice(sentence.start, sentence.end))) return false;
  return true;
}

/** the gap between the naming words and the number is short, in one clause, with nothing in between */
function directGap(text: string, from: number, to: number): boolean {
  const gap = withoutAsides(text.slice(from, to));
  return gap.length <= MAX_GAP && !GAP_BREAK.test(gap) && !SPOILERS.test(gap);
}

/** where in the sentence the first word about another period stands (Infinity when none) */
function otherPeriodFrom(text: string, sentence: Span, year: number): number {
  const part = text.slice(sentence.start, sentence.end);
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

/** whether a fact's word is valid here, computed once per word (`valid`) */
function validHit(h: Hit, cache: Map<Hit, boolean>, text: string, sentence: Span, breaks: readonly number[]): boolean {
  if (h.entry.kind !== "fact") return true;
  let v = cache.get(h);
  if (v === undefined) cache.set(h, (v = valid(h.entry.fact, text, sentence, breaks, h)));
  return v;
}

function claimsOfSentence(
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
  const hits: Hit[] = [];
  const re = scanner.regex;
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    let index = 1;
    while (index < m.length && m[index] === undefined) index++;
    const entry = scanner.entries[index - 1];
    if (!entry) continue;
    const start = sentence.start + m.index;
    hits.push({ start, end: start + m[0].length, entry, group: groups ? (groups[m.index] ?? 0) : 0 });
  }
  if (hits.length === 0) return [];
  const breaks = clauseBreaks(text, sentence);
  const validity = new Map<Hit, boolean>();
  const periodFrom = otherPeriodFrom(text, sentence, year);
  const claims: Claim[] = [];
  for (const n of numbers) {
    if (periodFrom < n.end) continue;
    const g = groups ? (groups[n.start - sentence.start] ?? 0) : 0;
    let row: Hit | undefined;
    for (let i = hits.length - 1; i >= 0 && !row; i--) {
      const h = hits[i];
      if (h && h.entry.kind === "fact" && h.end <= n.start && (h.group === 0 || h.group === g) && validHit(h, validity, text, sentence, breaks))
        row = h;
    }
    if (!row || row.entry.kind !== "fact") continue;
    const fact = row.entry.fact;
    if (Boolean(fact.fact.money) !== (n.unit !== "count")) continue;
    let col: ColumnWord | null = null;
    let anchor: Hit = row;
    const family = fact.fact.columns;
    if (family) {
      let colHit: Hit | undefined;
      for (let i = hits.length - 1; i >= 0 && !colHit; i--) {
        const h = hits[i];
        if (!h || h.entry.kind !== "col" || h.entry.family !== family || h.end > n.start) continue;
        if ((h.group !== 0 && h.group !== g) || inList(text, h)) continue;
        if (h.start >= row.end || (fact.fact.colBeforeRow === true && !/[，,。；;：:]/.test(text.slice(h.end, row.start)))) colHit = h;
      }
      if (colHit && colHit.entry.kind === "col") {
        col = colHit.entry.word;
        if (colHit.start >= row.end) anchor = colHit;
      } else if (!fact.fact.defaultCol) continue;
    }
    if (!directGap(text, anchor.end, n.start)) continue;
    claims.push({ fact, col, stated: n, phrase: { start: anchor.start, end: n.end } });
  }
  if (hasNegation) {
    NEG.lastIndex = 0;
    for (let neg = NEG.exec(part); neg !== null; neg = NEG.exec(part)) {
      const start = sentence.start + neg.index;
      if (COND.test(text.slice(Math.max(sentence.start, start - 2), start))) continue;
      let end = start + neg[0].length;
      while (end < sentence.end && end - start < 40 && !CLAUSE_END_CHARS.includes(text[end] ?? "，")) end++;
      if (periodFrom < end || numbers.some((n) => n.start >= start && n.start < end)) continue;
      let named: Hit | undefined;
      for (const h of hits)
        if (h.start >= start && h.start < end && h.entry.kind === "fact" && h.entry.fact.fact.zeroByNegation && validHit(h, validity, text, sentence, breaks)) {
          named = h;
          break;
        }
      if (!named || named.entry.kind !== "fact") continue;
      const zero: NumberMention = { start, end, value: 0, unit: named.entry.fact.fact.money ? "money-wan" : "count", decimals: 0 };
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

const read = new WeakMap<RuleContext, Map<NarrativeKey, ReadText>>();

function readText(ctx: RuleContext, key: NarrativeKey, text: string): ReadText {
  let byKey = read.get(ctx);
  if (!byKey) read.set(ctx, (byKey = new Map()));
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

registerDocumentCheck("narrative-figures", (rule, ctx, out) => {
  const groups = (rule.options?.groups as readonly string[] | undefined) ?? [];
  if (groups.length === 0) return;
  const scanner = scannerFor(ctx.edition, groups);
  if (scanner.entries.length === 0) return;
  for (const key of NARRATIVE_KEYS) {
    const text = ctx.report.narrative[key];
    if (!text) continue;
    const { sentences: list, negation } = readText(ctx, key, text);
    for (const { span, numbers } of list)
      for (const claim of claimsOfSentence(text, span, numbers, negation, scanner, ctx.report.year)) {
        const f = judge(rule, ctx, key, text, claim);
        if (f) out.push(f);
      }
  }
});
