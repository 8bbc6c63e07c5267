/**
 * Rows whose numbers ran together (digit-runs.ts gives each row its possible cuts) are settled by
 * arithmetic, not by a guess: the tables' identities (table-identities.ts) over everything else
 * read must leave exactly one cut of the row, and each of its cells must be checked by at least one
 * identity whose every cell is known. All rows' cuts are weighed together, since one row's numbers
 * are another's check. A row left open says why.
 */
import type { Identity } from "./table-identities.ts";

export interface RunRow {
  /** the row's cell ids, in slot order */
  readonly ids: readonly string[];
  /** the possible cuts (each as many numbers as ids) */
  readonly candidates: readonly (readonly number[])[];
}

export type RunVerdict =
  { readonly ok: true; readonly values: readonly number[] } | { readonly ok: false; readonly why: string };

/** solutions weighed at most (beyond: nothing is settled) */
const MAX_SOLUTIONS = 64;
/** search steps at most */
const MAX_STEPS = 200_000;

export function resolveRuns(
  rows: readonly RunRow[],
  known: Readonly<Record<string, number>>,
  identities: readonly Identity[],
): RunVerdict[] {
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => r.ids.forEach((id) => rowOf.set(id, i)));
  const relevant = identities.filter((idn) => idn.terms.some((t) => rowOf.has(t.cell)));
  /** identities whose every cell is known or in a run row: the only ones that can check anything */
  const checkable = relevant.filter((idn) => idn.terms.every((t) => known[t.cell] !== undefined || rowOf.has(t.cell)));
  const rowsOfIdentity = checkable.map((idn) => [...new Set(idn.terms.flatMap((t) => rowOf.get(t.cell) ?? []))]);

  // a row with no checkable identity over its cells cannot be settled
  const checked = rows.map((r) => r.ids.map((id) => checkable.some((idn) => idn.terms.some((t) => t.cell === id))));

  const assignment: (readonly number[] | undefined)[] = rows.map(() => undefined);
  const valueOf = (cell: string): number | undefined => {
    const r = rowOf.get(cell);
    if (r === undefined) return known[cell];
    const row = rows[r];
    const cut = assignment[r];
    return cut && row ? cut[row.ids.indexOf(cell)] : undefined;
  };
  const holds = (k: number): boolean => {
    const idn = checkable[k];
    if (!idn) return true;
    let sum = 0;
    for (const t of idn.terms) {
      const v = valueOf(t.cell);
      if (v === undefined) return true;
      sum += t.sign * v;
    }
    return sum === 0;
  };
  // each row's cuts, filtered by the identities it can check alone
  const options = rows.map((row, r) =>
    row.candidates.filter((cut) => {
      assignment[r] = cut;
      const ok = checkable.every((_, k) => (rowsOfIdentity[k]?.every((x) => x === r) ? holds(k) : true));
      assignment[r] = undefined;
      return ok;
    }),
  );
  const order = rows.map((_, i) => i).sort((a, b) => (options[a]?.length ?? 0) - (options[b]?.length ?? 0));
  const solutions: (readonly number[])[][] = [];
  let steps = 0;
  let exhausted = false;
  const search = (depth: number): void => {
    if (solutions.length > MAX_SOLUTIONS || exhausted) return;
    const r = order[depth];
    if (r === undefined) {
      solutions.push(assignment.map((a) => a ?? []));
      return;
    }
    for (const cut of options[r] ?? []) {
      if (++steps > MAX_STEPS) {
        exhausted = true;
        return;
      }
      assignment[r] = cut;
      const ok = checkable.every((_, k) => !rowsOfIdentity[k]?.includes(r) || holds(k));
      if (ok) search(depth + 1);
      assignment[r] = undefined;
      if (solutions.length > MAX_SOLUTIONS || exhausted) return;
    }
  };
  search(0);
  const complete = !exhausted && solutions.length <= MAX_SOLUTIONS;
  return rows.map((row, r): RunVerdict => {
    if (!checked[r]?.every(Boolean)) return { ok: false, why: "没有可核对这一行各格的勾稽关系，不能确定数字的拆分" };
    if ((options[r]?.length ?? 0) === 0 || solutions.length === 0)
      return { ok: false, why: "没有一种拆分符合表中的勾稽关系" };
    if (!complete) return { ok: false, why: "可能的拆分过多，不能确定" };
    const first = solutions[0]?.[r] ?? [];
    const same = solutions.every((s) => (s[r] ?? []).every((v, i) => v === first[i]));
    if (!same) {
      const distinct = new Set(solutions.map((s) => (s[r] ?? []).join(","))).size;
      return { ok: false, why: `有 ${distinct} 种拆分都符合表中的勾稽关系，不能确定` };
    }
    return row.ids.length === first.length ? { ok: true, values: first } : { ok: false, why: "拆分不完整" };
  });
}
