/**
 * The graphic said in words: its title, and one sentence a panel with every figure it draws (and
 * last year's beside it), for the SVG's `<desc>`, the page's description and whoever cannot see the
 * drawing. Built from the figures alone, so the words and the drawing cannot disagree.
 */
import { formatNumber } from "../format-number.ts";
import { allGroupsZero, type ChartFigures, type FigureValue, type PanelFigures } from "./chart-figures.ts";

export const CHART_NAME = "一图读懂";

/** A count with its unit, or 未填写 for a blank figure. */
export const amount = (value: number | null, unit: string): string =>
  value === null ? "未填写" : `${formatNumber(value)} ${unit}`;

function figure(f: FigureValue, unit: string, previousYear: number | null): string {
  const previous = f.previous === undefined || previousYear === null ? "" : `（上年 ${amount(f.previous, unit)}）`;
  return `${f.label} ${amount(f.value, unit)}${previous}`;
}

function sentence(panel: PanelFigures, unit: string, previousYear: number | null): string {
  const say = (f: FigureValue) => figure(f, unit, previousYear);
  switch (panel.kind) {
    case "parts":
      return `${panel.title} ${say({ ...panel.whole, label: "" }).trimStart()}：${panel.parts.map(say).join("，")}。`;
    case "bars": {
      const after = panel.after.length > 0 ? `；${panel.after.map(say).join("，")}` : "";
      return `${panel.title}：${panel.bars.map(say).join("，")}${after}。`;
    }
    case "groups": {
      if (allGroupsZero(panel)) return `${panel.none}。`;
      const group = (g: (typeof panel.groups)[number]) => {
        const parts = panel.outcomes.map((o, i) => `${o} ${amount(g.parts[i] ?? null, unit)}`).join("、");
        return `${say(g)}${(g.value ?? 0) > 0 ? `，其中${parts}` : ""}`;
      };
      return `${panel.title}：${panel.groups.map(group).join("；")}。`;
    }
  }
}

/** One sentence a panel, in the graphic's order. */
export const chartSentences = (figures: ChartFigures): string[] =>
  figures.panels.map((p) => sentence(p, figures.unit, figures.previousYear));

/** The graphic's title: 一图读懂 and the report's title. */
export const chartTitle = (reportTitle: string): string => `${CHART_NAME}：${reportTitle}`;
