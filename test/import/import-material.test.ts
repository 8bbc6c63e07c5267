/**
 * The fixtures (three realistic reports and the five seeds) made into the material real reports
 * come as — markdown as converters and OCR/LLM tools write it, text a crawler flattened, OCR slips
 * — and imported back: never a cell placed wrongly, every cell of the markdown placed, the
 * flattened rows split only where the tables' identities (or the digits themselves) leave one way,
 * each slip reported as a deviation from the official label.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReport } from "../../src/import/index.ts";
import { readReportFile } from "../../src/import/report-file.ts";
import type { Report } from "../../src/model/types.ts";
import { labelSlips, misreadNames, toFlattened, toMarkdown } from "../support/import-material.ts";
import { measure, type Measured } from "../support/import-measure.ts";

function fixtures(): [string, Report][] {
  const out: [string, Report][] = [];
  for (const dir of ["reports", "seeds"]) {
    const base = new URL(`../fixtures/${dir}/`, import.meta.url);
    for (const f of readdirSync(base).sort()) {
      const r = readReportFile(readFileSync(new URL(f, base), "utf8"));
      if (!r.ok) throw new Error(f);
      out.push([f, r.report]);
    }
  }
  return out;
}

const FIXTURES = fixtures();

async function measured(report: Report, name: string, text: string): Promise<Measured & { notes: string[] }> {
  const out = await importReport({ name, text });
  if (!out.ok) throw new Error(out.reason);
  return { ...measure(report, out), notes: out.summary.notes };
}

/** Sums over all fixtures. */
async function total(make: (r: Report) => string, name: string) {
  let cells = 0;
  let placed = 0;
  let resolved = 0;
  const wrong: string[] = [];
  for (const [, report] of FIXTURES) {
    const m = await measured(report, name, make(report));
    cells += m.cells;
    placed += m.placed;
    resolved += m.resolved;
    wrong.push(...m.wrong);
  }
  return { cells, placed, resolved, wrong, share: placed / cells };
}

describe("markdown as converters and OCR/LLM tools write it", async () => {
  for (const [variant, options] of [
    ["one pipe table per table", {}],
    ["tables split into parts with stray label lines between them, rows starting with empty cells", { split: true }],
    ["split, and the cells a rowspan covers left out", { split: true, omitCovered: true }],
    ["spans repeated in every cell they cover", { repeatSpans: true }],
  ] as const)
    it(`${variant}: every cell of every fixture placed`, async () => {
      const t = await total((r) => toMarkdown(r, options), "年报.md");
      expect(t.wrong).toEqual([]);
      expect(t.placed).toBe(t.cells);
    });

  it("is recognised as markdown by its pipe tables, also without a .md name", async () => {
    const [, report] = FIXTURES[0] ?? [];
    if (!report) throw new Error("no fixture");
    const out = await importReport({ name: "粘贴的内容", text: toMarkdown(report, { split: true }) });
    expect(out.ok && out.summary.source).toBe("markdown");
  });
});

describe("text a crawler flattened: a row's cells joined, digits running together", async () => {
  it("row by row: nothing wrong; table 三 and 四 split by their identities; 二's rows only where the digits allow one way", async () => {
    const t = await total((r) => toFlattened(r), "page.txt");
    expect(t.wrong).toEqual([]);
    expect(t.share).toBeGreaterThan(0.85);
    expect(t.resolved).toBeGreaterThan(1000);
  });

  it("the whole table on one line (rows run into each other, a label's number into the digits before it)", async () => {
    const t = await total((r) => toFlattened(r, { oneLine: true }), "page.txt");
    expect(t.wrong).toEqual([]);
    expect(t.share).toBeGreaterThan(0.85);
  });

  it("the summary says which cells were found by arithmetic, and why a row stayed open", async () => {
    const [, report] = FIXTURES.find(([f]) => f === "qingshi-2022.json") ?? [];
    if (!report) throw new Error("no fixture");
    const out = await importReport({ name: "page.txt", text: toFlattened(report) });
    if (!out.ok) throw new Error(out.reason);
    const granted = out.summary.resolved.find((r) => r.cells.includes("apply.result.granted.natural"));
    expect(granted?.where).toContain("按表中的勾稽关系拆分为 2 0 0 0 0 0 2");
    expect(out.summary.cells["apply.result.granted.natural"]).toEqual({ text: "2", reading: "resolved" });
    // 行政规范性文件 3 0 7 ran into 307: without an identity for it, 30 7 (a blank lost) cannot be ruled out
    const docs = out.summary.ambiguous.find((a) => a.cells.includes("active.normativeDocs.issued"));
    expect(docs?.seen).toBe("307");
    expect(out.report.cells["active.normativeDocs.issued"]).toBeUndefined();
    expect(out.summary.notes.join("\n")).toContain("一行各格的数字连在了一起");
  });
});

describe("OCR slips", async () => {
  it("look-alike characters, a dropped or added character, mixed widths: nothing wrong, each slip a deviation", async () => {
    let cells = 0;
    let placed = 0;
    for (const [file, report] of FIXTURES)
      for (const flat of [false, true]) {
        const slips = labelSlips();
        const text = flat ? toFlattened(report, { slips }) : toMarkdown(report, { split: true, slips });
        const out = await importReport({ name: flat ? "ocr.txt" : "ocr.md", text });
        if (!out.ok) throw new Error(out.reason);
        const m = measure(report, out);
        expect(m.wrong, file).toEqual([]);
        // flattened, a slip inside a header row run together cannot be cut from its neighbours: only nothing wrong
        if (flat) continue;
        cells += m.cells;
        placed += m.placed;
        // every slipped row label the importer recognised is reported with the text it saw
        const seen = new Set(out.summary.deviations.map((d) => d.seen.replace(/\s+/g, "")));
        const recognised = slips.made.filter(([official]) =>
          out.summary.deviations.some((d) => d.expected === official),
        );
        // only a slip in a label of four characters or fewer, with no number to vouch for it, is not forgiven
        const missed = slips.made.filter(([official]) => !recognised.some(([o]) => o === official));
        expect(
          missed.filter(([official]) => official.length > 4 || /^[（(一-十\d]/.test(official)),
          file,
        ).toEqual([]);
        for (const [, slipped] of recognised)
          expect(seen.has(slipped.replace(/\s+/g, "")), `${file}: ${slipped}`).toBe(true);
      }
    expect(placed / cells).toBeGreaterThan(0.98);
  });

  it("a slip in a numeral that tells two official labels apart is never forgiven; one that tells none apart is", async () => {
    const text = [
      "东镇2021年政府信息公开工作年度报告",
      "## 一、总体情况",
      "略。",
      "## 二、主动公开政府信息情况",
      "| 第二十条第（九）项 | | | |",
      "|---|---|---|---|",
      "| 信息内容 | 本年处理决定数量 | | |",
      "| 行政许可 | 5 | | |",
      "## 三、收到和处理政府信息公开申请情况",
      "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
      "|---|---|---|---|---|---|---|---|---|---|",
      "| 三、本年度办理结果 | （三）不予公开 | 4.保护第二方合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
      "## 六、其他需要报告的事项",
      "无。",
    ].join("\n");
    const out = await importReport({ name: "a.md", text });
    if (!out.ok) throw new Error(out.reason);
    // 第（九）项 is gb2019's, not a slip of gb2021's 第（五）项: its row is not taken for 行政许可 of （五）
    expect(out.summary.notes).toContain("表格中的栏目“第二十条第（九）项”不属于 gb2021 版表格");
    expect(out.report.cells["apply.result.denied.thirdParty.natural"]).toBe(1);
    expect(out.summary.deviations.map((d) => [d.seen, d.expected])).toContainEqual([
      "4.保护第二方合法权益",
      "4.保护第三方合法权益",
    ]);
  });

  it("a misread place name stays as read (no gazetteer says otherwise), and the rest of the report is read", async () => {
    const [, report] = FIXTURES.find(([f]) => f === "seed-003-yongchang-2021.json") ?? [];
    if (!report) throw new Error("no fixture");
    const out = await importReport({ name: "ocr.md", text: misreadNames(toMarkdown(report), [["永昌镇", "水昌镇"]]) });
    if (!out.ok) throw new Error(out.reason);
    expect(out.report.org.shortName).toBe("水昌镇");
    expect(measure(report, out).wrong).toEqual([]);
  });
});
