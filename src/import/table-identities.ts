/**
 * The identities an edition's tables obey within one year, read from its declaration: each stated
 * total equals the sum of its parts (a computed cell's `sumOf`: table 三's 总计 column and （七）总计
 * row, table 四's totals), and each `equal` rule without last year's terms (R3-01: 本年新收 + 上年结转
 * = 办理结果总计 + 结转下年度, per column). As signed sums that are zero. Built once per edition.
 */
import { perObject } from "../model/memo.ts";
import type { EditionDef } from "../model/types.ts";

export interface Identity {
  /** the rule the identity comes from (for messages) */
  readonly rule: string;
  /** Σ sign·value = 0 */
  readonly terms: readonly { readonly cell: string; readonly sign: 1 | -1 }[];
}

function identities(edition: EditionDef): readonly Identity[] {
  const out: Identity[] = [];
  for (const cell of edition.cells)
    if (cell.sumOf && cell.sumOf.length > 0)
      out.push({
        rule: cell.sumRule ?? "",
        terms: [{ cell: cell.id, sign: 1 }, ...cell.sumOf.map((p) => ({ cell: p, sign: -1 as const }))],
      });
  for (const rule of edition.rules) {
    if (rule.kind !== "equal") continue;
    for (const inst of rule.instances) {
      const terms = [...inst.lhs, ...inst.rhs];
      if (terms.some((t) => t.prev)) continue;
      out.push({
        rule: rule.id,
        terms: [
          ...inst.lhs.map((t) => ({ cell: t.cell, sign: t.minus ? (-1 as const) : (1 as const) })),
          ...inst.rhs.map((t) => ({ cell: t.cell, sign: t.minus ? (1 as const) : (-1 as const) })),
        ],
      });
    }
  }
  return out;
}

/** The identities of an edition's tables, read once per edition. */
export const identitiesOf: (edition: EditionDef) => readonly Identity[] = perObject(identities);
