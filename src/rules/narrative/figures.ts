/**
 * Check `narrative-figures` (RD-04, R2-05): numbers the narrative states about the tables
 * (收到申请 N 件, 上年结转, 予以公开, 复议/诉讼, 规范性文件 制发/废止/现行有效, 收费金额) must equal
 * the cells they describe. The text is read into claims (`figure-claims.ts`), each claim compared
 * with its cells (`figure-cells.ts`); a number that could honestly mean two things (收到 N 件 incl.
 * 上年结转) is accepted under either. The facts are data (`figure-facts.ts`); the rule's settings
 * choose them by group.
 */
import { narrativeName } from "../../model/report.ts";
import { NARRATIVE_KEYS, type DocumentRuleDef, type FindingDraft, type NarrativeKey } from "../../model/types.ts";
import type { RuleContext, RuleImpl } from "../context.ts";
import { fmt } from "../format.ts";
import { expand, sameMoney, sumOf } from "./figure-cells.ts";
import { claimsOfSentence, readText, scannerFor, type Claim } from "./figure-claims.ts";
import { narrativeFinding, quote } from "./text-scan.ts";

/** Compares one claim with the tables; returns the finding when they differ. */
function judge(
  rule: DocumentRuleDef<"narrative-figures">,
  ctx: RuleContext,
  key: NarrativeKey,
  text: string,
  claim: Claim,
): FindingDraft | null {
  const { fact } = claim.fact;
  const cols = claim.col ? (claim.col.sumOf ?? [claim.col.col]) : fact.defaultCol ? [fact.defaultCol] : [];
  const primaryIds = expand(ctx.edition, fact.cells, cols);
  const primary = sumOf(ctx, primaryIds);
  if (primary === undefined || primary === null) return null;
  const candidates: (number | null | undefined)[] = [primary];
  for (const set of fact.orCells ?? []) candidates.push(sumOf(ctx, expand(ctx.edition, set, cols)));
  for (const other of claim.col?.orCols ?? []) candidates.push(sumOf(ctx, expand(ctx.edition, fact.cells, [other])));
  const same = (v: number) => (fact.money ? sameMoney(claim.stated, v) : v === claim.stated.value);
  if (candidates.some((v) => typeof v === "number" && same(v))) return null;
  if (fact.eachOf) {
    const parts = fact.eachOf.map((set) => sumOf(ctx, expand(ctx.edition, set, cols)));
    if (parts.every((v) => typeof v === "number" && same(v))) return null;
  }
  const cell = ctx.index.get(primaryIds[0] ?? "");
  const table = ctx.edition.tables.find((t) => t.id === cell?.table);
  const where = table ? `表${table.section.charAt(0)}` : "表格";
  const colLabel = claim.col && claim.col.col !== fact.defaultCol ? `·${claim.col.label}` : "";
  const unit = fact.money ? "万元" : "";
  const phrase = text.slice(claim.phrase.start, claim.phrase.end);
  const zero = claim.stated.start === claim.phrase.start ? "（即 0）" : "";
  return narrativeFinding(rule, key, claim.phrase, {
    cells: primaryIds,
    expected: primary,
    actual: claim.stated.value,
    message:
      `${narrativeName(ctx.edition, key)}写“${quote(phrase)}”${zero}，` +
      `但${where}中“${fact.label}${colLabel}”为 ${fmt(primary)}${unit}，请核对正文与表格`,
  });
}

export const narrativeFigures: RuleImpl<DocumentRuleDef<"narrative-figures">> = (rule, ctx, out) => {
  const groups = rule.options.groups;
  if (groups.length === 0) return;
  const scanner = scannerFor(ctx.edition, groups);
  if (scanner.entries.length === 0) return;
  for (const key of NARRATIVE_KEYS) {
    const text = ctx.report.narrative[key];
    if (!text) continue;
    const { sentences: list, negation } = readText(ctx, key, text);
    for (const { span, numbers } of list)
      for (const claim of claimsOfSentence(text, span, numbers, negation, scanner, ctx.report.year)) {
        const f = judge(rule, ctx, key, text, claim);
        if (f) out.push(f);
      }
  }
};
