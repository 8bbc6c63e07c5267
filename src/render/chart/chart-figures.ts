/**
 * The figures of the one-page graphic (一图读懂), read from the edition's declaration (`chart`):
 * each panel's figures as the sum of their cells (totals as computed, decisions §3) and, when last
 * year's figures are kept in the report (`previous`, of the year before), last year's figure of the
 * same key from last year's edition. No table, row or edition is named here.
 */
import { computeReport } from "../../model/compute.ts";
import { getEdition } from "../../model/editions/index.ts";
import type { ChartFigure, ChartPanelDef, EditionDef, Report } from "../../model/types.ts";

/** A figure with its value (null: every cell blank) and last year's (undefined: no such figure last year). */
export interface FigureValue {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly previous?: number | null;
}

export interface GroupValue extends FigureValue {
  /** one value per outcome of the panel */
  readonly parts: readonly (number | null)[];
}

export type PanelFigures =
  | {
      readonly kind: "parts";
      readonly key: string;
      readonly title: string;
      readonly whole: FigureValue;
      readonly parts: readonly FigureValue[];
    }
  | {
      readonly kind: "bars";
      readonly key: string;
      readonly title: string;
      readonly bars: readonly FigureValue[];
      readonly after: readonly FigureValue[];
    }
  | {
      readonly kind: "groups";
      readonly key: string;
      readonly title: string;
      readonly outcomes: readonly string[];
      readonly groups: readonly GroupValue[];
      readonly none: string;
    };

export interface ChartFigures {
  readonly year: number;
  /** the year of last year's figures beside this year's, or null when the report keeps none */
  readonly previousYear: number | null;
  readonly unit: string;
  readonly panels: readonly PanelFigures[];
}

type Values = Readonly<Record<string, number | null>>;

/** The sum of the cells' values; null when every one is blank. */
function sum(cells: readonly string[], values: Values): number | null {
  let total: number | null = null;
  for (const id of cells) {
    const v = values[id];
    if (v !== null && v !== undefined) total = (total ?? 0) + v;
  }
  return total;
}

const figuresOf = (panel: ChartPanelDef): readonly ChartFigure[] =>
  panel.kind === "parts" ? panel.parts : panel.kind === "bars" ? [...panel.bars, ...(panel.after ?? [])] : panel.groups;

/** Last year's value of each figure, by panel and figure key. */
function previousValues(
  report: Report,
): { year: number; of: (panel: string, key: string) => number | null | undefined } | null {
  const prev = report.previous;
  const edition = prev && prev.year === report.year - 1 ? getEdition(prev.edition) : undefined;
  if (!prev || !edition) return null;
  const values = computeReport(edition, prev).value;
  const byKey = new Map<string, number | null>();
  for (const panel of edition.chart.panels)
    for (const f of figuresOf(panel)) byKey.set(`${panel.key}\u0000${f.key}`, sum(f.cells, values));
  return { year: prev.year, of: (panel, key) => byKey.get(`${panel}\u0000${key}`) };
}

/** The graphic's figures of a report. */
export function chartFigures(report: Report, edition: EditionDef): ChartFigures {
  const values = computeReport(edition, report).value;
  const prev = previousValues(report);
  const figure = (panel: string, f: ChartFigure): FigureValue => {
    const previous = prev?.of(panel, f.key);
    const value = sum(f.cells, values);
    return previous === undefined
      ? { key: f.key, label: f.label, value }
      : { key: f.key, label: f.label, value, previous };
  };
  const panels = edition.chart.panels.map((p): PanelFigures => {
    switch (p.kind) {
      case "parts": {
        const parts = p.parts.map((f) => figure(p.key, f));
        const whole = { key: p.key, label: p.whole, cells: p.parts.flatMap((f) => f.cells) };
        const value = figure(p.key, { ...whole, key: "" });
        // last year's whole: the sum of last year's parts, when every part is known
        const known = parts.every((f) => f.previous !== undefined);
        const previous = known
          ? parts.reduce<number | null>((s, f) => (f.previous == null ? s : (s ?? 0) + f.previous), null)
          : undefined;
        return {
          kind: "parts",
          key: p.key,
          title: p.title,
          parts,
          whole: previous === undefined ? { ...value, key: p.key } : { ...value, key: p.key, previous },
        };
      }
      case "bars": {
        const bars = p.bars.map((f) => figure(p.key, f));
        // largest first; equal figures keep the declared order (a stable sort)
        const ordered = p.largestFirst ? [...bars].sort((a, b) => (b.value ?? -1) - (a.value ?? -1)) : bars;
        return {
          kind: "bars",
          key: p.key,
          title: p.title,
          bars: ordered,
          after: (p.after ?? []).map((f) => figure(p.key, f)),
        };
      }
      case "groups":
        return {
          kind: "groups",
          key: p.key,
          title: p.title,
          outcomes: p.outcomes,
          none: p.none,
          groups: p.groups.map((g) => ({ ...figure(p.key, g), parts: g.cells.map((id) => values[id] ?? null) })),
        };
    }
  });
  return { year: report.year, previousYear: prev?.year ?? null, unit: edition.chart.unit, panels };
}

/** A groups panel with nothing to draw: every group 0 this year (not blank) and last year. */
export const allGroupsZero = (panel: Extract<PanelFigures, { kind: "groups" }>): boolean =>
  panel.groups.every((g) => g.value === 0 && (g.previous ?? 0) === 0);
