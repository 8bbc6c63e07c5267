/**
 * The app's colours (src/ui/common/colors.css) meet WCAG 2.1 AA by construction: every text colour
 * reads at 4.5:1 on every light background, light text on every dark one, and focus rings, control
 * borders and cell markers reach 3:1. Each colour has to be placed in one group below — a new one
 * fails until it is — and no other stylesheet writes a colour of its own.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const UI = "src/ui";
const PALETTE = join(UI, "common/colors.css");

const LIGHT_BACKGROUNDS = [
  "--c-bg",
  "--c-surface",
  "--c-head",
  "--c-subhead",
  "--c-rowhead",
  "--c-computed",
  "--c-focus-bg",
  "--c-error-bg",
  "--c-warn-bg",
  "--c-info-bg",
  "--c-ok-bg",
  "--c-blank-bg",
  "--c-disabled-bg",
];
/** behind the narrative's text, which is always --c-text */
const HIGHLIGHTS = ["--c-mark-E", "--c-mark-W", "--c-mark-I", "--c-mark-explained"];
const TEXT = [
  "--c-text",
  "--c-muted",
  "--c-faint",
  "--c-disabled-text",
  "--c-brand",
  "--c-brand-dark",
  "--c-primary",
  "--c-primary-dark",
  "--c-error",
  "--c-warn",
  "--c-info",
  "--c-ok",
];
const DARK_BACKGROUNDS = [
  "--c-notice",
  "--c-notice-error",
  "--c-brand",
  "--c-brand-dark",
  "--c-primary",
  "--c-primary-dark",
  "--c-error",
];
const ON_DARK = ["--c-on-dark"];
const OWN_PAIRS: readonly (readonly [string, string])[] = [["--c-on-badge-W", "--c-badge-W"]];
const BOUNDARIES = ["--c-focus", "--c-border-strong", "--c-grid", "--c-blank-mark"];
const DECORATION = [
  "--c-border",
  "--c-stage",
  "--c-info-line",
  "--c-error-line",
  "--c-warn-line",
  "--c-ok-line",
  "--c-blank-line",
  "--c-shadow",
  "--c-shadow-strong",
  "--c-backdrop",
  "--shadow",
];

type Rgb = readonly [number, number, number, number];

function parse(value: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex?.[1]) {
    const n = parseInt(hex[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgb = /^rgb\((\d+) (\d+) (\d+)(?: \/ (\d+)%)?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] ? Number(rgb[4]) / 100 : 1];
  throw new Error(`not a colour this test reads: ${value}`);
}

/** a translucent colour as it shows over white (the text field and panels it is used on) */
const overWhite = ([r, g, b, a]: Rgb): Rgb => [r * a + 255 * (1 - a), g * a + 255 * (1 - a), b * a + 255 * (1 - a), 1];

function luminance(c: Rgb): number {
  const [r, g, b] = c.slice(0, 3).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(overWhite(a)), luminance(overWhite(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, "");

const palette = new Map(
  [...stripComments(readFileSync(PALETTE, "utf8")).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [
    m[1] ?? "",
    (m[2] ?? "").trim(),
  ]),
);
const colour = (name: string): Rgb => {
  const v = palette.get(name);
  if (v === undefined) throw new Error(`${name} is not in colors.css`);
  return parse(v);
};

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? stylesheets(join(dir, e.name)) : e.name.endsWith(".css") ? [join(dir, e.name)] : [],
  );
}

describe("the colour palette", () => {
  it("places every colour in exactly one group", () => {
    const grouped = [
      ...LIGHT_BACKGROUNDS,
      ...HIGHLIGHTS,
      ...TEXT.filter((t) => !DARK_BACKGROUNDS.includes(t)),
      ...DARK_BACKGROUNDS,
      ...ON_DARK,
      ...OWN_PAIRS.flat(),
      ...BOUNDARIES,
      ...DECORATION,
    ];
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...palette.keys()].sort()).toEqual([...new Set(grouped)].sort());
  });

  it("every text colour reads at 4.5:1 on every light background", () => {
    const low = TEXT.flatMap((t) =>
      LIGHT_BACKGROUNDS.map((b) => [t, b, contrast(colour(t), colour(b))] as const).filter(([, , r]) => r < 4.5),
    );
    expect(low).toEqual([]);
  });

  it("the narrative's text reads at 4.5:1 on every highlight", () => {
    for (const b of HIGHLIGHTS) expect(contrast(colour("--c-text"), colour(b)), b).toBeGreaterThanOrEqual(4.5);
  });

  it("light text reads at 4.5:1 on every dark background, and each own pair too", () => {
    for (const t of ON_DARK)
      for (const b of DARK_BACKGROUNDS)
        expect(contrast(colour(t), colour(b)), `${t} on ${b}`).toBeGreaterThanOrEqual(4.5);
    for (const [t, b] of OWN_PAIRS) expect(contrast(colour(t), colour(b)), `${t} on ${b}`).toBeGreaterThanOrEqual(4.5);
  });

  it("focus rings, control borders and cell markers reach 3:1 on every light background", () => {
    const low = BOUNDARIES.flatMap((t) =>
      LIGHT_BACKGROUNDS.map((b) => [t, b, contrast(colour(t), colour(b))] as const).filter(([, , r]) => r < 3),
    );
    expect(low).toEqual([]);
  });

  it("(control) the contrast arithmetic gives WCAG's figures", () => {
    expect(contrast(parse("#000000"), parse("#ffffff"))).toBeCloseTo(21, 5);
    expect(contrast(parse("#767676"), parse("#ffffff"))).toBeCloseTo(4.54, 2);
    expect(contrast(parse("rgb(0 0 0 / 0%)"), parse("#ffffff"))).toBeCloseTo(1, 5);
  });
});

describe("the other stylesheets", () => {
  const sheets = stylesheets(UI).filter((f) => f !== PALETTE);
  const NAMED = /(?<![\w-])(white|black|red|green|blue|gray|grey|orange|yellow|silver)(?![\w-])/i;

  it("write no colour of their own", () => {
    const literals = sheets.flatMap((file) =>
      [...stripComments(readFileSync(file, "utf8")).matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)]
        .filter((m) => /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?)\(/i.test(m[2] ?? "") || NAMED.test(m[2] ?? ""))
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(sheets.length).toBeGreaterThan(5);
    expect(literals).toEqual([]);
  });

  it("name only colours the palette defines", () => {
    const unknown = sheets.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/var\((--(?:c-|shadow)[\w-]*)\)/g)]
        .map((m) => m[1] ?? "")
        .filter((name) => !palette.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });
});
