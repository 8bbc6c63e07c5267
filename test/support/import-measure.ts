/**
 * How well an import recovered a report whose cells are known: every cell the report shows (its
 * entries and the totals its outputs state) counted as placed right, placed wrongly, left blank or
 * named as ambiguous. The bar (issue 10): nothing placed wrongly, ever.
 */
import type { ImportOutcome } from "../../src/import/index.ts";
import { computeReport } from "../../src/model/compute.ts";
import { getEdition } from "../../src/model/editions/index.ts";
import type { Report } from "../../src/model/types.ts";

export interface Measured {
  readonly cells: number;
  readonly placed: number;
  readonly blank: number;
  readonly ambiguous: number;
  readonly resolved: number;
  /** cells given a value the report does not show, as `id: got ≠ want` */
  readonly wrong: readonly string[];
}

export function measure(original: Report, outcome: ImportOutcome): Measured {
  if (!outcome.ok) throw new Error(outcome.reason);
  const edition = getEdition(original.edition);
  if (!edition) throw new Error(original.edition);
  const shown = computeReport(edition, original).value;
  const ambiguous = new Set(outcome.summary.ambiguous.flatMap((a) => a.cells));
  const resolved = new Set(outcome.summary.resolved.flatMap((a) => a.cells));
  let placed = 0;
  let blank = 0;
  let amb = 0;
  const wrong: string[] = [];
  for (const c of edition.cells) {
    const got = outcome.report.cells[c.id];
    const want = shown[c.id] ?? null;
    const typed = outcome.report.typed?.[c.id];
    if (got !== undefined) {
      if (got === want) placed++;
      else wrong.push(`${c.id}: ${got} ≠ ${want}`);
    } else if (typed !== undefined) wrong.push(`${c.id}: “${typed}” ≠ ${want}`);
    else if (ambiguous.has(c.id)) amb++;
    // a cell the report leaves blank, left blank, is read right
    else if (want === null) placed++;
    else blank++;
  }
  return { cells: edition.cells.length, placed, blank, ambiguous: amb, resolved: resolved.size, wrong };
}
