/**
 * Rule kind `document`: checks over the report as a whole and its text, one implementation per
 * check name. Further checks (the narrative rules) register here by name; an edition's rule data
 * names the check it runs.
 */
import { editionForYear } from "../model/editions/index.ts";
import { deadlineDate } from "../model/report.ts";
import type { Finding, NarrativeKey, RuleDef } from "../model/types.ts";
import type { RuleContext } from "./context.ts";

export type DocumentRule = Extract<RuleDef, { kind: "document" }>;
export type DocumentCheck = (rule: DocumentRule, ctx: RuleContext, out: Finding[]) => void;

const checks = new Map<string, DocumentCheck>();

/** Registers the implementation of a document check name. */
export function registerDocumentCheck(name: string, check: DocumentCheck): void {
  checks.set(name, check);
}

export function documentCheck(name: string): DocumentCheck | undefined {
  return checks.get(name);
}

export const NARRATIVE_LABEL: Readonly<Record<NarrativeKey, string>> = {
  preamble: "报告开头",
  overview: "一、总体情况",
  problems: "五、存在的主要问题及改进情况",
  other: "六、其他需要报告的事项",
};

const finding = (rule: DocumentRule, f: Omit<Finding, "rule" | "severity">): Finding => ({
  rule: rule.id,
  severity: rule.severity,
  ...f,
});

registerDocumentCheck("edition-year", (rule, ctx, out) => {
  const expected = editionForYear(ctx.report.year);
  if (expected?.id === ctx.report.edition) return;
  out.push(
    finding(rule, {
      cells: [],
      expected: expected?.id ?? null,
      actual: ctx.report.edition,
      message: expected
        ? `${ctx.report.year} 年度报告应使用 ${expected.id}（${expected.basis}）表格，当前为 ${ctx.report.edition}`
        : `${ctx.report.year} 年早于 2019 年，不在支持范围内`,
    }),
  );
});

/**
 * A line that is one of the six section headings, numbered as that section (`1、 总体情况`,
 * `5、 存在的主要问题及改进情况`, `—、总体情况`): a heading typed or pasted into the text, often with
 * Word's numbering. The number must be the section's own, so a sub-heading of the text such as
 * `1.存在的主要问题` in 五 or `一、主动公开政府信息情况` in 一 is left alone. The words that name each
 * section, in order, are the rule's options.
 */
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
const strayHeadings = new WeakMap<readonly string[], RegExp>();
const strayHeading = (words: readonly string[]): RegExp =>
  new RegExp(
    `^\\s*([一二三四五六—1-6１-６])\\s*[、.．]\\s*[^，。；：,;:\\n]{0,12}?(?:${words.map((w) => `(${w})`).join("|")})`,
  );

registerDocumentCheck("no-stray-headings", (rule, ctx, out) => {
  const words = (rule.options?.sectionWords as readonly string[] | undefined) ?? [];
  if (words.length === 0) return;
  let re = strayHeadings.get(words);
  if (!re) strayHeadings.set(words, (re = strayHeading(words)));
  for (const [key, text] of Object.entries(ctx.report.narrative) as [NarrativeKey, string][]) {
    for (const line of text.split("\n")) {
      if (line.length > 40) continue;
      const m = re.exec(line);
      if (!m) continue;
      const section = m.slice(2).findIndex((g) => g !== undefined) + 1;
      if (NUMERALS[m[1] ?? ""] !== section) continue;
      out.push(
        finding(rule, {
          cells: [`narrative.${key}`],
          expected: "由系统生成的章节标题",
          actual: line.trim(),
          message: `${NARRATIVE_LABEL[key]}中有一行“${line.trim()}”像是章节标题：六个部分的标题由系统按“一、”至“六、”生成，请删去这一行`,
        }),
      );
    }
  }
});

registerDocumentCheck("labels", (rule, ctx, out) => {
  for (const seen of ctx.seenLabels)
    out.push(
      finding(rule, {
        cells: [...seen.cells],
        expected: seen.expected,
        actual: seen.seen,
        message: `${seen.where}：标签“${seen.seen}”与官方格式“${seen.expected}”不一致`,
      }),
    );
});

registerDocumentCheck("deadline", (rule, ctx, out) => {
  const date = ctx.report.publication.date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  const deadline = deadlineDate(ctx.report);
  if (date <= deadline) return;
  out.push(
    finding(rule, {
      cells: ["publication.date"],
      expected: `≤ ${deadline}`,
      actual: date,
      message: `发布日期 ${date} 晚于发布期限 ${deadline}`,
    }),
  );
});

const PERIOD =
  /统计期限?[^。\n]{0,12}?自?\s*(\d{4})\s*年\s*1\s*月\s*1\s*日[^。\n]{0,6}?(?:至|到|[—－~～-])\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日/g;

registerDocumentCheck("statistics-period", (rule, ctx, out) => {
  const year = ctx.report.year;
  for (const [key, text] of Object.entries(ctx.report.narrative) as [NarrativeKey, string][]) {
    for (const m of text.matchAll(PERIOD)) {
      const from = Number(m[1]);
      const to = m[2] === undefined ? from : Number(m[2]);
      if (from === year && to === year) continue;
      out.push(
        finding(rule, {
          cells: [`narrative.${key}`],
          expected: `${year}年1月1日至${year}年12月31日`,
          actual: m[0],
          message: `${NARRATIVE_LABEL[key]}写的统计期限“${m[0]}”不是 ${year} 年度`,
        }),
      );
    }
  }
});

registerDocumentCheck("outcomes-need-sources", (rule, ctx, out) => {
  const opts = rule.options as { outcomes: string[]; sources: string[] } | undefined;
  if (!opts) return;
  const sum = (ids: string[]) => ids.reduce((s, id) => s + (ctx.computed.value[id] ?? 0), 0);
  const outcomes = sum(opts.outcomes);
  if (outcomes > 0 && sum(opts.sources) === 0)
    out.push(
      finding(rule, {
        cells: [...opts.outcomes, ...opts.sources],
        expected: "> 0",
        actual: 0,
        message: `有办理结果或结转（共 ${outcomes} 件），但本年新收和上年结转都是 0`,
      }),
    );
});
