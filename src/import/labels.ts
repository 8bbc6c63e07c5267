/**
 * Label text as it is found in the wild, made comparable with the edition's official labels
 * (format.md §1–2, §5 D10): whitespace and line breaks inside a cell are layout, full- and
 * half-width punctuation is the same punctuation, `1、`/`1.`/`（一）`/`(一)` are the same number.
 * A key keeps the number and the words; matching tolerates a few typos but never a different number.
 */

const SPACE = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g;

/** The text without any whitespace (line breaks inside a cell are layout, not label). */
export const compact = (text: string): string => text.replace(SPACE, "");

/** Full-width ASCII (digits, letters, punctuation) folded to half-width. */
export const halfWidth = (text: string): string =>
  text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `一`…`九十九` or Arabic digits → number; NaN when not a numeral. */
export function numeralValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === "十") return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? (CN_DIGITS[m[1]] ?? 0) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] ?? 0) : 0);
  if (text.length === 1 && CN_DIGITS[text] !== undefined) return CN_DIGITS[text];
  return Number.NaN;
}

const NUMBERING =
  /^(?:[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[)）][、.．,，]?|([一二三四五六七八九十]{1,3}|\d{1,2})[、.．,，](?!\d)|([—─])[、.．])/;

export interface LabelKey {
  /** the leading number (`1.`, `一、`, `（三）`), or null */
  readonly num: number | null;
  /** the words without numbering, whitespace or punctuation */
  readonly body: string;
}

/** Splits a label into its leading number and its words (punctuation dropped). */
export function labelKey(text: string): LabelKey {
  const t = halfWidth(compact(text));
  const m = NUMBERING.exec(t);
  let num: number | null = null;
  let rest = t;
  if (m) {
    const n = m[3] ? 1 : numeralValue(m[1] ?? m[2] ?? "");
    if (!Number.isNaN(n)) {
      num = n;
      rest = t.slice(m[0].length);
    }
  }
  return { num, body: rest.replace(/[\p{P}\p{S}]/gu, "") };
}

export const keyString = (k: LabelKey): string => `${k.num ?? "-"}|${k.body}`;

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

/** How many edits a label of this length may carry and still be recognised (short labels: none). */
export const typoAllowance = (length: number): number => (length < 5 ? 0 : Math.max(1, Math.floor(length * 0.25)));

const LAST_NUMERAL = /[一二三四五六七八九十〇\d]+(?=[^一二三四五六七八九十〇\d]*$)/;

/** The last run of numerals in the words (e.g. the `八` of 第二十条第（八）项), which a typo must not change. */
export const lastNumeral = (body: string): string => LAST_NUMERAL.exec(body)?.[0] ?? "";

/**
 * Whether `seen` may be a misspelling of `official`: same number (when both have one), same last
 * numeral in the words (unless `numeralFree`: the caller knows no other label differs from this one
 * only by that numeral), and few enough edits. Returns the distance, or null when it may not.
 */
export function fuzzyDistance(seen: LabelKey, official: LabelKey, numeralFree = false): number | null {
  if (seen.num !== null && official.num !== null && seen.num !== official.num) return null;
  if (!numeralFree && lastNumeral(seen.body) !== lastNumeral(official.body)) return null;
  const [short, long] =
    seen.body.length <= official.body.length ? [seen.body, official.body] : [official.body, seen.body];
  // a word added or dropped (规范性文件 for 行政规范性文件)
  if (short.length >= 4 && long.length - short.length <= 3 && long.includes(short)) return long.length - short.length;
  // a short label with its number written (`（一）子以公开`) may carry one slip: the number vouches for it
  const numbered = seen.num !== null && seen.num === official.num && long.length >= 3;
  const allow = Math.max(typoAllowance(long.length), numbered ? 1 : 0);
  if (allow === 0) return seen.body === official.body ? 0 : null;
  const d = editDistance(seen.body, official.body, allow);
  return d <= allow ? d : null;
}
