/**
 * The document checks over the report as a whole (rule kind `document`): the edition matches the
 * year (RD-02), no section heading typed into the text (RD-01), labels an importer read (RD-03),
 * the publication deadline (RD-08), the statistics period (RD-09), outcomes without applications
 * (R3-06). Listed with the narrative checks in `document-checks.ts`.
 */
import { editionForYear, FIRST_YEAR } from "../model/editions/index.ts";
import { perObject } from "../model/memo.ts";
import { deadlineDate, narrativeName, PERIOD_DATES } from "../model/report.ts";
import {
  NARRATIVE_KEYS,
  type DocumentRuleDef,
  type FindingDraft,
  type FindingTarget,
  type SectionDef,
  type TextRange,
} from "../model/types.ts";
import type { RuleImpl } from "./context.ts";

/** A finding of a rule about a target. */
export const draft = (
  rule: Pick<DocumentRuleDef, "id" | "severity">,
  target: FindingTarget<TextRange>,
  f: Pick<FindingDraft, "expected" | "actual" | "message">,
): FindingDraft => ({ rule: rule.id, severity: rule.severity, target, ...f });

export const editionYear: RuleImpl<DocumentRuleDef<"edition-year">> = (rule, ctx, out) => {
  const expected = editionForYear(ctx.report.year);
  if (expected?.id === ctx.report.edition) return;
  out.push(
    draft(
      rule,
      { kind: "field", field: "year" },
      {
        expected: expected?.id ?? null,
        actual: ctx.report.edition,
        message: expected
          ? `${ctx.report.year} 年度报告应使用 ${expected.id}（${expected.basis}）表格，当前为 ${ctx.report.edition}`
          : `${ctx.report.year} 年早于 ${FIRST_YEAR} 年，不在支持范围内`,
      },
    ),
  );
};

/** Numerals a heading may carry, by the section number they stand for (`—` is 一 typed as a dash). */
const NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  "—": 1,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
  "6": 6,
  "１": 1,
  "２": 2,
  "３": 3,
  "４": 4,
  "５": 5,
  "６": 6,
};

/**
 * A line that is one of the six section headings, numbered as that section (`1、 总体情况`,
 * `5、 存在的主要问题及改进情况`, `—、总体情况`): a heading typed or pasted into the text, often with
 * Word's numbering. The number must be the section's own, so a sub-heading of the text such as
 * `1.存在的主要问题` in 五 or `一、主动公开政府信息情况` in 一 is left alone. The words that name each
 * section are the edition's (`sections[].words`).
 */
const strayHeading = perObject(
  (sections: readonly SectionDef[]): RegExp =>
    new RegExp(
      `^\\s*([一二三四五六—1-6１-６])\\s*[、.．]\\s*[^，。；：,;:\\n]{0,12}?(?:${sections.map((s) => `(${s.words})`).join("|")})`,
    ),
);

export const noStrayHeadings: RuleImpl<DocumentRuleDef<"no-stray-headings">> = (rule, ctx, out) => {
  const sections = ctx.edition.sections;
  const re = strayHeading(sections);
  for (const key of NARRATIVE_KEYS) {
    const text = ctx.report.narrative[key];
    let start = 0;
    for (const line of text.split("\n")) {
      const at = start;
      start += line.length + 1;
      if (line.length > 40) continue;
      const m = re.exec(line);
      if (!m) continue;
      const group = m.slice(2).findIndex((g) => g !== undefined);
      if (NUMERALS[m[1] ?? ""] !== sections[group]?.number) continue;
      const lead = line.length - line.trimStart().length;
      const heading = line.trim();
      out.push(
        draft(
          rule,
          { kind: "text", section: key, span: { start: at + lead, end: at + lead + heading.length }, cells: [] },
          {
            expected: "由系统生成的章节标题",
            actual: heading,
            message: `${narrativeName(ctx.edition, key)}中有一行“${heading}”像是章节标题：六个部分的标题由系统按“一、”至“六、”生成，请删去这一行`,
          },
        ),
      );
    }
  }
};

export const labels: RuleImpl<DocumentRuleDef<"labels">> = (rule, ctx, out) => {
  for (const seen of ctx.seenLabels)
    out.push(
      draft(
        rule,
        { kind: "label", label: seen.expected, seen: seen.seen, cells: seen.cells },
        {
          expected: seen.expected,
          actual: seen.seen,
          message: `${seen.where}：标签“${seen.seen}”与官方格式“${seen.expected}”不一致`,
        },
      ),
    );
};

export const deadline: RuleImpl<DocumentRuleDef<"deadline">> = (rule, ctx, out) => {
  const date = ctx.report.publication.date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  const due = deadlineDate(ctx.report);
  if (date <= due) return;
  out.push(
    draft(
      rule,
      { kind: "field", field: "publication.date" },
      { expected: `≤ ${due}`, actual: date, message: `发布日期 ${date} 晚于发布期限 ${due}` },
    ),
  );
};

/** A statement of the statistics period (`PERIOD_DATES` after 统计期限). */
const STATISTICS_PERIOD = new RegExp(String.raw`统计期限?[^。\n]{0,12}?自?\s*` + PERIOD_DATES, "g");

export const statisticsPeriod: RuleImpl<DocumentRuleDef<"statistics-period">> = (rule, ctx, out) => {
  const year = ctx.report.year;
  for (const key of NARRATIVE_KEYS) {
    const text = ctx.report.narrative[key];
    for (const m of text.matchAll(STATISTICS_PERIOD)) {
      const from = Number(m[1]);
      const to = m[2] === undefined ? from : Number(m[2]);
      if (from === year && to === year) continue;
      out.push(
        draft(
          rule,
          { kind: "text", section: key, span: { start: m.index, end: m.index + m[0].length }, cells: [] },
          {
            expected: `${year}年1月1日至${year}年12月31日`,
            actual: m[0],
            message: `${narrativeName(ctx.edition, key)}写的统计期限“${m[0]}”不是 ${year} 年度`,
          },
        ),
      );
    }
  }
};

export const outcomesNeedSources: RuleImpl<DocumentRuleDef<"outcomes-need-sources">> = (rule, ctx, out) => {
  const { outcomes, sources } = rule.options;
  const sum = (ids: readonly string[]) => ids.reduce((s, id) => s + (ctx.computed.value[id] ?? 0), 0);
  const done = sum(outcomes);
  const [first, ...rest] = [...outcomes, ...sources];
  if (done > 0 && sum(sources) === 0 && first !== undefined)
    out.push(
      draft(
        rule,
        { kind: "cells", cells: [first, ...rest] },
        { expected: "> 0", actual: 0, message: `有办理结果或结转（共 ${done} 件），但本年新收和上年结转都是 0` },
      ),
    );
};
