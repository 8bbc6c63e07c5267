/**
 * Check `narrative-other-year` (RD-07b): the text speaks of another year as the year reported on,
 * the mark of last year's report reused. A year dates the body's own work when it opens a sentence
 * or clause before the body (`2019年，我镇…`, `2021年本单位未发生…` in the middle of a paragraph), when
 * the body names it (`我镇2021年共收到…`), or in this report's own title phrase
 * (`现就兴国镇2019年政府信息公开工作报告如下`). A sentence about last year (上年, 相比, 整改, 以来…) or a
 * plan for next year (2022年，我镇将…) is fine, so is a year inside a document's title
 * (《2022年政务公开工作要点》) or telling that last year's report was published (按时发布2021年…报告);
 * the words that make it so are data in the rule's settings. Each text is read in one pass: the
 * sentence around a year is found by a binary search, and each sentence is tested once.
 */
import type { OtherYearSettings } from "../../model/check-settings.ts";
import { perObject } from "../../model/memo.ts";
import { narrativeName } from "../../model/report.ts";
import { NARRATIVE_KEYS, type DocumentRuleDef } from "../../model/types.ts";
import type { RuleImpl } from "../context.ts";
import { narrativeFinding, quote, type Span } from "./text-scan.ts";

interface Compiled {
  readonly self: RegExp;
  readonly selfAfter: RegExp;
  readonly selfBefore: RegExp;
  readonly back: RegExp;
  readonly ahead: RegExp;
  readonly title: RegExp;
  readonly event: RegExp;
}

/** the words after `YYYY年` that make it the title of a year's report */
const REPORT_TITLE = "(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告";

const compiled = perObject((opts: OtherYearSettings): Compiled => ({
  self: new RegExp(opts.selfWords),
  selfAfter: new RegExp(`^[ \\t\\u3000]*(?:${opts.selfWords})`),
  selfBefore: new RegExp(`(?:${opts.selfWords})[ \\t\\u3000]*$`),
  back: new RegExp(opts.lookingBack),
  ahead: new RegExp(opts.lookingAhead),
  title: new RegExp(`(?:${opts.titleLead})[^。，,\\n]{0,12}?((?:19|20)\\d{2})\\s*年度?${REPORT_TITLE}`, "g"),
  event: new RegExp(opts.titleEvent),
}));

/** a year as a date: `2019年` or `2019年度` (not part of a longer number) */
const YEAR = /(?<![0-9０-９])((?:19|20)\d{2})[ \t]*年(度)?/g;
const ANY_YEAR = /(?:19|20)\d{2}/;
const SENTENCE_ENDS = "。！？!?\n";
const CLAUSE_STARTS = "，,；;：:";
/** what may stand between a sentence's start and its opening year: blanks and a heading number (（一）、 1.) */
const LEAD =
  /^[ \t\u3000]*(?:(?:[（(][一二三四五六七八九十]+[）)]|[0-9一二三四五六七八九十]+[.．、])[、，]?)?[ \t\u3000]*$/;
const COMMA_AFTER = /^[ \t]*[，,、]/;
const TITLE_AFTER = new RegExp(`^\\s*度?${REPORT_TITLE}`);

/** The sentences of a text, found by binary search over its sentence ends. */
function sentencesOf(text: string) {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (SENTENCE_ENDS.includes(text[i] ?? "")) ends.push(i);
  return (at: number): Span => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ends[mid] ?? Infinity) < at) lo = mid + 1;
      else hi = mid;
    }
    const before = ends[lo - 1];
    return { start: before === undefined ? 0 : before + 1, end: ends[lo] ?? text.length };
  };
}

/** a position inside a short title in 《》 (a document's name: its year is not the report's) */
function inTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const open = before.lastIndexOf("《");
  if (open < 0 || before.indexOf("》", open) >= 0) return false;
  const close = text.slice(at, at + 60).indexOf("》");
  const reopen = text.slice(at, at + 60).indexOf("《");
  return close >= 0 && (reopen < 0 || close < reopen);
}

export const otherYear: RuleImpl<DocumentRuleDef<"narrative-other-year">> = (rule, ctx, out) => {
  const c = compiled(rule.options);
  const year = ctx.report.year;
  const names = [ctx.report.org.shortName.trim(), ctx.report.org.name.trim()].filter((n) => n.length >= 2);
  for (const key of NARRATIVE_KEYS) {
    const text = ctx.report.narrative[key];
    if (!text || !ANY_YEAR.test(text)) continue;
    const sentenceAt = sentencesOf(text);
    // per sentence (by its start): its words, tested once however many years it holds
    const tested = new Map<number, { back: boolean; ahead: boolean; event: boolean; thisYear: boolean }>();
    const about = (s: Span) => {
      let t = tested.get(s.start);
      if (!t) {
        const sentence = text.slice(s.start, s.end);
        t = {
          back: c.back.test(sentence),
          ahead: c.ahead.test(sentence),
          event: c.event.test(sentence),
          thisYear: sentence.includes(`${year}年`),
        };
        tested.set(s.start, t);
      }
      return t;
    };
    const flagged = new Set<number>();
    c.title.lastIndex = 0;
    if (text.includes("报告"))
      for (let m = c.title.exec(text); m !== null; m = c.title.exec(text)) {
        const stated = Number(m[1]);
        if (stated === year) continue;
        if (stated < year && about(sentenceAt(m.index)).event) continue; // 按时发布2020年…报告
        flagged.add(m.index + m[0].indexOf(m[1] ?? ""));
        out.push(
          narrativeFinding(
            rule,
            key,
            { start: m.index, end: m.index + m[0].length },
            {
              expected: `${year}年`,
              actual: `${stated}年`,
              message: `${narrativeName(ctx.edition, key)}写“${quote(m[0])}”，但这是 ${year} 年度的报告`,
            },
          ),
        );
      }
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
      const stated = Number(m[1]);
      if (stated === year || flagged.has(m.index)) continue;
      const end = m.index + m[0].length;
      const span = sentenceAt(m.index);
      const lead = text.slice(Math.max(span.start, m.index - 12), m.index);
      const opensSentence = m.index - span.start <= 12 && LEAD.test(text.slice(span.start, m.index));
      const opensClause = opensSentence || CLAUSE_STARTS.includes(text[m.index - 1] ?? "");
      const after = text.slice(end, end + 24);
      const head = text.slice(span.start, Math.min(span.end, span.start + 40));
      const selfInHead = c.self.test(head) || names.some((n) => head.includes(n));
      const dates =
        // 2019年，我镇… (the body named early in the sentence)
        (opensSentence && COMMA_AFTER.test(after) && selfInHead) ||
        // 2021年本单位… / …，2021年我镇…
        (opensClause && (c.selfAfter.test(after) || names.some((n) => after.trimStart().startsWith(n)))) ||
        // 我镇2021年… / 兴国镇2021年度…
        ((c.selfBefore.test(lead) || names.some((n) => lead.trimEnd().endsWith(n))) && !TITLE_AFTER.test(after));
      if (!dates || inTitle(text, m.index)) continue;
      const t = about(span);
      if (t.thisYear || (stated < year ? t.back : t.ahead)) continue;
      const sentence = text.slice(span.start, Math.min(span.end + 1, span.start + 200)).trim();
      out.push(
        narrativeFinding(
          rule,
          key,
          { start: m.index, end },
          {
            expected: `${year}年`,
            actual: `${stated}年`,
            message: `${narrativeName(ctx.edition, key)}中“${quote(sentence, 24)}”把 ${stated} 年当作本年度来写，但这是 ${year} 年度的报告：是否沿用了${stated < year ? "往年" : "其他年度"}的报告？`,
          },
        ),
      );
    }
  }
};
