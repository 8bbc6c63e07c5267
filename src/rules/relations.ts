/**
 * Rule kinds `equal` (sum(lhs) = sum(rhs)) and `at-most` (sum(lhs) ≤ sum(rhs)) over cells of this
 * report and last year's. An instance with a blank term is left to the cell-values rule; one with a
 * last-year term runs only when last year's report has that cell (a cross-year rule none of whose
 * instances could be compared is listed as skipped, with the reason).
 */
import { addExact } from "../model/compute.ts";
import type { FindingDraft, RelationInstance, RuleDef, Term } from "../model/types.ts";
import type { RuleContext, RuleImpl } from "./context.ts";
import { fmt } from "./format.ts";

type Relation = Extract<RuleDef, { kind: "equal" | "at-most" }>;

/** value of a term, `undefined` when it cannot be known (no last year, or the cell absent there) */
function termValue(t: Term, ctx: RuleContext): number | null | undefined {
  if (t.prev) {
    if (!ctx.prev) return undefined;
    const v = ctx.prev.computed.value[t.cell];
    return v === undefined || v === null ? undefined : v;
  }
  const v = ctx.computed.value[t.cell];
  return v === undefined ? null : v;
}

/** sum of the terms; undefined when one cannot be known, else null when one is blank */
function sumTerms(terms: readonly Term[], ctx: RuleContext): number | null | undefined {
  let total: number | null = 0;
  for (const t of terms) {
    const v = termValue(t, ctx);
    if (v === undefined) return undefined;
    if (v === null || total === null) total = null;
    else total = addExact(total, t.minus ? -v : v);
  }
  return total;
}

function describe(terms: readonly Term[], inst: RelationInstance, ctx: RuleContext): string {
  if (terms.length === 0) return "0";
  return terms
    .map((t, i) => {
      const cell = ctx.index.get(t.cell);
      const name = cell ? (inst.termNames === "col" ? cell.colLabel : cell.rowName) : t.cell;
      const v = termValue(t, ctx);
      const sign = i === 0 ? (t.minus ? "−" : "") : t.minus ? " − " : " + ";
      return `${sign}${t.prev ? "上年" : ""}${name} ${fmt(v)}`;
    })
    .join("");
}

const involved = (inst: RelationInstance): string[] => [
  ...new Set([...inst.lhs, ...inst.rhs].filter((t) => !t.prev).map((t) => t.cell)),
];

export const relation: RuleImpl<Relation> = (rule, ctx, out: FindingDraft[]) => {
  const crossYear = rule.instances.some((i) => [...i.lhs, ...i.rhs].some((t) => t.prev));
  if (crossYear && !ctx.prev) {
    ctx.skipped.set(rule.id, ctx.noPrev);
    return;
  }
  let compared = false;
  for (const inst of rule.instances) {
    const lhs = sumTerms(inst.lhs, ctx);
    const rhs = sumTerms(inst.rhs, ctx);
    if (lhs !== undefined && rhs !== undefined) compared = true;
    if (lhs === null || rhs === null || lhs === undefined || rhs === undefined) continue;
    const holds = rule.kind === "equal" ? lhs === rhs : lhs <= rhs;
    if (holds) continue;
    const [first, ...rest] = involved(inst);
    if (first === undefined) continue; // only last year's cells: nothing of this report to point at
    const op = rule.kind === "equal" ? "≠" : ">";
    // an empty left side is 0: the sum on the right must not be negative (R2'-02), said that way round (R2'-02b)
    const nonNegative = rule.kind === "at-most" && inst.lhs.length === 0;
    out.push({
      rule: rule.id,
      severity: rule.severity,
      target: { kind: "cells", cells: [first, ...rest] },
      expected: nonNegative ? "≥ 0" : rule.kind === "equal" ? rhs : `≤ ${rhs}`,
      actual: nonNegative ? rhs : lhs,
      message: nonNegative
        ? `${inst.scope}：${describe(inst.rhs, inst, ctx)}，合计 ${rhs}，小于 0`
        : `${inst.scope}：${describe(inst.lhs, inst, ctx)} ${op} ${describe(inst.rhs, inst, ctx)}`,
    });
  }
  // e.g. R2-01 against a 2020 report: the gb2019 table has no 现行有效件数 to compare with
  if (crossYear && ctx.prev && !compared)
    ctx.skipped.set(
      rule.id,
      `上年报告（${ctx.prev.year} 年度，${ctx.prev.edition.id} 版表格）没有可比较的数字，跨年度核对未进行`,
    );
};
