/**
 * The rules engine: runs every rule of the report's edition (data) through the one
 * implementation of its kind, gives each finding its identity (rule + target key: the cells, the
 * quoted words of a section and their occurrence, the field), groups repeated findings and caps how
 * many are listed (`group-findings.ts`), and applies the clerk's explanations — each to the one
 * warning whose identity it names.
 */
import { getEdition } from "../model/editions/index.ts";
import { findingId, targetKey } from "../model/findings.ts";
import type {
  EditionDef,
  Finding,
  FindingDraft,
  FindingTarget,
  Report,
  RuleDef,
  TextRange,
  TextSpan,
} from "../model/types.ts";
import { cellValues, statedTotal, unitRequired, zeroForOrg } from "./cell-rules.ts";
import { makeContext, type CheckOptions, type RuleContext } from "./context.ts";
import { runDocumentCheck } from "./document-checks.ts";
import { capListed, GROUP_FROM, groupOf } from "./group-findings.ts";
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
 * order they stand in the text), so an edit elsewhere in the section keeps every identity. From
 * `GROUP_FROM` such findings on, they are one grouped finding (`group-findings.ts`).
 */
export function identify(report: Pick<Report, "narrative">, drafts: readonly FindingDraft[]): Finding[] {
  const count = drafts.length;
  const quoted: string[] = new Array<string>(count).fill("");
  const keys: (string | null)[] = new Array<string | null>(count).fill(null);
  const same = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    const t = d.target;
    if (t.kind !== "text" || !t.span) return;
    const quote = report.narrative[t.section].slice(t.span.start, t.span.end);
    const key = `${d.rule}\u0000${t.section}\u0000${quote}`;
    quoted[i] = quote;
    keys[i] = key;
    const list = same.get(key);
    if (list) list.push(i);
    else same.set(key, [i]);
  });
  const occurrence = new Int32Array(count);
  for (const list of same.values()) {
    if (list.some((i, n) => n > 0 && spanStart(drafts[i]) < spanStart(drafts[list[n - 1] ?? i])))
      list.sort((a, b) => spanStart(drafts[a]) - spanStart(drafts[b]));
    list.forEach((i, n) => (occurrence[i] = n + 1));
  }
  const spanOf = (i: number, range: TextRange): TextSpan => ({
    start: range.start,
    end: range.end,
    quote: quoted[i] ?? "",
    occurrence: occurrence[i] ?? 1,
  });
  const out: Finding[] = [];
  drafts.forEach((d, i) => {
    const t = d.target;
    const key = keys[i];
    if (t.kind !== "text" || !t.span || key === null || key === undefined) {
      const target: FindingTarget = t.kind === "text" ? { ...t, span: null } : t;
      out.push({ ...d, id: findingId(d.rule, targetKey(target)), target });
      return;
    }
    const list = same.get(key) ?? [i];
    const here = t.span;
    if (list.length >= GROUP_FROM) {
      if (occurrence[i] === 1)
        out.push(
          groupOf(
            list.map((j) => {
              const draft = drafts[j] ?? d;
              const range = draft.target.kind === "text" && draft.target.span ? draft.target.span : here;
              return { draft, span: spanOf(j, range) };
            }),
          ),
        );
      return;
    }
    const target: FindingTarget = { ...t, span: spanOf(i, t.span) };
    out.push({ ...d, id: findingId(d.rule, targetKey(target)), target });
  });
  return out;
}

const spanStart = (d: FindingDraft | undefined): number =>
  d?.target.kind === "text" && d.target.span ? d.target.span.start : 0;

/** A finding blocks the final output when it is an error, or a warning nobody explained. */
export const blocks = (f: Finding): boolean =>
  f.severity === "E" || (f.severity === "W" && f.explanation === undefined);

/**
 * Only a warning can be explained (decisions §4): an error must be fixed, a note never blocks; the
 * finding for the unlisted rest of a rule's findings is not one warning, so it is not explained either.
 */
export const explainable = (f: Pick<Finding, "severity" | "unlisted">): boolean =>
  f.severity === "W" && f.unlisted === undefined;

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
  findings = capListed(ed, findings);
  return { findings, skipped: ctx.skipped, ok: !findings.some(blocks) };
}
