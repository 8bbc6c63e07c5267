/**
 * The one-page graphic (一图读懂) drawn as SVG text from its figures: a narrow portrait page (400 units
 * wide, the way portals' 图解 are read on a phone) of panels one under another — a whole split into
 * its parts, bars largest first, groups split into outcomes — with last year's figure beside each
 * when the report keeps it. Every figure is written out as text beside its bar, and parts are told
 * apart by pattern as well as by their label, so no meaning rests on colour. Scales (`d3-scale`) and
 * stacked segments (`d3-shape`) are computed here, at render time: the SVG carries no script.
 */
import { scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { allGroupsZero, type ChartFigures, type FigureValue, type PanelFigures } from "./chart-figures.ts";
import { amount, CHART_NAME } from "./chart-words.ts";
import { el, escapeXml, textEl } from "./svg-markup.ts";
import { textWidth, wrapLines } from "./text-measure.ts";

/** one column's width; the wide layout (print, desktop) sets two columns side by side */
const COLUMN = 400;
const PAD = 16;
const GAP = 32;
const FONT = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',黑体,SimHei,sans-serif";
const INK = "#1a1a1a";
const MUTED = "#4d4d4d";
const BAR = "#1d4f91";
const RULE = "#8c8c8c";
const DRAFT = "#c00";
const SIZE = { name: 26, title: 16, panel: 17, text: 15, small: 14, big: 28 } as const;
/** the patterns that tell parts apart, in order (solid, hatched, dotted, outlined), and last year's */
const partFills = (ids: string) => [BAR, `url(#${ids}-hatch)`, `url(#${ids}-dots)`, "#fff"] as const;
const previousFill = (ids: string) => `url(#${ids}-previous)`;

/** Layout: one column (phones, the exported image) or two (print, wide screens); `ids` prefix the SVG's ids. */
export interface ChartLayout {
  readonly columns: 1 | 2;
  readonly ids: string;
}

const defs = (ids: string) =>
  el(
    "defs",
    {},
    el(
      "pattern",
      { id: `${ids}-hatch`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
      el("rect", { width: 6, height: 6, fill: "#fff" }),
      el("rect", { width: 2.5, height: 6, fill: BAR }),
    ),
    el(
      "pattern",
      { id: `${ids}-dots`, width: 5, height: 5, patternUnits: "userSpaceOnUse" },
      el("rect", { width: 5, height: 5, fill: "#fff" }),
      el("circle", { cx: 2.5, cy: 2.5, r: 1.5, fill: BAR }),
    ),
    el(
      "pattern",
      { id: `${ids}-previous`, width: 5, height: 5, patternUnits: "userSpaceOnUse", patternTransform: "rotate(-45)" },
      el("rect", { width: 5, height: 5, fill: "#fff" }),
      el("rect", { width: 1.5, height: 5, fill: MUTED }),
    ),
  );

/** What is drawn so far and where the next line starts. */
class Canvas {
  readonly parts: string[] = [];
  readonly fills: readonly string[];
  readonly previousFill: string;

  constructor(
    /** the column's left edge and width */
    readonly x0: number,
    readonly inner: number,
    public y: number,
    ids: string,
  ) {
    this.fills = partFills(ids);
    this.previousFill = previousFill(ids);
  }

  fill(i: number): string {
    return this.fills[i % this.fills.length] ?? BAR;
  }

  /** A line of text (its top at `y` unless given), returns nothing; `figure` names the number for readers of the SVG. */
  text(
    x: number,
    text: string,
    size: number,
    opts: { fill?: string; bold?: boolean; top?: number; anchor?: string; figure?: string } = {},
  ): void {
    const top = opts.top ?? this.y;
    this.parts.push(
      textEl(
        "text",
        {
          x,
          y: top + size * 0.88,
          "font-size": size,
          fill: opts.fill ?? INK,
          "font-weight": opts.bold ? "bold" : undefined,
          "text-anchor": opts.anchor,
          "data-figure": opts.figure,
        },
        text,
      ),
    );
  }

  rect(x: number, y: number, width: number, height: number, fill: string, stroke: string | undefined = BAR): void {
    this.parts.push(
      el("rect", { x, y, width: Math.max(0, width), height, fill, stroke, "stroke-width": stroke ? 1 : undefined }),
    );
  }

  /** Wrapped lines of text, moving `y` past them. */
  lines(text: string, size: number, fill = INK, maxLines = 4): void {
    for (const line of wrapLines(text, size, this.inner, maxLines)) {
      this.text(this.x0, line, size, { fill });
      this.y += size * 1.45;
    }
  }
}

const figureId = (panel: string, key: string) => `${panel}.${key}`;

/** A linear scale from 0 to `max` over `width`; a value below 0 (never a valid count) is drawn at 0. */
function lengthOf(max: number, width: number): (v: number) => number {
  const scale = scaleLinear()
    .domain([0, max || 1])
    .range([0, width]);
  return (v) => scale(Math.max(0, v));
}

/** Room right of the longest bar for its number. */
const numberRoom = (texts: readonly string[]) => Math.max(...texts.map((t) => textWidth(t, SIZE.small)), 40) + 10;

/** A bar of this year and, under it, last year's (hatched grey) with its number. */
function barPair(c: Canvas, f: FigureValue, width: (v: number) => number, unit: string, panel: string): void {
  const v = f.value ?? 0;
  c.rect(c.x0, c.y, width(v), 14, BAR, v > 0 ? BAR : undefined);
  c.text(c.x0 + width(v) + 6, amount(f.value, unit), SIZE.small, {
    bold: true,
    top: c.y - 1,
    figure: figureId(panel, f.key),
  });
  c.y += 18;
  if (f.previous !== undefined) {
    const p = f.previous ?? 0;
    c.rect(c.x0, c.y, width(p), 12, c.previousFill, p > 0 ? MUTED : undefined);
    c.text(c.x0 + width(p) + 6, `上年 ${amount(f.previous, unit)}`, SIZE.small, {
      fill: MUTED,
      top: c.y - 1,
      figure: `previous:${figureId(panel, f.key)}`,
    });
    c.y += 18;
  }
}

/** Stacked segments of `values` (blank as 0) across `width(total)`, each with its part's pattern. */
function segments(c: Canvas, values: readonly (number | null)[], width: (v: number) => number, height: number): void {
  const keys = values.map((_, i) => String(i));
  const row = Object.fromEntries(values.map((v, i) => [String(i), v ?? 0]));
  const series = stack<Record<string, number>>().keys(keys)([row]);
  series.forEach((s, i) => {
    const [from, to] = s[0] ?? [0, 0];
    if (to > from) c.rect(c.x0 + width(from), c.y, width(to) - width(from), height, c.fill(i));
  });
}

/** A small square of a part's pattern before its label. */
const swatch = (c: Canvas, x: number, i: number) => c.rect(x, c.y + 2, 12, 12, c.fill(i));

/** `label N 件（上年 M 件）` on one line, the numbers marked with the figure they are (`data-figure`). */
function said(c: Canvas, x: number, label: string, f: FigureValue, unit: string, figure: string, size: number): void {
  const previous =
    f.previous === undefined
      ? []
      : ["（", textEl("tspan", { "data-figure": `previous:${figure}` }, `上年 ${amount(f.previous, unit)}`), "）"];
  c.parts.push(
    el(
      "text",
      { x, y: c.y + size * 0.88, "font-size": size, fill: INK },
      `${escapeXml(label)} `,
      textEl("tspan", { "data-figure": figure }, amount(f.value, unit)),
      ...previous,
    ),
  );
}

function drawParts(c: Canvas, p: Extract<PanelFigures, { kind: "parts" }>, unit: string): void {
  const total = p.whole.value;
  const previous = p.whole.previous;
  c.parts.push(
    el(
      "text",
      { x: c.x0, y: c.y + SIZE.big * 0.9, fill: INK, "font-size": SIZE.text },
      textEl("tspan", {}, `${p.whole.label} 共 `),
      el(
        "tspan",
        { "data-figure": figureId(p.key, "") },
        textEl(
          "tspan",
          { "font-size": SIZE.big, "font-weight": "bold", fill: BAR },
          total === null ? "未填写" : String(total),
        ),
        total === null ? "" : textEl("tspan", {}, ` ${unit}`),
      ),
      previous === undefined
        ? ""
        : el(
            "tspan",
            { fill: MUTED, "font-size": SIZE.small },
            "\u3000",
            textEl("tspan", { "data-figure": `previous:${figureId(p.key, "")}` }, `上年 ${amount(previous, unit)}`),
          ),
    ),
  );
  c.y += SIZE.big + 12;
  const max = Math.max(total ?? 0, previous ?? 0);
  const width = lengthOf(max, c.inner);
  if ((total ?? 0) === 0) c.rect(c.x0, c.y, c.inner, 22, "#fff", RULE);
  else
    segments(
      c,
      p.parts.map((f) => f.value),
      width,
      22,
    );
  c.y += 28;
  if (previous !== undefined) {
    c.rect(c.x0, c.y, width(previous ?? 0), 10, c.previousFill, (previous ?? 0) > 0 ? MUTED : undefined);
    c.y += 16;
  }
  p.parts.forEach((f, i) => {
    swatch(c, c.x0, i);
    said(c, c.x0 + 20, f.label, f, unit, figureId(p.key, f.key), SIZE.text);
    c.y += 23;
  });
}

function drawBars(c: Canvas, p: Extract<PanelFigures, { kind: "bars" }>, unit: string): void {
  const all = p.bars.flatMap((b) => [b.value ?? 0, b.previous ?? 0]);
  const room = numberRoom(p.bars.flatMap((b) => [amount(b.value, unit), `上年 ${amount(b.previous ?? null, unit)}`]));
  const width = lengthOf(Math.max(...all, 0), c.inner - room);
  for (const b of p.bars) {
    c.text(c.x0, b.label, SIZE.text);
    c.y += 21;
    barPair(c, b, width, unit, p.key);
    c.y += 6;
  }
  for (const a of p.after) {
    said(c, c.x0, a.label, a, unit, figureId(p.key, a.key), SIZE.text);
    c.y += 23;
  }
}

function drawGroups(c: Canvas, p: Extract<PanelFigures, { kind: "groups" }>, unit: string): void {
  if (allGroupsZero(p)) {
    c.lines(`${p.none}。`, SIZE.text, MUTED);
    return;
  }
  const room = numberRoom(p.groups.flatMap((g) => [amount(g.value, unit), `上年 ${amount(g.previous ?? null, unit)}`]));
  const max = Math.max(...p.groups.flatMap((g) => [g.value ?? 0, g.previous ?? 0]), 0);
  const width = lengthOf(max, c.inner - room);
  for (const g of p.groups) {
    c.text(c.x0, g.label, SIZE.text);
    c.y += 21;
    const v = g.value ?? 0;
    segments(c, g.parts, width, 14);
    c.text(c.x0 + width(v) + 6, amount(g.value, unit), SIZE.small, {
      bold: true,
      top: c.y - 1,
      figure: figureId(p.key, g.key),
    });
    c.y += 18;
    if (g.previous !== undefined) {
      const prev = g.previous ?? 0;
      c.rect(c.x0, c.y, width(prev), 12, c.previousFill, prev > 0 ? MUTED : undefined);
      c.text(c.x0 + width(prev) + 6, `上年 ${amount(g.previous, unit)}`, SIZE.small, {
        fill: MUTED,
        top: c.y - 1,
        figure: `previous:${figureId(p.key, g.key)}`,
      });
      c.y += 18;
    }
    if (v > 0)
      // the outcomes two to a line, each after its pattern
      for (let i = 0; i < p.outcomes.length; i += 2) {
        for (const k of [i, i + 1]) {
          const outcome = p.outcomes[k];
          if (outcome === undefined) continue;
          const x = c.x0 + (k - i) * (c.inner / 2);
          swatch(c, x, k);
          const part = { key: "", label: outcome, value: g.parts[k] ?? null };
          said(c, x + 18, outcome, part, unit, figureId(p.key, `${g.key}.${k}`), SIZE.small);
        }
        c.y += 21;
      }
    c.y += 6;
  }
}

/** Stands for a layout's id prefix in what is drawn once for every layout. */
const IDS = "\u0001ids";

interface DrawnPanel {
  readonly markup: string;
  readonly height: number;
}

/** Each panel drawn once, at the top of its own column (a layout only places them). */
function drawPanels(figures: ChartFigures): DrawnPanel[] {
  return figures.panels.map((panel) => {
    const c = new Canvas(PAD, COLUMN - 2 * PAD, 0, IDS);
    c.y += 8;
    c.parts.push(el("line", { x1: c.x0, x2: c.x0 + c.inner, y1: c.y, y2: c.y, stroke: RULE, "stroke-width": 1 }));
    c.y += 12;
    c.text(c.x0, panel.title, SIZE.panel, { bold: true, fill: BAR });
    c.y += SIZE.panel + 10;
    if (panel.kind === "parts") drawParts(c, panel, figures.unit);
    else if (panel.kind === "bars") drawBars(c, panel, figures.unit);
    else drawGroups(c, panel, figures.unit);
    return { markup: c.parts.join(""), height: c.y };
  });
}

export interface ChartWords {
  readonly title: string;
  readonly reportTitle: string;
  readonly desc: string;
  readonly draft: boolean;
}

/** The heading: 一图读懂 (and 草稿), the report's title, and the key to last year's bars. */
function drawHead(figures: ChartFigures, words: ChartWords, width: number): Canvas {
  const head = new Canvas(PAD, width - 2 * PAD, PAD, IDS);
  head.text(PAD, CHART_NAME, SIZE.name, { fill: BAR, bold: true });
  if (words.draft) {
    // 草稿, as every draft output is marked: in words, in a box beside the name
    const x = PAD + textWidth(CHART_NAME, SIZE.name) + 14;
    head.rect(x, head.y + 1, 64, SIZE.name + 4, "#fff", DRAFT);
    head.text(x + 32, "草稿", SIZE.panel + 1, { fill: DRAFT, bold: true, anchor: "middle", top: head.y + 5 });
  }
  head.y += SIZE.name + 10;
  for (const line of wrapLines(words.reportTitle, SIZE.title, head.inner, 3)) {
    head.text(PAD, line, SIZE.title, { bold: true });
    head.y += SIZE.title * 1.5;
  }
  if (figures.previousYear !== null) {
    // the key to this year's and last year's bars, in words beside each pattern
    head.y += 4;
    head.rect(PAD, head.y + 3, 24, 10, BAR);
    head.text(PAD + 30, `${figures.year} 年`, SIZE.small);
    head.rect(PAD + 110, head.y + 3, 24, 10, head.previousFill, MUTED);
    head.text(PAD + 140, `${figures.previousYear} 年（上年）`, SIZE.small, { fill: MUTED });
    head.y += 22;
  }
  return head;
}

/** One layout of the graphic from the panels drawn once. */
function compose(figures: ChartFigures, words: ChartWords, layout: ChartLayout, panels: readonly DrawnPanel[]): string {
  const width = layout.columns * COLUMN + (layout.columns - 1) * GAP;
  const head = drawHead(figures, words, width);
  const placed: string[] = [];
  let bottom = head.y;
  splitColumns(
    panels.map((d) => d.height),
    layout.columns,
  ).forEach((column, i) => {
    let y = head.y;
    for (const k of column) {
      const d = panels[k];
      if (!d) continue;
      placed.push(el("g", { transform: `translate(${i * (COLUMN + GAP)},${y})` }, d.markup));
      y += d.height;
    }
    bottom = Math.max(bottom, y);
  });
  const height = Math.ceil(bottom + PAD);
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": `${layout.ids}-title`,
      "aria-describedby": `${layout.ids}-desc`,
      "font-family": FONT,
      style: "display:block;max-width:100%;height:auto;margin:0 auto;background:#fff",
    },
    textEl("title", { id: `${layout.ids}-title` }, words.title),
    textEl("desc", { id: `${layout.ids}-desc` }, words.desc),
    defs(layout.ids),
    el("rect", { width, height, fill: "#fff" }),
    ...head.parts,
    ...placed,
  )
    .split(IDS)
    .join(layout.ids);
}

/** The SVG of the graphic in each layout: `title` and `desc` say it in words (the SVG is one image to a screen reader). */
export function chartSvgs(figures: ChartFigures, words: ChartWords, layouts: readonly ChartLayout[]): string[] {
  const panels = drawPanels(figures);
  return layouts.map((layout) => compose(figures, words, layout, panels));
}

/** Panels (by index) into columns in reading order, the tallest column as short as it can be. */
function splitColumns(heights: readonly number[], columns: 1 | 2): number[][] {
  const all = heights.map((_, i) => i);
  if (columns === 1) return [all];
  let best = { at: heights.length, tallest: Infinity };
  for (let at = 0; at <= heights.length; at++) {
    const left = heights.slice(0, at).reduce((a, b) => a + b, 0);
    const right = heights.slice(at).reduce((a, b) => a + b, 0);
    if (Math.max(left, right) < best.tallest) best = { at, tallest: Math.max(left, right) };
  }
  return [all.slice(0, best.at), all.slice(best.at)];
}
