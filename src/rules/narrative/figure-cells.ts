/**
 * The table side of RD-04 / R2-05: which cells of an edition a figure fact names (cell-id patterns
 * with `{col}` and `*`, resolved once per edition), their sum from the computed report, and how a
 * stated amount of money compares with a 万元 cell at the precision the text wrote.
 */
import { addExact } from "../../model/compute.ts";
import { perKey, perObject } from "../../model/memo.ts";
import type { EditionDef } from "../../model/types.ts";
import type { RuleContext } from "../context.ts";
import { COLUMN_WORDS, type FigureFact } from "./figure-facts.ts";
import type { NumberMention } from "./text-scan.ts";

/** The edition's cell ids matching one pattern (`*` = one id segment), resolved once per edition and pattern. */
const idsOf = perObject((edition: EditionDef) =>
  perKey(
    (pattern: string) => pattern,
    (pattern): readonly string[] => {
      if (!pattern.includes("*")) return edition.cells.some((c) => c.id === pattern) ? [pattern] : [];
      const re = new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/\*/g, "[^.]+")}$`);
      return edition.cells.filter((c) => re.test(c.id)).map((c) => c.id);
    },
  ),
);

/** The edition's cell ids for cell patterns with `{col}` set to each of the columns (cached). */
const expanded = perObject((edition: EditionDef) =>
  perObject((patterns: readonly string[]) =>
    perKey(
      (cols: readonly string[]) => cols.join(","),
      (cols): readonly string[] =>
        patterns.flatMap((p) =>
          p.includes("{col}") ? cols.flatMap((c) => idsOf(edition)(p.replace("{col}", c))) : idsOf(edition)(p),
        ),
    ),
  ),
);

export const expand = (edition: EditionDef, patterns: readonly string[], cols: readonly string[]): readonly string[] =>
  expanded(edition)(patterns)(cols);

/** sum of the cells; undefined when the edition has none of them, null when one is blank */
export function sumOf(ctx: RuleContext, ids: readonly string[]): number | null | undefined {
  if (ids.length === 0) return undefined;
  let total = 0;
  for (const id of ids) {
    const v = ctx.computed.value[id];
    if (v === null || v === undefined) return null;
    total = addExact(total, v);
  }
  return total;
}

/** Whether a stated amount (as written, with its unit and precision) is the table's 万元 value. */
export function sameMoney(stated: NumberMention, wan: number): boolean {
  const yuan = Math.round(wan * 1e4 * 100) / 100;
  const [value, table] = stated.unit === "money-yuan" ? [stated.value, yuan] : [stated.value, wan];
  const scale = 10 ** Math.min(stated.decimals, 6);
  return Math.abs(value - table) < 1e-9 || Math.round(table * scale) / scale === value;
}

/** whether any of the fact's cells exist in the edition (gb2019 has no 收费金额, gb2021 no 新制作) */
export function applies(edition: EditionDef, fact: FigureFact): boolean {
  const cols = fact.columns ? (COLUMN_WORDS[fact.columns] ?? []).flatMap((w) => w.sumOf ?? [w.col]) : [];
  return expand(edition, fact.cells, fact.defaultCol ? [fact.defaultCol, ...cols] : cols).length > 0;
}
