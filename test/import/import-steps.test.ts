/**
 * The importer's pure steps on their own: cutting a table's rows into label + values segments, fitting
 * values to an official row's slots, cutting digit runs into numbers, and settling run rows by the
 * tables' identities — exactly one consistent cut, or none taken.
 */
import { describe, expect, it } from "vitest";
import type { SeenCell } from "../../src/import/blocks.ts";
import { catalogueOf } from "../../src/import/catalogue.ts";
import { forcedByDigits, splitRuns } from "../../src/import/digit-runs.ts";
import { fitValues } from "../../src/import/fit-values.ts";
import { resolveRuns } from "../../src/import/resolve-runs.ts";
import { identitiesOf } from "../../src/import/table-identities.ts";
import { cutTable } from "../../src/import/table-segments.ts";
import { editionOf } from "../builders.ts";

const row = (...texts: string[]): SeenCell[] => texts.map((text) => ({ text }));

describe("cutting rows into segments", () => {
  it("a grid row: labels then values; the corner and a group label's continuation are not values", () => {
    const cut = cutTable({
      kind: "table",
      blanksKept: true,
      rows: [
        row("", "", "", "自然人"),
        [
          { text: "三、本年度办理结果", vspan: true },
          { text: "（一）予以公开" },
          { text: "（一）予以公开", hspan: true },
          { text: "2" },
        ],
        row("规章", "十二", "0", ""),
      ],
    });
    expect(cut.segments.map((s) => [s.texts, s.values.map((v) => `${v.col}:${v.cell.text}`)])).toEqual([
      [["自然人"], []],
      [["（一）予以公开"], ["3:2"]],
      [["规章"], ["1:十二", "2:0", "3:"]],
    ]);
  });

  it("a row of values only keeps its blank cells (they say where the values stand)", () => {
    const cut = cutTable({
      kind: "table",
      blanksKept: true,
      rows: [row("（六）其他处理"), row("", "", "", "0", "", "1")],
    });
    expect(cut.segments[1]?.values.map((v) => v.col)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("one long row (blank cells vanished) is cut wherever a label follows values", () => {
    const cut = cutTable({
      kind: "table",
      blanksKept: false,
      rows: [row("规章", "0", "0", "0", "行政规范性文件", "2")],
    });
    expect(cut.segments.map((s) => [s.texts, s.values.length, s.width])).toEqual([
      [["规章"], 3, 0],
      [["行政规范性文件"], 1, 0],
    ]);
  });
});

describe("fitting values to a row's slots", () => {
  const cat = catalogueOf(editionOf("gb2021"));
  const granted = cat.rows.find((r) => r.label === "（一）予以公开");
  if (!granted) throw new Error("no row");
  const values = (texts: string[], from = 3) => texts.map((text, i) => ({ cell: { text }, col: from + i }));

  it("a label's span left as an empty cell before the values: the blank side is dropped", () => {
    const pairs = fitValues(granted, values(["", "2", "0", "0", "0", "0", "0", "2"], 2), {
      blanksKept: true,
      width: 10,
      gridCols: 10,
    });
    expect(pairs?.map(([id, c]) => `${id.split(".").pop()}=${c.text}`)).toEqual([
      "natural=2",
      "commercial=0",
      "research=0",
      "publicWelfare=0",
      "legalService=0",
      "otherOrg=0",
      "total=2",
    ]);
  });

  it("blank on both sides, in a row as wide as the official grid: the values stand under their columns", () => {
    const pairs = fitValues(granted, values(["", "", "", "1", "", "", "", ""], 2), {
      blanksKept: true,
      width: 10,
      gridCols: 10,
    });
    expect(pairs?.find(([id]) => id.endsWith(".research"))?.[1].text).toBe("1");
  });

  it("a row wider than the official grid (a column added) is not fitted by position", () => {
    expect(
      fitValues(granted, values(["1", "20", "2", "3", "4", "5", "6", ""]), {
        blanksKept: true,
        width: 11,
        gridCols: 10,
      }),
    ).toBe(null);
  });
});

describe("digit runs", () => {
  it("every cut into k numbers without leading zeros", () => {
    expect(splitRuns(["3000003"], 7)).toEqual([[3, 0, 0, 0, 0, 0, 3]]);
    expect(splitRuns(["12", "5"], 3)).toEqual([[1, 2, 5]]);
    expect(splitRuns(["105"], 2)).toEqual([[10, 5]]);
    expect(splitRuns(["00"], 1)).toEqual([]);
    expect(splitRuns(["1"], 2)).toEqual([]);
  });

  it("the digits alone settle a row only when no blank could hide in them", () => {
    expect(forcedByDigits([["000"]], 3)).toEqual([0, 0, 0]);
    // 2 2 6, or 2 26 / 22 6 with a cell left blank
    expect(forcedByDigits([["226"]], 3)).toBe(null);
  });
});

describe("settling run rows by the identities", () => {
  const edition = editionOf("gb2021");
  const ids = (row: string) =>
    ["natural", "commercial", "research", "publicWelfare", "legalService", "otherOrg", "total"].map(
      (c) => `${row}.${c}`,
    );

  it("the row total leaves one cut of 102000012: 10 2 0 0 0 0 12", () => {
    const cuts = splitRuns(["102000012"], 7) ?? [];
    expect(cuts.length).toBeGreaterThan(1);
    const [v] = resolveRuns([{ ids: ids("apply.newReceived"), candidates: cuts }], {}, identitiesOf(edition));
    expect(v).toEqual({ ok: true, values: [10, 2, 0, 0, 0, 0, 12] });
  });

  it("two cuts that both add up: neither is taken, and the reason says so", () => {
    const a = [1, 1, 0, 0, 0, 0, 2];
    const b = [2, 0, 0, 0, 0, 0, 2];
    const [v] = resolveRuns([{ ids: ids("apply.newReceived"), candidates: [a, b] }], {}, identitiesOf(edition));
    expect(v).toEqual({ ok: false, why: "有 2 种拆分都符合表中的勾稽关系，不能确定" });
  });

  it("a column identity across rows picks the one cut that fits what else was read", () => {
    const known: Record<string, number> = {};
    for (const [row, values] of [
      ["apply.carriedOver", [0, 0, 0, 0, 0, 0, 0]],
      ["apply.result.total", [1, 1, 0, 0, 0, 0, 2]],
      ["apply.carryForward", [0, 0, 0, 0, 0, 0, 0]],
    ] as const)
      ids(row).forEach((id, i) => (known[id] = values[i] ?? 0));
    const [v] = resolveRuns(
      [
        {
          ids: ids("apply.newReceived"),
          candidates: [
            [1, 1, 0, 0, 0, 0, 2],
            [2, 0, 0, 0, 0, 0, 2],
          ],
        },
      ],
      known,
      identitiesOf(edition),
    );
    expect(v).toEqual({ ok: true, values: [1, 1, 0, 0, 0, 0, 2] });
  });

  it("no cut consistent with the rest: left open", () => {
    const [v] = resolveRuns(
      [{ ids: ids("apply.newReceived"), candidates: [[1, 0, 0, 0, 0, 0, 3]] }],
      {},
      identitiesOf(edition),
    );
    expect(v?.ok).toBe(false);
  });
});
