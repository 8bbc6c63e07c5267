/**
 * Rule kinds over single cells: `cell-values` (filled, a number of the cell's kind, not typed
 * text), `stated-total` (a total read from a file equals the sum of its parts), `zero-for-org`
 * and `unit-required`.
 */
import { checkNumber, parseCellInput } from "../model/cell-input.ts";
import type { CellKind, FindingDraft, RuleDef } from "../model/types.ts";
import type { RuleImpl } from "./context.ts";
import { fmt } from "./format.ts";

type Of<K extends RuleDef["kind"]> = Extract<RuleDef, { kind: K }>;

/** Why text the clerk typed is not a value of the cell's kind: not a number, negative, decimals… */
function typedReason(kind: CellKind, raw: string): string {
  const parsed = parseCellInput(kind, raw);
  if (parsed.state !== "invalid") return `「${raw}」不是有效数值，请改为阿拉伯数字`;
  return parsed.reason.startsWith("「") ? parsed.reason : `「${raw.trim()}」：${parsed.reason}`;
}

export const cellValues: RuleImpl<Of<"cell-values">> = (rule, ctx, out: FindingDraft[]) => {
  const { report } = ctx;
  const typed = report.typed;
  for (const cell of ctx.edition.cells) {
    if (!rule.tables.includes(cell.table)) continue;
    const raw = typed?.[cell.id];
    if (raw !== undefined) {
      out.push({
        rule: rule.id,
        severity: rule.severity,
        target: { kind: "cells", cells: [cell.id] },
        expected: "数字",
        actual: raw,
        message: `${cell.name}：${typedReason(cell.kind, raw)}`,
      });
      continue;
    }
    const v = report.cells[cell.id];
    if (v === undefined) {
      if (cell.sumOf) continue; // computed: blank only when its parts are, which are reported
      out.push({
        rule: rule.id,
        severity: rule.severity,
        target: { kind: "cells", cells: [cell.id] },
        expected: 0,
        actual: null,
        message: `${cell.name}：未填写（无则填 0）`,
      });
      continue;
    }
    const reason = checkNumber(cell.kind, v);
    if (reason !== null)
      out.push({
        rule: rule.id,
        severity: rule.severity,
        target: { kind: "cells", cells: [cell.id] },
        expected: cell.kind === "money" ? "非负数" : cell.kind === "signed" ? "整数" : "非负整数",
        actual: v,
        message: `${cell.name}：${fmt(v)}，${reason}`,
      });
  }
};

export const statedTotal: RuleImpl<Of<"stated-total">> = (rule, ctx, out) => {
  for (const cell of ctx.edition.cells) {
    if (cell.sumRule !== rule.id || !cell.sumOf) continue;
    const stated = ctx.report.cells[cell.id];
    const sum = ctx.computed.sum[cell.id];
    if (stated === undefined || sum === null || sum === undefined || stated === sum) continue;
    const parts = cell.sumOf
      .map((p) => ({ p, v: ctx.computed.value[p] }))
      .filter(({ v }) => v !== 0 && v !== null)
      .map(({ p, v }) => {
        const part = ctx.index.get(p);
        const name = part && part.rowName === cell.rowName ? part.colLabel : (part?.rowName ?? p);
        return `${name} ${fmt(v)}`;
      });
    out.push({
      rule: rule.id,
      severity: rule.severity,
      target: { kind: "cells", cells: [cell.id, ...cell.sumOf] },
      expected: sum,
      actual: stated,
      message: `${cell.name}：填写的 ${stated} ≠ 各项之和 ${sum}${parts.length ? `（${parts.join(" + ")}）` : ""}，可“采用计算值”`,
      // the parts are what was counted: the total follows from them (decisions §3)
      fix: { kind: "adopt-computed", cells: [cell.id] },
    });
  }
};

export const zeroForOrg: RuleImpl<Of<"zero-for-org">> = (rule, ctx, out) => {
  if (!rule.orgKinds.includes(ctx.report.org.kind)) return;
  const nonZero = rule.cells.filter((id) => {
    const v = ctx.computed.value[id];
    return v !== null && v !== undefined && v !== 0;
  });
  const [first, ...rest] = nonZero;
  if (first === undefined) return;
  out.push({
    rule: rule.id,
    severity: rule.severity,
    target: { kind: "cells", cells: [first, ...rest] },
    expected: 0,
    actual: nonZero.map((id) => fmt(ctx.computed.value[id])).join("、"),
    message: `${nonZero.map((id) => ctx.index.get(id)?.name ?? id).join("、")}：${rule.reason}`,
  });
};

export const unitRequired: RuleImpl<Of<"unit-required">> = (rule, ctx, out) => {
  for (const id of rule.cells) {
    const v = ctx.computed.value[id];
    if (v === null || v === undefined || v === 0) continue; // nothing to measure, nothing to misread
    const unit = ctx.report.units?.[id];
    const choices = ctx.index.get(id)?.unitChoice ?? [];
    if (unit !== undefined && choices.includes(unit)) continue;
    out.push({
      rule: rule.id,
      severity: rule.severity,
      target: { kind: "cells", cells: [id] },
      expected: choices.join("或"),
      actual: unit ?? null,
      message: `${ctx.index.get(id)?.name ?? id}：${fmt(v)} 没有注明单位，请选择${choices.join("或")}`,
    });
  }
};
