/**
 * Rule kinds `equal` (sum(lhs) = sum(rhs)) and `at-most` (sum(lhs) ≤ sum(rhs)) over cells of this
 * report and last year's. An instance with a blank term is left to the cell-values rule; one with a
 * last-year term runs only when last year's report has that cell.
 */
import { addExact } from "../model/compute.ts";
import type { Finding, RelationInstance, RuleDef, Term } from "../model/types.ts";
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

function sumTerms(terms: readonly Term[], ctx: RuleContext): number | null | undefined {
  let total = 0;
  for (const t of terms) {
    const v = termValue(t, ctx);
    if (v === undefined || v === null) return v;
    total = addExact(total, t.minus ? -v : v);
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

export const relation: RuleImpl<Relation> = (rule, ctx, out: Finding[]) => {
  const crossYear = rule.instances.some((i) => [...i.lhs, ...i.rhs].some((t) => t.prev));
  if (crossYear && !ctx.prev) {
    ctx.skipped.set(rule.id, "未提供上年报告，跨年度核对未进行");
    return;
  }
  for (const inst of rule.instances) {
    const lhs = sumTerms(inst.lhs, ctx);
    const rhs = sumTerms(inst.rhs, ctx);
    if (lhs === null || rhs === null || lhs === undefined || rhs === undefined) continue;
    const holds = rule.kind === "equal" ? lhs === rhs : lhs <= rhs;
    if (holds) continue;
    const op = rule.kind === "equal" ? "≠" : ">";
    out.push({
      rule: rule.id,
      severity: rule.severity,
      cells: involved(inst),
      expected: rule.kind === "equal" ? rhs : `≤ ${rhs}`,
      actual: lhs,
      message: `${inst.scope}：${describe(inst.lhs, inst, ctx)} ${op} ${describe(inst.rhs, inst, ctx)}`,
    });
  }
};
