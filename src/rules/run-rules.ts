/**
 * The rules engine: runs every rule of the report's edition (data) through the one
 * implementation of its kind, then applies the clerk's explanations to warnings.
 */
import "./narrative/index.ts";
import { getEdition } from "../model/editions/index.ts";
import type { EditionDef, Finding, Report, RuleDef } from "../model/types.ts";
import { cellValues, statedTotal, unitRequired, zeroForOrg } from "./cell-rules.ts";
import { makeContext, type CheckOptions, type RuleContext } from "./context.ts";
import { documentCheck } from "./document-checks.ts";
import { relation } from "./relations.ts";

export interface CheckResult {
  readonly findings: Finding[];
  /** rules that did not run, with the reason */
  readonly skipped: ReadonlyMap<string, string>;
  /** nothing blocks the final output: no error and no unexplained warning */
  readonly ok: boolean;
}

function runRule(rule: RuleDef, ctx: RuleContext, out: Finding[]): void {
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
    case "document": {
      const check = documentCheck(rule.check);
      if (!check) throw new Error(`rule ${rule.id}: no document check named ${rule.check}`);
      return check(rule, ctx, out);
    }
  }
}

const cellKey = (cells: readonly string[]) => [...cells].sort().join("|");

/** A finding blocks the final output when it is an error, or a warning nobody explained. */
export const blocks = (f: Finding): boolean =>
  f.severity === "E" || (f.severity === "W" && f.explanation === undefined);

export function checkReport(report: Report, options: CheckOptions = {}, edition?: EditionDef): CheckResult {
  const ed = edition ?? getEdition(report.edition);
  if (!ed) throw new Error(`未知的表格版本：${report.edition}`);
  const ctx = makeContext(report, ed, options);
  const findings: Finding[] = [];
  for (const rule of ed.rules) runRule(rule, ctx, findings);
  if (report.explanations.length > 0) {
    const byKey = new Map(report.explanations.map((e) => [`${e.rule}#${cellKey(e.cells)}`, e.text]));
    for (const f of findings) {
      if (f.severity !== "W") continue;
      const text = byKey.get(`${f.rule}#${cellKey(f.cells)}`);
      if (text !== undefined && text.trim() !== "") f.explanation = text;
    }
  }
  return { findings, skipped: ctx.skipped, ok: !findings.some(blocks) };
}
