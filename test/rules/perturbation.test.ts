/**
 * Property: in a report consistent by construction (non-zero numbers in every cell), raising any
 * single input cell breaks exactly the relations that involve it — every `equal` relation the cell
 * takes part in (directly or through a computed total), and an `at-most` relation exactly when the
 * raise exceeds its slack — and nothing else.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeReport } from "../../src/model/compute.ts";
import { cellIndex } from "../../src/model/editions/index.ts";
import { findingId } from "../../src/model/findings.ts";
import type { EditionDef, RelationInstance, Report, TargetKey } from "../../src/model/types.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { editionOf, fullReport, prevOf } from "../builders.ts";

/** How many times input cell `input` counts in cell `id` (through computed totals). */
function weight(edition: EditionDef, id: string, input: string): number {
  if (id === input) return 1;
  const cell = cellIndex(edition).get(id);
  return (cell?.sumOf ?? []).reduce((s, p) => s + weight(edition, p, input), 0);
}

/** d(lhs − rhs)/d(input) for a relation instance (last year's terms are constant). */
function slope(edition: EditionDef, inst: RelationInstance, input: string): number {
  const side = (terms: RelationInstance["lhs"]) =>
    terms.reduce((s, t) => (t.prev ? s : s + (t.minus ? -1 : 1) * weight(edition, t.cell, input)), 0);
  return side(inst.lhs) - side(inst.rhs);
}

function value(report: Report, prev: Report, edition: EditionDef, terms: RelationInstance["lhs"]): number {
  const cur = computeReport(edition, report).value;
  const old = computeReport(editionOf(prev.edition), prev).value;
  return terms.reduce((s, t) => s + (t.minus ? -1 : 1) * ((t.prev ? old[t.cell] : cur[t.cell]) ?? 0), 0);
}

function expectedBreaks(edition: EditionDef, report: Report, prev: Report, input: string, delta: number): string[] {
  const out: string[] = [];
  for (const rule of edition.rules) {
    if (rule.kind !== "equal" && rule.kind !== "at-most") continue;
    for (const inst of rule.instances) {
      const k = slope(edition, inst, input);
      if (k === 0) continue;
      const gap = value(report, prev, edition, inst.lhs) - value(report, prev, edition, inst.rhs);
      const after = gap + k * delta;
      if (rule.kind === "equal" ? after !== 0 : after > 0) out.push(findingId(rule.id, instanceKey(inst)));
    }
  }
  return out.sort();
}

/** A relation's finding is about the cells of this year it names (last year's are constant). */
const instanceKey = (inst: RelationInstance): TargetKey => ({
  kind: "cells",
  cells: [...new Set([...inst.lhs, ...inst.rhs].filter((t) => !t.prev).map((t) => t.cell))].sort(),
});

/** The identities of the findings: rule and cells, as the expected breaks name them. */
const found = (report: Report, prev: Report) =>
  checkReport(report, { prev })
    .findings.map((f) => f.id)
    .sort();

describe.each(["gb2019", "gb2021"])("%s", (editionId) => {
  const edition = editionOf(editionId);
  const base = fullReport(editionId);
  const prev = prevOf(base);
  const inputs = edition.cells.filter((c) => !c.sumOf).map((c) => c.id);

  it("every input cell is non-zero and the report is consistent", () => {
    for (const id of inputs) expect(base.cells[id], id).toBeGreaterThan(0);
    expect(checkReport(base, { prev }).findings).toEqual([]);
  });

  it("raising any one input cell by 1 breaks exactly the relations involving it", () => {
    for (const id of inputs) {
      const r = structuredClone(base);
      r.cells[id] = (r.cells[id] ?? 0) + 1;
      expect(found(r, prev), id).toEqual(expectedBreaks(edition, base, prev, id, 1));
    }
  });

  it("holds for any raise of any cell (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.integer({ min: 1, max: 100_000 }), (id, delta) => {
        const r = structuredClone(base);
        r.cells[id] = (r.cells[id] ?? 0) + delta;
        expect(found(r, prev)).toEqual(expectedBreaks(edition, base, prev, id, delta));
      }),
      { numRuns: 300 },
    );
  });

  it("every input cell takes part in at least one relation or is a plain count", () => {
    const related = new Set(
      edition.rules.flatMap((r) =>
        r.kind === "equal" || r.kind === "at-most"
          ? r.instances.flatMap((i) => inputs.filter((c) => slope(edition, i, c) !== 0))
          : [],
      ),
    );
    // all of table 三 takes part in R3-01
    for (const id of inputs.filter((c) => c.startsWith("apply."))) expect(related.has(id), id).toBe(true);
  });
});
