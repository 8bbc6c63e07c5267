/**
 * Check `narrative-wording` (RD-10): the law's name and document numbers written wrongly
 * (《中华人民共和国信息公开条例》, 国办公开办函 numbers that do not exist, 〔〕 written as [] or （）)
 * and frequent typos (补证→补正, 高校→高效 in 公开、便民、高效…). Each finding suggests the correction
 * in `expected`; where the correction is certain, the finding carries it as its fix (one click in the
 * app). The names, numbers and typos are data (`wording-data.ts`), compiled at load.
 */
import { narrativeName } from "../../model/report.ts";
import { NARRATIVE_KEYS, type DocumentRuleDef, type FindingDraft, type NarrativeKey } from "../../model/types.ts";
import type { RuleContext, RuleImpl } from "../context.ts";
import { narrativeFinding } from "./text-scan.ts";
import { DOC_NUMBERS, ORDINANCE, TITLE_FIXES, TYPOS } from "./wording-data.ts";

const TITLE = /《([^《》\n]{2,40})》/g;
const TITLE_RULES = TITLE_FIXES.map((f) => ({ ...f, re: new RegExp(`^(?:${f.wrong})$`) }));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NUMBER_RULES = DOC_NUMBERS.map((d) => ({
  ...d,
  re: new RegExp(
    `${escape(d.prefix)}\\s*([〔\\[［(（【]?)\\s*(\\d{4})\\s*([〕\\]］)）】]?)\\s*第?\\s*(\\d+)\\s*号`,
    "g",
  ),
  nearRe: d.near ? new RegExp(d.near) : null,
  topicRe: d.topic ? new RegExp(d.topic) : null,
}));

/** Whether `a` and `b` differ by one slip: a digit changed, added, dropped, or two swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length !== b.length) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  }
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
const ORDINANCE_RE = /国务院令\s*第\s*(\d+)\s*号/g;
const ORDINANCE_NEAR = new RegExp(ORDINANCE.near);
/** one literal alternation finds every typo's place; each typo's own regex confirms it there */
const TYPO_FIND = new RegExp([...new Set(TYPOS.map((t) => escape(t.find)))].join("|"), "g");
const TYPO_RULES = TYPOS.map((t) => ({ ...t, re: new RegExp(t.wrong, "y") }));

/** where a finding goes: the rule, the section and its text, and the list of findings */
interface Target {
  readonly rule: DocumentRuleDef<"narrative-wording">;
  readonly key: NarrativeKey;
  readonly text: string;
  readonly out: FindingDraft[];
  readonly ctx: RuleContext;
}

/**
 * A wording finding suggesting `right`. `certain` when the data leaves no doubt (a listed typo in its
 * context, a misnamed law, a real document number written with the wrong brackets): the finding then
 * carries the replacement as its fix; a number that may be another document's only suggests.
 */
function warnAt(t: Target, start: number, end: number, right: string, why: string, certain: boolean): void {
  const wrong = t.text.slice(start, end);
  const finding = narrativeFinding(
    t.rule,
    t.key,
    { start, end },
    {
      expected: right,
      actual: wrong,
      message: `${narrativeName(t.ctx.edition, t.key)}中“${wrong}”${why}，应为“${right}”`,
    },
  );
  t.out.push(
    certain
      ? { ...finding, fix: { kind: "replace-text", section: t.key, edits: [{ start, end, from: wrong, to: right }] } }
      : finding,
  );
}

function check(t: Target): void {
  const { ctx } = t;
  const { text } = t;
  TITLE.lastIndex = 0;
  if (text.includes("《"))
    for (let m = TITLE.exec(text); m !== null; m = TITLE.exec(text)) {
      const title = m[1] ?? "";
      for (const fix of TITLE_RULES)
        if (fix.re.test(title) && !fix.allowed.includes(title))
          warnAt(t, m.index, m.index + m[0].length, `《${fix.right}》`, "名称有误", true);
    }
  for (const series of NUMBER_RULES) {
    if (!text.includes(series.prefix)) continue;
    series.re.lastIndex = 0;
    for (let m = series.re.exec(text); m !== null; m = series.re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (series.nearRe && !series.nearRe.test(before)) continue;
      const [whole, open, year, close, num] = m;
      const y = year ?? "";
      const n = num ?? "";
      const real = series.real.includes(`${y}-${n}`);
      const slipOf = real
        ? undefined
        : series.real.find((r) => r.startsWith(`${y}-`) && oneSlip(r.slice(y.length + 1), n));
      // another document of the series, on another topic: not ours to judge
      if (!real && !slipOf && series.topicRe && !series.topicRe.test(before)) continue;
      const right = real
        ? `${series.prefix}〔${y}〕${n}号`
        : slipOf
          ? `${series.prefix}〔${y}〕${slipOf.slice(y.length + 1)}号`
          : (series.suggest[y] ?? series.otherwise ?? ctx.edition.basis);
      const bracketsOk = open === "〔" && close === "〕";
      if (real && bracketsOk && !/\s|第/.test(whole)) continue;
      warnAt(
        t,
        m.index,
        m.index + whole.length,
        right,
        real ? "文号格式不规范（年份用六角括号〔〕）" : `文号疑有误（${series.note}）`,
        real,
      );
    }
  }
  ORDINANCE_RE.lastIndex = 0;
  if (text.includes("国务院令"))
    for (let m = ORDINANCE_RE.exec(text); m !== null; m = ORDINANCE_RE.exec(text)) {
      if (m[1] === ORDINANCE.real) continue;
      if (!ORDINANCE_NEAR.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30))) continue;
      warnAt(
        t,
        m.index,
        m.index + m[0].length,
        ORDINANCE.right,
        "是旧条例的令号（2019年修订后的条例为国务院令第711号）",
        false, // the old 条例 may be cited as such (2007年国务院令第492号公布)
      );
    }
  TYPO_FIND.lastIndex = 0;
  for (let m = TYPO_FIND.exec(text); m !== null; m = TYPO_FIND.exec(text)) {
    for (const typo of TYPO_RULES) {
      if (typo.find !== m[0]) continue;
      typo.re.lastIndex = m.index;
      const hit = typo.re.exec(text);
      if (hit) warnAt(t, m.index, m.index + hit[0].length, typo.right, "疑为错别字", true);
    }
  }
}

export const wording: RuleImpl<DocumentRuleDef<"narrative-wording">> = (rule, ctx, out) => {
  for (const key of NARRATIVE_KEYS) {
    const text = ctx.report.narrative[key];
    if (text) check({ rule, key, text, out, ctx });
  }
};
