/**
 * Check `narrative-mentions` (RD-05, RD-06, R3-08): a section must mention some topics, e.g. a
 * 人民政府's 总体情况 its 工作考核、社会评议和责任追究 results, 六 the 信息处理费. Everything is in the
 * rule's settings: the section, the organisation kinds it applies to, the cells that must be non-zero
 * for it to apply, and each topic's name and words (regex source).
 */
import type { MentionSettings } from "../../model/check-settings.ts";
import { perObject } from "../../model/memo.ts";
import { narrativeName } from "../../model/report.ts";
import type { DocumentRuleDef } from "../../model/types.ts";
import type { RuleImpl } from "../context.ts";
import { narrativeFinding } from "./text-scan.ts";

const compiled = perObject((opts: MentionSettings): readonly RegExp[] => opts.topics.map((t) => new RegExp(t.words)));

export const mentions: RuleImpl<DocumentRuleDef<"narrative-mentions">> = (rule, ctx, out) => {
  const opts = rule.options;
  if (opts.orgKinds && !opts.orgKinds.includes(ctx.report.org.kind)) return;
  const trigger = (opts.whenNonZero ?? []).filter((id) => {
    const v = ctx.computed.value[id];
    return v !== null && v !== undefined && v !== 0;
  });
  if (opts.whenNonZero && trigger.length === 0) return;
  const patterns = compiled(opts);
  const text = ctx.report.narrative[opts.section];
  const missing = opts.topics.filter((_, i) => !patterns[i]?.test(text)).map((t) => t.name);
  if (missing.length === 0) return;
  const values = trigger.map((id) => `${ctx.index.get(id)?.rowName ?? id} ${ctx.computed.value[id]} 件`);
  out.push(
    narrativeFinding(rule, opts.section, null, {
      cells: trigger,
      expected: opts.topics.map((t) => t.name).join("、"),
      actual: `未写${missing.join("、")}`,
      message: `${narrativeName(ctx.edition, opts.section)}没有写${missing.join("、")}${values.length ? `（表中${values.join("、")}）` : ""}：${opts.reason}`,
    }),
  );
};
