/**
 * The scoreboard: each variant made from every fixture report, imported, and measured against the
 * report's own cells — placed, blank, not certain, wrong — summed over the fixtures. A cell whose
 * source shows a mark instead of a number (`—`, `/`, `无`) is not a number to place: the importer
 * keeps the mark as seen and names the cell (decisions §2: never read as 0 silently); such cells
 * are counted apart (`marks`) and left out of the share placed.
 */
import { importReport, type ImportInput } from "../../../src/import/index.ts";
import type { Report } from "../../../src/model/types.ts";
import { measure } from "../../support/import-measure.ts";

export interface Score {
  readonly cells: number;
  readonly placed: number;
  readonly blank: number;
  readonly ambiguous: number;
  /** cells showing a mark, kept as seen and named as not certain */
  readonly marks: number;
  /** `fixture: cell: got ≠ want` */
  readonly wrong: readonly string[];
  /** fixtures whose import failed, with the reason */
  readonly failed: readonly string[];
}

export const share = (s: Score): number => (s.cells - s.marks === 0 ? 0 : s.placed / (s.cells - s.marks));

/** Imports each input (made from the report of the same name) and sums what was recovered. */
export async function scoreInputs(cases: readonly (readonly [string, Report, ImportInput])[]): Promise<Score> {
  let cells = 0;
  let placed = 0;
  let blank = 0;
  let ambiguous = 0;
  let marks = 0;
  const wrong: string[] = [];
  const failed: string[] = [];
  for (const [name, report, input] of cases) {
    const out = await importReport(input);
    if (!out.ok) {
      failed.push(`${name}: ${out.reason}`);
      continue;
    }
    const m = measure(report, out);
    const named = new Set(out.summary.ambiguous.flatMap((a) => a.cells));
    const isMark = (w: string) => {
      const id = w.slice(0, w.indexOf(":"));
      const typed = out.report.typed?.[id];
      return typed !== undefined && !/\d/.test(typed) && named.has(id);
    };
    cells += m.cells;
    placed += m.placed;
    blank += m.blank;
    ambiguous += m.ambiguous;
    marks += m.wrong.filter(isMark).length;
    wrong.push(...m.wrong.filter((w) => !isMark(w)).map((w) => `${name}: ${w}`));
  }
  return { cells, placed, blank, ambiguous, marks, wrong, failed };
}

/** One scoreboard line. */
export const scoreLine = (name: string, s: Score): string =>
  `${name.padEnd(48)} ${(100 * share(s)).toFixed(1).padStart(6)} %  placed ${String(s.placed).padStart(5)}  blank ${String(s.blank).padStart(4)}  not certain ${String(s.ambiguous).padStart(4)}${s.marks > 0 ? `  marks ${s.marks}` : ""}  wrong ${s.wrong.length}${s.failed.length > 0 ? `  failed ${s.failed.length}` : ""}`;
