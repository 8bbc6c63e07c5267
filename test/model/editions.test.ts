/**
 * The editions' declarations against format.md: every label byte-identical, every merge where the
 * official layout has it, cell ids as in §7, computed cells as decisions §3.
 */
import { describe, expect, it } from "vitest";
import { assembleEdition } from "../../src/model/editions/assemble.ts";
import { cellIndex, editionForYear, EDITIONS, getEdition } from "../../src/model/editions/index.ts";
import type { EditionDef, GridCell, TableDef } from "../../src/model/types.ts";
import { editionOf } from "../builders.ts";

/** Expands a table's grid: for each cell, [row, col, rowspan, colspan, text or id]. */
function merges(table: TableDef): [number, number, number, number, string][] {
  const occupied: boolean[][] = [];
  const out: [number, number, number, number, string][] = [];
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (occupied[r]?.[c]) c++;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) (occupied[r + dr] ??= [])[c + dc] = true;
      out.push([r, c, cell.rowspan, cell.colspan, text(cell)]);
      c += cell.colspan;
    }
  });
  return out;
}
const text = (cell: GridCell) => (cell.type === "label" ? cell.text : cell.type === "value" ? cell.id : "");
const table = (e: EditionDef, id: string) => {
  const t = e.tables.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};
const spanned = (t: TableDef) => merges(t).filter(([, , rs, cs]) => rs > 1 || cs > 1);

describe("edition selection", () => {
  it("follows the report year (decisions §1)", () => {
    expect(editionForYear(2018)).toBeUndefined();
    expect(editionForYear(2019)?.id).toBe("gb2019");
    expect(editionForYear(2020)?.id).toBe("gb2019");
    expect(editionForYear(2021)?.id).toBe("gb2021");
    expect(editionForYear(2026)?.id).toBe("gb2021");
    expect(getEdition("gb2021")?.basis).toBe("国办公开办函〔2021〕30号");
    expect(getEdition("gb2019")?.basis).toBe("国办公开办函〔2019〕60号");
  });
  it("declares the six headings in order", () => {
    for (const e of EDITIONS)
      expect(e.sections.map((s) => s.heading)).toEqual([
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
      ]);
  });
});

describe("table 三 (both editions)", () => {
  it.each([
    ["gb2021", 22, 28],
    ["gb2019", 20, 26],
  ])("%s: header block, merges and 本年度办理结果 rowspan %i", (id, resultSpan, rowCount) => {
    const t = table(editionOf(id), "apply");
    expect(t.gridCols).toBe(10);
    expect(t.rows).toHaveLength(rowCount);
    const m = spanned(t);
    expect(m.slice(0, 5)).toEqual([
      [0, 0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"],
      [0, 3, 1, 7, "申请人情况"],
      [1, 3, 2, 1, "自然人"],
      [1, 4, 1, 5, "法人或其他组织"],
      [1, 9, 2, 1, "总计"],
    ]);
    expect(
      merges(t)
        .filter(([r]) => r === 2)
        .map(([, , , , s]) => s),
    ).toEqual(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
    expect(m).toContainEqual([3, 0, 1, 3, "一、本年新收政府信息公开申请数量"]);
    expect(m).toContainEqual([4, 0, 1, 3, "二、上年结转政府信息公开申请数量"]);
    expect(m).toContainEqual([5, 0, resultSpan, 1, "三、本年度办理结果"]);
    expect(m).toContainEqual([5, 1, 1, 2, "（一）予以公开"]);
    expect(m).toContainEqual([6, 1, 1, 2, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]);
    expect(m).toContainEqual([7, 1, 8, 1, "（三）不予公开"]);
    expect(m).toContainEqual([15, 1, 3, 1, "（四）无法提供"]);
    expect(m).toContainEqual([18, 1, 5, 1, "（五）不予处理"]);
    expect(m).toContainEqual([rowCount - 2, 1, 1, 2, "（七）总计"]);
    expect(m).toContainEqual([rowCount - 1, 0, 1, 3, "四、结转下年度继续办理"]);
  });

  it("gb2021 （六） has three rows with 补正 and the enumeration comma", () => {
    const m = merges(table(editionOf("gb2021"), "apply"));
    expect(m).toContainEqual([23, 1, 3, 1, "（六）其他处理"]);
    const labels = m.map(([, , , , s]) => s);
    expect(labels).toContain("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
    expect(labels).toContain("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
    expect(labels).toContain("3.其他");
    expect(labels).toContain("3.危及“三安全一稳定”");
  });

  it("gb2019 （六） is one row spanning two label columns", () => {
    expect(merges(table(editionOf("gb2019"), "apply"))).toContainEqual([23, 1, 1, 2, "（六）其他处理"]);
  });

  it("has seven cells a row and computed totals (decisions §3)", () => {
    const e = editionOf("gb2021");
    const idx = cellIndex(e);
    expect(idx.get("apply.result.denied.stateSecret.natural")?.kind).toBe("count");
    expect(idx.get("apply.newReceived.total")?.sumOf).toEqual([
      "apply.newReceived.natural",
      "apply.newReceived.commercial",
      "apply.newReceived.research",
      "apply.newReceived.publicWelfare",
      "apply.newReceived.legalService",
      "apply.newReceived.otherOrg",
    ]);
    expect(idx.get("apply.result.total.natural")?.sumOf).toHaveLength(21);
    expect(idx.get("apply.result.total.natural")?.sumOf).toContain("apply.result.other.misc.natural");
    expect(cellIndex(editionOf("gb2019")).get("apply.result.total.natural")?.sumOf).toHaveLength(19);
    expect(idx.get("apply.result.denied.stateSecret.commercial")?.name).toBe(
      "三、本年度办理结果 （三）不予公开 1.属于国家秘密 法人或其他组织 商业企业",
    );
  });

  it.each(["gb2019", "gb2021"])(
    "%s: R3-07 (one outcome per application) is a hint beside table 三, not a rule",
    (id) => {
      const e = editionOf(id);
      const hints = e.tables.find((t) => t.id === "apply")?.hints ?? [];
      expect(hints.map((h) => h.rule)).toEqual(["R3-07"]);
      expect(hints[0]?.text).toContain("（二）部分公开");
      expect(e.rules.some((r) => r.id === "R3-07")).toBe(false);
      expect(e.tables.filter((t) => t.id !== "apply").every((t) => t.hints === undefined)).toBe(true);
    },
  );
});

describe("table 四", () => {
  it("has the three-level header and 15 values", () => {
    const t = table(editionOf("gb2021"), "review");
    expect(t.gridCols).toBe(15);
    const m = merges(t);
    expect(m.filter(([r]) => r === 0)).toEqual([
      [0, 0, 1, 5, "行政复议"],
      [0, 5, 1, 10, "行政诉讼"],
    ]);
    expect(m.filter(([r]) => r === 1).map(([, c, rs, cs, s]) => [c, rs, cs, s])).toEqual([
      [0, 2, 1, "结果维持"],
      [1, 2, 1, "结果纠正"],
      [2, 2, 1, "其他结果"],
      [3, 2, 1, "尚未审结"],
      [4, 2, 1, "总计"],
      [5, 1, 5, "未经复议直接起诉"],
      [10, 1, 5, "复议后起诉"],
    ]);
    expect(m.filter(([r]) => r === 2)).toHaveLength(10);
    expect(m.filter(([r]) => r === 3).map(([, , , , s]) => s)).toEqual([
      ...["upheld", "corrected", "other", "pending", "total"].map((c) => `review.adminReview.${c}`),
      ...["upheld", "corrected", "other", "pending", "total"].map((c) => `review.suitDirect.${c}`),
      ...["upheld", "corrected", "other", "pending", "total"].map((c) => `review.suitAfterReview.${c}`),
    ]);
    expect(cellIndex(editionOf("gb2021")).get("review.suitDirect.total")?.sumRule).toBe("R4-02");
  });
});

describe("table 二", () => {
  it("gb2021: labels and single-value blocks spanning three columns", () => {
    const m = merges(table(editionOf("gb2021"), "active"));
    const labels = m.map(([, , , , s]) => s);
    for (const l of [
      "第二十条第（一）项",
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
      "行政规范性文件",
      "第二十条第（五）项",
      "本年处理决定数量",
      "第二十条第（六）项",
      "第二十条第（八）项",
      "本年收费金额（单位：万元）",
      "行政事业性收费",
    ])
      expect(labels).toContain(l);
    expect(labels).not.toContain("规范性文件");
    expect(m).toContainEqual([6, 1, 1, 3, "active.licensing.decisions"]);
    expect(m).toContainEqual([13, 1, 1, 3, "active.fees.amountWan"]);
    expect(cellIndex(editionOf("gb2021")).get("active.fees.amountWan")?.kind).toBe("money");
  });
  it("gb2019: item columns, signed 本年增/减, empty fourth cell in （八）/（九）", () => {
    const e = editionOf("gb2019");
    const t = table(e, "active");
    const m = merges(t);
    expect(m.map(([, , , , s]) => s)).toEqual(
      expect.arrayContaining([
        "本年新制作数量",
        "本年新公开数量",
        "对外公开总数量",
        "规范性文件",
        "其他对外管理服务事项",
        "上一年项目数量",
        "本年增/减",
        "处理决定数量",
        "采购项目数量",
        "采购总金额",
        "政府集中采购",
        "第二十条第（九）项",
      ]),
    );
    const fees = t.rows.find((r) => r.cells[0]?.type === "label" && r.cells[0].text === "行政事业性收费");
    expect(fees?.cells.map((c) => c.type)).toEqual(["label", "value", "value", "empty"]);
    const idx = cellIndex(e);
    expect(idx.get("active.licensing.delta")?.kind).toBe("signed");
    expect(idx.get("active.procurement.amount")?.unitChoice).toEqual(["万元", "元"]);
    expect(idx.get("active.fees.prevItems")?.kind).toBe("count");
  });
});

describe("every edition", () => {
  it("has unique cell ids, each placed once in its tables' grids", () => {
    for (const e of EDITIONS) {
      const placed = e.tables.flatMap((t) =>
        t.rows.flatMap((r) => r.cells.filter((c) => c.type === "value").map((c) => (c.type === "value" ? c.id : ""))),
      );
      expect(new Set(placed).size).toBe(placed.length);
      expect([...placed].sort()).toEqual(e.cells.map((c) => c.id).sort());
    }
  });
});

describe("填报口径 (counting help)", () => {
  it("every note of every edition is about rows it has, says what it counts, and names its source", () => {
    for (const e of EDITIONS) {
      const help = e.countingHelp ?? [];
      expect(help.length).toBeGreaterThan(5);
      for (const h of help) {
        expect(h.rows.length).toBeGreaterThan(0);
        for (const row of h.rows)
          expect(
            e.cells.some((c) => c.id.startsWith(`${row}.`)),
            row,
          ).toBe(true);
        expect(h.text.length).toBeGreaterThan(10);
        expect(h.sources.length).toBeGreaterThan(0);
      }
    }
    // 部分公开 is counted only as 部分公开: the format's own label says so
    const partial = editionOf("gb2021").countingHelp?.find((h) => h.rows.includes("apply.result.partial"));
    expect(partial?.sources).toEqual([{ kind: "label" }]);
  });

  it("an edition whose note names a row it lacks does not load", () => {
    const gb2021 = editionOf("gb2021");
    const { tables: _t, cells: _c, ...facts } = gb2021;
    const built = gb2021.tables.map((table) => ({ table, cells: gb2021.cells.filter((c) => c.table === table.id) }));
    expect(() =>
      assembleEdition({
        ...facts,
        built,
        countingHelp: [{ rows: ["apply.nothing"], topic: "无", text: "不存在的一行", sources: [{ kind: "inferred" }] }],
      }),
    ).toThrow("counting help “无” names unknown row apply.nothing");
  });
});
