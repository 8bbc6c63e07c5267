/**
 * Check `narrative-other-year` (RD-07b): the text speaks of another year as the year reported on,
 * the mark of last year's report reused: a sentence that opens with `2019年，我镇…` in a 2020 report,
 * or `现就兴国镇2019年政府信息公开工作报告如下`. A sentence about last year (上年, 相比, 整改…) or a plan
 * for next year (2022年，我镇将…) is fine; the words that make it so are data in the rule's settings.
 */
import type { OtherYearSettings } from "../../model/check-settings.ts";
import { perObject } from "../../model/memo.ts";
import { narrativeName } from "../../model/report.ts";
import { NARRATIVE_KEYS, type DocumentRuleDef } from "../../model/types.ts";
import type { RuleImpl } from "../context.ts";
import { narrativeFinding, quote } from "./text-scan.ts";

interface Compiled {
  readonly self: RegExp;
  readonly back: RegExp;
  readonly ahead: RegExp;
  readonly title: RegExp;
  readonly event: RegExp;
}

const compiled = perObject((opts: OtherYearSettings): Compiled => ({
  self: new RegExp(opts.selfWords),
  back: new RegExp(opts.lookingBack),
  ahead: new RegExp(opts.lookingAhead),
  title: new RegExp(
    `(?:${opts.titleLead})[^。，,\\n]{0,12}?((?:19|20)\\d{2})\\s*年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告`,
    "g",
  ),
  event: new RegExp(opts.titleEvent),
}));

/** a sentence opening with a year: optional heading number, `2019年` / `2019年度`, then a comma */
const OPENING_YEAR =
  /(?:^|[。！？!?\n])[ \t\u3000]*(?:[（(][一二三四五六七八九十]+[）)][、，]?)?[ \t\u3000]*((?:19|20)\d{2})[ \t]*年度?[ \t]*[，,、]/g;
const ANY_YEAR = /(?:19|20)\d{2}/;
const SENTENCE_END = /[。！？!?\n]/g;

/** the sentence around a position */
function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !"。！？!?\n".includes(text[start - 1] ?? "")) start--;
  SENTENCE_END.lastIndex = at;
  const end = SENTENCE_END.exec(text)?.index ?? text.length;
  return text.slice(start, end);
}

export const otherYear: RuleImpl<DocumentRuleDef<"narrative-other-year">> = (rule, ctx, out) => {
  const c = compiled(rule.options);
  const year = ctx.report.year;
  const names = [ctx.report.org.shortName.trim(), ctx.report.org.name.trim()].filter((n) => n.length >= 2);
  for (const key of NARRATIVE_KEYS) {
    const text = ctx.report.narrative[key];
    if (!text || !ANY_YEAR.test(text)) continue;
    c.title.lastIndex = 0;
    if (text.includes("报告"))
      for (let m = c.title.exec(text); m !== null; m = c.title.exec(text)) {
        const stated = Number(m[1]);
        if (stated === year) continue;
        if (stated < year && c.event.test(sentenceAround(text, m.index))) continue; // 按时发布2020年…报告
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
    OPENING_YEAR.lastIndex = 0;
    for (let m = OPENING_YEAR.exec(text); m !== null; m = OPENING_YEAR.exec(text)) {
      const stated = Number(m[1]);
      if (stated === year) continue;
      const yearAt = m.index + m[0].lastIndexOf(m[1] ?? "");
      const start = m.index + (/^[。！？!?\n]/.test(m[0]) ? 1 : 0);
      SENTENCE_END.lastIndex = start;
      const end = SENTENCE_END.exec(text)?.index ?? text.length;
      const sentence = text.slice(start, end + 1).trim();
      if (sentence.includes(`${year}年`)) continue;
      const head = sentence.slice(0, 40);
      if (!c.self.test(head) && !names.some((n) => head.includes(n))) continue;
      if (stated < year ? c.back.test(sentence) : c.ahead.test(sentence)) continue;
      out.push(
        narrativeFinding(
          rule,
          key,
          { start: yearAt, end: m.index + m[0].length - 1 },
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
