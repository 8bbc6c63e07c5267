/**
 * The rules engine: runs every rule of the report's edition (data) through the one
 * implementation of its kind, gives each finding its identity (rule + target key: the cells, the
 * quoted words of a section and their occurrence, the field), then applies the clerk's
 * explanations — each to the one warning whose identity it names.
 */
import { getEdition } from "../model/editions/index.ts";
import { findingId, targetKey } from "../model/findings.ts";
import type { EditionDef, Finding, FindingDraft, FindingTarget, Report, RuleDef } from "../model/types.ts";
import { cellValues, statedTotal, unitRequired, zeroForOrg } from "./cell-rules.ts";
import { makeContext, type CheckOptions, type RuleContext } from "./context.ts";
import { runDocumentCheck } from "./document-checks.ts";
import { relation } from "./relations.ts";

export interface CheckResult {
  readonly findings: Finding[];
  /** rules that did not run, with the reason */
  readonly skipped: ReadonlyMap<string, string>;
  /** nothing blocks the final output: no error and no unexplained warning */
  readonly ok: boolean;
}

function runRule(rule: RuleDef, ctx: RuleContext, out: FindingDraft[]): void {
  switch (rule.kind) {
    case "equal":
    case "at-most":
      return relation(rule, ctx, out);
    case "stated-total":
      return statedTotal(rule, ctx, out);
    case "cell-values":
      return cellValues(rule, ctx, out);
    case "zero-for-org":
      return zeroForOrg(rule, ctx, out);
    case "unit-required":
      return unitRequired(rule, ctx, out);
    case "document":
      return runDocumentCheck(rule, ctx, out);
    default: {
      const unknown: never = rule;
      throw new Error(`no implementation for rule kind ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The findings with their identities. A text finding quotes the words it marks; when one rule
 * marks the same words more than once in a section, each is told apart by its occurrence (in the
 * order they stand in the text), so an edit elsewhere in the section keeps every identity.
 */
export function identify(report: Pick<Report, "narrative">, drafts: readonly FindingDraft[]): Finding[] {
  const quoted = drafts.map((d) => {
    const t = d.target;
    return t.kind === "text" && t.span ? report.narrative[t.section].slice(t.span.start, t.span.end) : "";
  });
  const same = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    const t = d.target;
    if (t.kind !== "text" || !t.span) return;
    const key = JSON.stringify([d.rule, t.section, quoted[i]]);
    same.set(key, [...(same.get(key) ?? []), i]);
  });
  const occurrence = new Map<number, number>();
  for (const list of same.values())
    [...list].sort((a, b) => spanStart(drafts[a]) - spanStart(drafts[b])).forEach((i, n) => occurrence.set(i, n + 1));
  return drafts.map((d, i) => {
    const t = d.target;
    const target: FindingTarget =
      t.kind === "text"
        ? {
            ...t,
            span: t.span
              ? { start: t.span.start, end: t.span.end, quote: quoted[i] ?? "", occurrence: occurrence.get(i) ?? 1 }
              : null,
          }
        : t;
    return { ...d, id: findingId(d.rule, targetKey(target)), target };
  });
}

const spanStart = (d: FindingDraft | undefined): number =>
  d?.target.kind === "text" && d.target.span ? d.target.span.start : 0;

/** A finding blocks the final output when it is an error, or a warning nobody explained. */
export const blocks = (f: Finding): boolean =>
  f.severity === "E" || (f.severity === "W" && f.explanation === undefined);

/** Only a warning can be explained (decisions §4): an error must be fixed, a note never blocks. */
export const explainable = (f: Pick<Finding, "severity">): boolean => f.severity === "W";

export function checkReport(report: Report, options: CheckOptions = {}, edition?: EditionDef): CheckResult {
  const ed = edition ?? getEdition(report.edition);
  if (!ed) throw new Error(`未知的表格版本：${report.edition}`);
  const ctx = makeContext(report, ed, options);
  const drafts: FindingDraft[] = [];
  for (const rule of ed.rules) runRule(rule, ctx, drafts);
  let findings = identify(report, drafts);
  if (report.explanations.length > 0) {
    const texts = new Map(
      report.explanations.filter((e) => e.text.trim() !== "").map((e) => [findingId(e.rule, e.target), e.text]),
    );
    findings = findings.map((f) => {
      const text = explainable(f) ? texts.get(f.id) : undefined;
      return text === undefined ? f : { ...f, explanation: text };
    });
  }
  return { findings, skipped: ctx.skipped, ok: !findings.some(blocks) };
}
