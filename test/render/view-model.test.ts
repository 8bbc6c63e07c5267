/** The one view of a report: title, preface, headings, narrative levels, tables and numbers. */
import { describe, expect, it } from "vitest";
import { buildViewModel, type CellView, type TableView } from "../../src/render/view-model.ts";
import { formatNumber } from "../../src/render/format-number.ts";
import { fullReport } from "../builders.ts";
import { expectedGrids } from "../support/view-grid.ts";

const HEADINGS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

/** the view's cells by their grid position */
function cellsAt(table: TableView): Map<string, CellView> {
  const out = new Map<string, CellView>();
  [...table.head, ...table.body].forEach((row, r) => row.cells.forEach((c) => out.set(`${r},${c.col}`, c)));
  return out;
}

describe.each(["gb2019", "gb2021"])("view of a full %s report", (editionId) => {
  const report = fullReport(editionId);
  const view = buildViewModel(report, { draft: false });

  it("has the title, the six headings in order and no draft mark", () => {
    expect(view.title).toBe(`兴国镇${report.year}年政府信息公开工作年度报告`);
    expect(view.sections.map((s) => s.heading)).toEqual(HEADINGS);
    expect(view.draft).toBe(false);
    expect(view.draftNote).toBeNull();
  });

  it("lays every table out exactly as the edition declares: labels, spans, grid columns, values", () => {
    const tables = view.sections.flatMap((s) => (s.table ? [s.table] : []));
    const expected = expectedGrids(report);
    expect(tables.map((t) => t.id)).toEqual(expected.map((e) => e.table.id));
    tables.forEach((table, i) => {
      const want = expected[i];
      if (!want) throw new Error("table missing");
      expect(table.head.length + table.body.length).toBe(want.table.rows.length);
      const at = cellsAt(table);
      for (const label of want.labels) {
        const cell = at.get(`${label.r},${label.c}`);
        expect(cell, `${table.id} ${label.text}`).toMatchObject({
          kind: "label",
          text: label.text,
          rowspan: label.rowspan,
          colspan: label.colspan,
        });
      }
      for (const v of want.values)
        expect(at.get(`${v.r},${v.c}`), v.id).toMatchObject({ kind: "value", id: v.id, text: v.text });
      // each row covers the grid exactly once
      const covered = new Map<number, number>();
      [...table.head, ...table.body].forEach((row, r) =>
        row.cells.forEach((c) => {
          for (let dr = 0; dr < c.rowspan; dr++) covered.set(r + dr, (covered.get(r + dr) ?? 0) + c.colspan);
        }),
      );
      for (const n of covered.values()) expect(n).toBe(table.gridCols);
    });
  });

  it("prints derived totals, never a blank, and 0 as 0", () => {
    const apply = view.sections[2]?.table;
    const total = apply && cellsAt(apply);
    const grand = [...(total?.values() ?? [])].find((c) => c.id === "apply.result.total.total");
    expect(grand?.text).toMatch(/^[1-9]\d*$/);
    const zero = buildViewModel(
      { ...report, cells: { ...report.cells, "review.adminReview.upheld": 0 } },
      { draft: false },
    );
    const review = zero.sections[3]?.table;
    expect(review && [...cellsAt(review).values()].find((c) => c.id === "review.adminReview.upheld")?.text).toBe("0");
    const values = view.sections
      .flatMap((s) => (s.table ? [...s.table.head, ...s.table.body] : []))
      .flatMap((r) => r.cells)
      .filter((c) => c.kind === "value");
    expect(values.every((c) => c.text !== "")).toBe(true);
  });

  it("writes the statistics period into the clerk's preface when it lacks one", () => {
    const text = view.preamble.flatMap((p) => p.body.map((r) => r.text)).join("");
    expect(text).toContain("根据《中华人民共和国政府信息公开条例》要求，编制本报告。");
    expect(text).toContain(`统计期限自${report.year}年1月1日起至${report.year}年12月31日止`);
  });

  it("signs off with the organisation and the publication date in Chinese numerals style", () => {
    expect(view.closing).toEqual(["兴国镇人民政府", `${report.year + 1}年1月20日`]);
  });
});

describe("the table shapes of format.md", () => {
  const cell = (editionId: string, tableId: string, text: string) => {
    const view = buildViewModel(fullReport(editionId), { draft: false });
    const table = view.sections.find((s) => s.table?.id === tableId)?.table;
    return table && [...cellsAt(table).entries()].find(([, c]) => c.text === text);
  };

  it("spans 三、本年度办理结果 over 22 rows in 2021 and 20 in 2019", () => {
    expect(cell("gb2021", "apply", "三、本年度办理结果")?.[1].rowspan).toBe(22);
    expect(cell("gb2019", "apply", "三、本年度办理结果")?.[1].rowspan).toBe(20);
  });

  it("puts the 勾稽关系 note in a 3×3 corner cell that is not a header", () => {
    const [pos, note] =
      cell("gb2021", "apply", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）") ?? [];
    expect(pos).toBe("0,0");
    expect(note).toMatchObject({ rowspan: 3, colspan: 3, note: true, header: false, scope: null });
  });

  it("has 15 grid columns in table 四 with 行政诉讼 over 10", () => {
    const view = buildViewModel(fullReport("gb2021"), { draft: false });
    const review = view.sections[3]?.table;
    expect(review?.gridCols).toBe(15);
    expect(review?.head[0]?.cells.map((c) => [c.text, c.colspan])).toEqual([
      ["行政复议", 5],
      ["行政诉讼", 10],
    ]);
  });

  it("prints 2019 采购总金额 with the unit the clerk chose, and an empty fourth cell in （八）/（九）", () => {
    const report = fullReport("gb2019");
    report.cells["active.procurement.amount"] = 25.5;
    report.units = { "active.procurement.amount": "万元" };
    const view = buildViewModel(report, { draft: false });
    const active = view.sections[1]?.table;
    const cells = active ? [...active.head, ...active.body].flatMap((r) => r.cells) : [];
    expect(cells.find((c) => c.id === "active.procurement.amount")?.text).toBe("25.5万元");
    expect(cells.filter((c) => c.kind === "empty")).toHaveLength(4);
  });

  it("spans the 2021 single-value blocks over three columns", () => {
    const view = buildViewModel(fullReport("gb2021"), { draft: false });
    const cells = view.sections[1]?.table?.body.flatMap((r) => r.cells) ?? [];
    expect(cells.find((c) => c.id === "active.fees.amountWan")).toMatchObject({ colspan: 3, text: "4.25" });
  });
});

describe("numbers", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [-3, "-3"],
    [25.5, "25.5"],
    [1.25, "1.25"],
    [0.0001, "0.0001"],
    [12.34, "12.34"],
    [0.1 + 0.2, "0.3"],
  ])("%s prints as %s", (n, s) => expect(formatNumber(n)).toBe(s));
});

describe("drafts", () => {
  it("marks a draft, leaves blanks empty, shows what the clerk typed, and stands in for unwritten sections", () => {
    const report = fullReport("gb2021");
    delete report.cells["apply.newReceived.natural"];
    delete report.cells["review.adminReview.upheld"];
    report.typed = { "review.adminReview.upheld": "十二" };
    report.narrative.problems = "";
    const view = buildViewModel(report, { draft: true });
    expect(view.draft).toBe(true);
    expect(view.draftNote).toContain("不得作为正式报告发布");
    const values = view.sections
      .flatMap((s) => (s.table ? [...s.table.head, ...s.table.body] : []))
      .flatMap((r) => r.cells);
    expect(values.find((c) => c.id === "apply.newReceived.natural")?.text).toBe("");
    expect(values.find((c) => c.id === "review.adminReview.upheld")?.text).toBe("十二");
    expect(view.sections[4]?.paragraphs).toEqual([
      { level: 0, head: [], body: [{ text: "（本部分尚未填写）", href: null }], placeholder: true },
    ]);
    const final = buildViewModel(report, { draft: false });
    expect(final.sections[4]?.paragraphs).toEqual([]);
  });
});
