/**
 * Reading narrative text for the narrative checks: sentences with their offsets, numbers written
 * in digits or Chinese numerals (一件, 两件, 十二件, 1,234元), and the finding shape every narrative
 * check shares. Offsets always refer to the original text, so a finding can mark its phrase.
 */
import type { DocumentRuleDef, FindingDraft, NarrativeKey } from "../../model/types.ts";

export interface Span {
  readonly start: number;
  readonly end: number;
}

const SENTENCE_END = /[。！？!?\n]/g;

/** Sentences of a text (split after 。！？ and at line breaks), leading blanks trimmed. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    pushTrimmed(out, text, start, m.index + (m[0] === "\n" ? 0 : 1));
    start = m.index + 1;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

const BLANK = " \t\r\n\u3000\u00a0";

function pushTrimmed(out: Span[], text: string, from: number, end: number): void {
  let s = from;
  while (s < end && BLANK.includes(text[s] ?? "")) s++;
  if (end > s) out.push({ start: s, end });
}

const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below 10 000 (十二, 二十, 一百零三, 两千); null when it is not one. */
export function parseChineseNumber(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 一一, 三五: not a number
      digit = d;
      continue;
    }
    const unit = CN_UNIT[ch];
    if (unit === undefined || unit >= lastUnit) return null;
    total += (digit ?? (total === 0 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return null;
    lastUnit = unit;
    digit = null;
  }
  return total + (digit ?? 0);
}

const FULL_WIDTH_DIGITS = /[０-９．，]/g;
const toAscii = (s: string) =>
  s.replace(FULL_WIDTH_DIGITS, (c) =>
    c === "．" ? "." : c === "，" ? "," : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

/** A number written with a unit: a count (件/起/宗/例) or money (万元/元). */
export interface NumberMention extends Span {
  readonly value: number;
  readonly unit: "count" | "money-wan" | "money-yuan";
  /** decimals written (for money: the precision the text states) */
  readonly decimals: number;
}

/** where a number may end: a unit character, or `为0`/`为零` (均为0) standing for a zero count */
const UNIT_OR_ZERO = /[件起宗例元]|[0０零](?<=为\s*.)(?![0-9０-９.．件起宗例元万])/g;
const isDigit = (ch: string): boolean => (ch >= "0" && ch <= "9") || (ch >= "０" && ch <= "９");
const isCnNumeral = (ch: string): boolean => ch !== "" && "零〇一二两三四五六七八九十百千".includes(ch);

/** Where the number ending at `end` starts (digits with 1,234 / 1.5, or Chinese numerals); -1 if none. */
function numberStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && (text[i - 1] === " " || text[i - 1] === "\u3000")) i--;
  const last = text[i - 1] ?? "";
  if (isDigit(last)) {
    while (i > from) {
      const ch = text[i - 1] ?? "";
      const sep = ch === "." || ch === "．" || ch === "," || ch === "，";
      if (isDigit(ch) || (sep && isDigit(text[i - 2] ?? "") && isDigit(text[i] ?? ""))) i--;
      else break;
    }
    return i;
  }
  if (isCnNumeral(last)) {
    while (i > from && isCnNumeral(text[i - 1] ?? "")) i--;
    return i;
  }
  return -1;
}

/** the value of a number as written, with its decimals; null when it is not a number */
function valueOf(written: string): { value: number | null; decimals: number } {
  const first = written.charAt(0);
  if (!isDigit(first)) return { value: parseChineseNumber(written), decimals: 0 };
  const ascii = toAscii(written).replace(/\s/g, "");
  if (ascii.includes(",") && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(ascii)) return { value: null, decimals: 0 };
  const plain = ascii.replace(/,/g, "");
  return { value: Number(plain), decimals: plain.includes(".") ? plain.length - plain.indexOf(".") - 1 : 0 };
}
/** words just before a number that make it something else than a plain count of this year */
const BEFORE_NUMBER = /(?:每|第|逐|统|唯|同|任|单|约|近|逾|超|达|余|超过|不到|不足|大约|将近|至少|最多)$/;
/** words just after a number that make it approximate, or part of a set phrase (一件事一次办) */
const AFTER_NUMBER = /^(?:以上|以下|左右|多|余|上下|事|件|一|之)/;

/** Every number with a unit in `text[start, end)`, approximate ones left out. */
export function numbersIn(text: string, span: Span): NumberMention[] {
  const out: NumberMention[] = [];
  UNIT_OR_ZERO.lastIndex = span.start;
  for (let m = UNIT_OR_ZERO.exec(text); m !== null && m.index < span.end; m = UNIT_OR_ZERO.exec(text)) {
    const at = m.index;
    let start: number;
    let end: number;
    let value: number | null;
    let decimals = 0;
    let unit: NumberMention["unit"] = "count";
    if (m[0] !== "件" && m[0] !== "起" && m[0] !== "宗" && m[0] !== "例" && m[0] !== "元") {
      start = at;
      end = at + 1;
      value = 0;
    } else {
      const wan = m[0] === "元" && text[at - 1] === "万";
      unit = m[0] !== "元" ? "count" : wan ? "money-wan" : "money-yuan";
      const numberEnd = wan ? at - 1 : at;
      start = numberStart(text, span.start, numberEnd);
      if (start < 0) continue;
      end = at + 1;
      ({ value, decimals } = valueOf(text.slice(start, numberEnd).trim()));
    }
    if (BEFORE_NUMBER.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (AFTER_NUMBER.test(text.slice(end, end + 2))) continue;
    if (value === null || !Number.isFinite(value)) continue;
    if (unit === "count" && !Number.isInteger(value)) continue;
    out.push({ start, end, value, unit, decimals });
  }
  return out;
}

/** Removes balanced parenthesised asides (（含上年结转）) from a short gap of text. */
export const withoutAsides = (s: string): string => s.replace(/[（(][^（）()]*[）)]/g, "");

/** The finding every narrative check returns: a warning about a range of one section, or the section as a whole. */
export function narrativeFinding(
  rule: Pick<DocumentRuleDef, "id" | "severity">,
  key: NarrativeKey,
  range: Span | null,
  f: {
    cells?: readonly string[];
    expected: FindingDraft["expected"];
    actual: FindingDraft["actual"];
    message: string;
  },
): FindingDraft {
  return {
    rule: rule.id,
    severity: rule.severity,
    target: {
      kind: "text",
      section: key,
      span: range ? { start: range.start, end: range.end } : null,
      cells: f.cells ?? [],
    },
    expected: f.expected,
    actual: f.actual,
    message: f.message,
  };
}

/** Shortens a phrase for a message (reading only its beginning, however long it is). */
export const quote = (s: string, max = 40): string => {
  const t = s.slice(0, max * 8).replace(/\s+/g, "");
  return t.length > max || s.length > max * 8 ? `${t.slice(0, max - 1)}…` : t;
};
