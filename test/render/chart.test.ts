/**
 * 一图读懂: the numbers in the SVG (parsed back) are the report's — worked out here from the table
 * cells, not from the chart's declaration — for every fixture report, with and without last year's
 * figures; outcomes are drawn largest first; the image is named by its title and said in words by
 * its description; a blank figure is said to be blank; a new edition's graphic is drawn from its declaration.
 */
import { readdirSync, readFileSync } from "node:fs";
import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { readReportFile } from "../../src/import/report-file.ts";
import { computeReport } from "../../src/model/compute.ts";
import type { Report } from "../../src/model/types.ts";
import { reportChart } from "../../src/render/chart/index.ts";
import { editionOf, fullReport, prevOf } from "../builders.ts";

const FIXTURES: { name: string; report: Report }[] = [
  ...["reports", "seeds"].flatMap((dir) => {
    const folder = new URL(`../fixtures/${dir}/`, import.meta.url);
    return readdirSync(folder)
      .filter((f) => f.endsWith(".json"))
      .map((f) => {
        const read = readReportFile(readFileSync(new URL(f, folder), "utf8"));
        if (!read.ok) throw new Error(f);
        return { name: `${dir}/${f}`, report: read.report };
      });
  }),
  { name: "gb2019 full", report: fullReport("gb2019", 5) },
  { name: "gb2021 full", report: fullReport("gb2021", 7) },
];

function withPrevious(report: Report): Report {
  const prev = prevOf(report);
  return { ...report, previous: { year: prev.year, edition: prev.edition, cells: prev.cells } };
}

/** Every `data-figure` of an SVG with its text, and the text elements in document order. */
function figuresOf(svg: string) {
  const doc = parseDocument(svg, { xmlMode: true });
  const root = DomUtils.findOne((e) => e.name === "svg", doc.children) as Element;
  const marked = DomUtils.findAll((e) => e.attribs["data-figure"] !== undefined, doc.children);
  const figures = new Map(marked.map((e) => [e.attribs["data-figure"] ?? "", DomUtils.textContent(e).trim()]));
  const text = (name: string) => DomUtils.textContent(DomUtils.findOne((e) => e.name === name, doc.children) ?? []);
  const order = marked.map((e) => e.attribs["data-figure"] ?? "");
  return { root, figures, order, title: text("title"), desc: text("desc") };
}

/** A count as the graphic writes it. */
const count = (n: number | null) => (n === null ? "未填写" : `${n} 件`);

/** The figures the report's tables give, by the chart's figure names, worked out from the cells. */
function expectedFigures(report: Report): Map<string, number | null> {
  const edition = editionOf(report.edition);
  const v = computeReport(edition, report).value;
  const total = (row: string) => v[`${row}.total`] ?? null;
  const rows = (prefix: string) =>
    edition.cells
      .filter((c) => c.id.startsWith(prefix) && c.id.endsWith(".total") && c.table === "apply")
      .map((c) => v[c.id] ?? null);
  const sum = (xs: (number | null)[]) =>
    xs.every((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0);
  const received = [total("apply.newReceived"), total("apply.carriedOver")];
  const out = new Map<string, number | null>([
    ["received.", sum(received)],
    ["received.new", received[0] ?? null],
    ["received.carried", received[1] ?? null],
    ["outcomes.granted", total("apply.result.granted")],
    ["outcomes.partial", total("apply.result.partial")],
    ["outcomes.denied", sum(rows("apply.result.denied."))],
    ["outcomes.unable", sum(rows("apply.result.unable."))],
    ["outcomes.notProcessed", sum(rows("apply.result.notProcessed."))],
    ["outcomes.other", sum(rows("apply.result.other"))],
    ["outcomes.carryForward", total("apply.carryForward")],
    ["decisions.licensing", v["active.licensing.decisions"] ?? null],
    ["decisions.penalty", v["active.penalty.decisions"] ?? null],
    ["decisions.compulsion", v["active.compulsion.decisions"] ?? null],
  ]);
  for (const g of ["adminReview", "suitDirect", "suitAfterReview"]) {
    const parts = ["upheld", "corrected", "other", "pending"].map((c) => v[`review.${g}.${c}`] ?? null);
    if (parts.some((p) => p !== null && p > 0)) parts.forEach((p, i) => out.set(`review.${g}.${i}`, p));
  }
  const docs =
    report.edition === "gb2021"
      ? ["normativeDocs.issued", "normativeDocs.valid", "regulations.issued", "regulations.valid"]
      : ["normativeDocs.published", "normativeDocs.publicTotal", "regulations.published", "regulations.publicTotal"];
  for (const d of docs) out.set(`documents.${d}`, v[`active.${d}`] ?? null);
  return out;
}

describe("the graphic's numbers are the report's", () => {
  it.each(FIXTURES)("$name, in one column and in two, and in its description", ({ report }) => {
    const chart = reportChart(report, { draft: false });
    const expected = expectedFigures(report);
    for (const svg of [chart.svg, chart.wideSvg]) {
      const { figures, desc } = figuresOf(svg);
      for (const [key, n] of expected) expect(figures.get(key), key).toBe(count(n));
      for (const [key, n] of expected) if (!key.startsWith("review.")) expect(desc).toContain(count(n));
    }
    expect(figuresOf(chart.svg).figures).toEqual(figuresOf(chart.wideSvg).figures);
  });

  it.each(FIXTURES)("$name beside last year's", ({ report }) => {
    const withPrev = withPrevious(report);
    const last = expectedFigures(prevOf(report));
    const { figures, desc } = figuresOf(reportChart(withPrev, { draft: false }).svg);
    // this year's unchanged, and last year's beside each figure both editions count alike
    for (const [key, n] of expectedFigures(report)) expect(figures.get(key), key).toBe(count(n));
    for (const key of ["received.", "received.new", "outcomes.granted", "outcomes.denied", "decisions.penalty"])
      expect(figures.get(`previous:${key}`), key).toBe(`上年 ${count(last.get(key) ?? null)}`);
    expect(desc).toContain(`（上年 ${count(last.get("outcomes.granted") ?? null)}）`);
  });

  it("draws the outcomes largest first, ties in the table's order", () => {
    const report = fullReport("gb2021", 3);
    const { order } = figuresOf(reportChart(report, { draft: false }).svg);
    const outcomes = order.filter((k) => /^outcomes\.(?!carryForward)/.test(k));
    const values = outcomes.map((k) => expectedFigures(report).get(k) ?? 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(outcomes).toHaveLength(6);
  });

  it("compares last year across the edition change (2020 gb2019 → 2021 gb2021) only where both count alike", () => {
    const report = fullReport("gb2021");
    report.year = 2021;
    const prev = fullReport("gb2019", 4);
    report.previous = { year: 2020, edition: "gb2019", cells: prev.cells };
    const { figures } = figuresOf(reportChart(report, { draft: false }).svg);
    expect(figures.get("previous:outcomes.granted")).toBe(
      `上年 ${count(expectedFigures(prev).get("outcomes.granted") ?? null)}`,
    );
    expect(figures.get("previous:decisions.licensing")).toBe(
      `上年 ${count(expectedFigures(prev).get("decisions.licensing") ?? null)}`,
    );
    // 本年制发 (gb2021) and 本年新公开 (gb2019) are not the same count: no last year's figure
    expect(figures.has("previous:documents.normativeDocs.issued")).toBe(false);
  });

  it("ignores figures kept for another year than last year", () => {
    const report = withPrevious(fullReport("gb2021"));
    if (report.previous) report.previous.year = report.year - 2;
    const { figures } = figuresOf(reportChart(report, { draft: false }).svg);
    expect([...figures.keys()].some((k) => k.startsWith("previous:"))).toBe(false);
  });
});

describe("the graphic as an image", () => {
  const report = fullReport("gb2019");
  const chart = reportChart(report, { draft: false });

  it("is one image named by its title and said in words by its description", () => {
    for (const svg of [chart.svg, chart.wideSvg]) {
      const { root, title, desc } = figuresOf(svg);
      expect(root.attribs.role).toBe("img");
      const doc = parseDocument(svg, { xmlMode: true });
      const byId = (id: string) => DomUtils.findOne((e) => e.attribs.id === id, doc.children);
      expect(byId(root.attribs["aria-labelledby"] ?? "")?.name).toBe("title");
      expect(byId(root.attribs["aria-describedby"] ?? "")?.name).toBe("desc");
      expect(title).toBe("一图读懂：兴国镇2020年政府信息公开工作年度报告");
      expect(desc).toBe(chart.sentences.join(""));
      expect(desc).toMatch(/^收到政府信息公开申请 \d+ 件：本年新收 \d+ 件，上年结转 \d+ 件。申请办理结果：/);
    }
  });

  it("has no script, no link and nothing it loads; its ids differ between the two layouts", () => {
    for (const svg of [chart.svg, chart.wideSvg])
      expect(svg).not.toMatch(/<script|href|<image|<foreignObject|on[a-z]+=/i);
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const narrow = ids(chart.svg);
    expect(narrow.length).toBeGreaterThanOrEqual(5);
    expect(ids(chart.wideSvg).filter((id) => narrow.includes(id))).toEqual([]);
  });

  it("is marked 草稿 in a draft, in its title and in the drawing, and not in a final", () => {
    const draft = reportChart(report, { draft: true });
    for (const svg of [draft.svg, draft.wideSvg]) {
      const { title, root } = figuresOf(svg);
      expect(title).toBe("【草稿】一图读懂：兴国镇2020年政府信息公开工作年度报告");
      const doc = parseDocument(svg, { xmlMode: true });
      expect(
        DomUtils.findAll((e) => e.name === "text" && DomUtils.textContent(e) === "草稿", doc.children),
      ).toHaveLength(1);
      expect(root.attribs.role).toBe("img");
    }
    expect(chart.svg).not.toContain("草稿");
  });

  it("says a blank figure is blank, and a year without 复议/诉讼 says so", () => {
    const blank = fullReport("gb2021");
    blank.cells = {};
    const { figures, desc } = figuresOf(reportChart(blank, { draft: false }).svg);
    expect(figures.get("received.")).toBe("未填写");
    expect(figures.get("outcomes.granted")).toBe("未填写");
    // blank is not none
    expect(figures.get("review.adminReview")).toBe("未填写");
    expect(desc).not.toContain("本年没有");
    const none = fullReport("gb2021");
    for (const id of Object.keys(none.cells)) if (id.startsWith("review.")) none.cells[id] = 0;
    const zero = figuresOf(reportChart(none, { draft: false }).svg);
    expect(zero.desc).toContain("本年没有因政府信息公开引起的行政复议、行政诉讼。");
    expect(zero.figures.has("review.adminReview")).toBe(false);
  });

  it("keeps a long or hostile organisation name to three lines of text", () => {
    const r = fullReport("gb2021");
    r.org = { ...r.org, shortName: `<b>长名</b>${"很长的机关名称".repeat(60)}` };
    const svg = reportChart(r, { draft: false }).svg;
    const doc = parseDocument(svg, { xmlMode: true });
    const lines = DomUtils.findAll(
      (e) => e.name === "text" && DomUtils.textContent(e).includes("很长的机关名称"),
      doc.children,
    );
    expect(lines).toHaveLength(3);
    expect(DomUtils.textContent(lines[2] ?? []).endsWith("…")).toBe(true);
    expect(svg).toContain("&lt;b&gt;长名&lt;/b&gt;");
    expect(DomUtils.findAll((e) => e.name === "b", doc.children)).toEqual([]);
  });
});
