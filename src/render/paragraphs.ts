/**
 * Narrative text → paragraphs with their heading level (decisions §5): a paragraph starting
 * `（一）` is a second-level heading, `1.` a third-level one. When such a paragraph goes on after
 * its heading sentence (`（一）主动公开情况。本年度……`), the heading part and the body are kept
 * apart, so each output can set them in their own type (GB/T 9704: 楷体 for （一）, 仿宋 for 1.);
 * a long numbered paragraph with no heading sentence stays text, only its number set as heading.
 * http(s) addresses become links; nothing else ever does, and an address becomes a link only when
 * it goes where it says: no user part (`https://x.gov.cn@evil.example/` goes to evil.example), a host
 * written as the browser reads it (a look-alike letter from another script is punycode to the
 * browser, `xn--…`), and not cut short by such a letter. Any other address stays plain, escaped text.
 */
import { cleanText } from "./clean-text.ts";

export interface Run {
  readonly text: string;
  /** an http(s) address, or null: only http(s) ever becomes a link */
  readonly href: string | null;
}

export interface ParagraphView {
  /** 0 = body text, 2 = `（一）` heading, 3 = `1.` heading (level 1 is a section heading) */
  readonly level: 0 | 2 | 3;
  /** the heading words of a level-2/3 paragraph (empty for body text) */
  readonly head: readonly Run[];
  /** the paragraph's text after its heading words */
  readonly body: readonly Run[];
  /** a draft's stand-in for a section not written yet */
  readonly placeholder: boolean;
}

/** `（一）`, also typed with half-width brackets `(一)` */
const LEVEL2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
const LEVEL3 = /^\d{1,2}[.．](?!\d)/;
/** a heading sentence ends at the first 。 or ： (not the colon of an `http://`), if that comes soon enough to be a heading */
const HEAD_END = /[。：]|:(?!\/\/)/;
const MAX_HEAD = 40;

/**
 * An address as written in Chinese text: ASCII URL characters only, so that the words written
 * straight after it (`http://www.x.gov.cn公布`) are not taken into its host name; quotes, brackets
 * and parentheses end it, and so does sentence punctuation at its end (`见http://x.cn/a.`).
 */
const ADDRESS = /https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;
/** a letter or digit that is not Chinese: an address followed by one (`http://www.yunxі.gov.cn`, Cyrillic і) is not all there */
const CUT_SHORT = /^[\p{L}\p{N}\p{M}]/u;
const CHINESE = /^[\p{Script=Han}\p{Script=Bopomofo}]/u;

/** Splits text into runs, linking http(s) addresses that parse as URLs. */
export function linkRuns(text: string): Run[] {
  if (text === "") return [];
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(ADDRESS)) {
    const at = m.index;
    const address = m[0].replace(TRAILING_PUNCTUATION, "");
    const next = text.slice(at + m[0].length, at + m[0].length + 2);
    if (CUT_SHORT.test(next) && !CHINESE.test(next)) continue;
    const href = safeHref(address);
    if (href === null) continue;
    if (at > last) runs.push({ text: text.slice(last, at), href: null });
    runs.push({ text: address, href });
    last = at + address.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), href: null });
  return runs;
}

/**
 * The address as a link target, or null unless it is a well-formed http(s) URL that goes to the
 * host it shows: no user name or password before an `@`, and the host as written is the host the
 * browser goes to (not a look-alike turned into punycode, not `%`-encoded).
 */
export function safeHref(address: string): string | null {
  const trimmed = address.trim();
  const written = /^https?:\/\/([^/?#\\]*)/i.exec(trimmed)?.[1];
  if (written === undefined || written.includes("@")) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (url.username !== "" || url.password !== "") return null;
    const host = written.replace(/:\d*$/, "").toLowerCase();
    return host === url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Where the heading words end: after the heading sentence when it ends soon enough; the whole
 * line when the line is short enough to be a heading; otherwise only the number (`（一）`, `1.`),
 * so that a long numbered paragraph stays body text instead of becoming a heading.
 */
function headingCut(line: string, marker: number): number {
  const end = HEAD_END.exec(line);
  if (end && end.index < MAX_HEAD) return end.index + 1;
  return line.length <= MAX_HEAD ? line.length : marker;
}

function paragraph(line: string): ParagraphView {
  const second = LEVEL2.exec(line);
  const marker = second ?? LEVEL3.exec(line);
  if (!marker) return { level: 0, head: [], body: linkRuns(line), placeholder: false };
  const level = second ? 2 : 3;
  const cut = headingCut(line, marker[0].length);
  return { level, head: linkRuns(line.slice(0, cut)), body: linkRuns(line.slice(cut)), placeholder: false };
}

/** Plain narrative text → paragraphs; blank lines are dropped, spaces around a paragraph trimmed. */
export function paragraphsOf(text: string): ParagraphView[] {
  const out: ParagraphView[] = [];
  for (const raw of cleanText(text).split("\n")) {
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
    if (line !== "") out.push(paragraph(line));
  }
  return out;
}

export const placeholderParagraph = (text: string): ParagraphView => ({
  level: 0,
  head: [],
  body: [{ text, href: null }],
  placeholder: true,
});
