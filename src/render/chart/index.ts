/**
 * The one-page graphic (一图读懂) of a report: the figures the edition declares for it, drawn as SVG
 * and said in words. The published page carries it inline; the app and the CLI export it as a file.
 */
import { getEdition } from "../../model/editions/index.ts";
import { reportTitle } from "../../model/report.ts";
import type { Report } from "../../model/types.ts";
import { cleanLine } from "../clean-text.ts";
import { chartFigures, type ChartFigures } from "./chart-figures.ts";
import { chartSvgs } from "./chart-svg.ts";
import { chartSentences, chartTitle } from "./chart-words.ts";

export type { ChartFigures, FigureValue, PanelFigures } from "./chart-figures.ts";
export type { ChartLayout } from "./chart-svg.ts";

export interface ReportChart {
  readonly figures: ChartFigures;
  /** 一图读懂 and the report's title */
  readonly title: string;
  /** one sentence a panel, every figure in words */
  readonly sentences: readonly string[];
  /** the SVG element in one column (phones, the exported image), a complete document on its own (it has its namespace) */
  readonly svg: string;
  /** the same in two columns (print, wide screens), with ids of its own */
  readonly wideSvg: string;
}

/** The graphic of a report; a draft's is marked 草稿 (decisions §4), like every draft output. */
export function reportChart(report: Report, options: { draft: boolean }): ReportChart {
  const edition = getEdition(report.edition);
  if (!edition) throw new Error(`未知的表格版本：${report.edition}`);
  const figures = chartFigures(report, edition);
  const sentences = chartSentences(figures);
  const name = cleanLine(reportTitle(report));
  const title = `${options.draft ? "【草稿】" : ""}${chartTitle(name)}`;
  const words = { title, reportTitle: name, desc: sentences.join(""), draft: options.draft };
  const [svg = "", wideSvg = ""] = chartSvgs(figures, words, [
    { columns: 1, ids: "nb-chart" },
    { columns: 2, ids: "nb-chart-wide" },
  ]);
  return { figures, title, sentences, svg, wideSvg };
}

/** The graphic as a standalone .svg file. */
export const chartSvgFile = (chart: ReportChart): string => `<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n`;
