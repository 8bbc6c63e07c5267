// Grid geometry read from the declaration: moving between cells, planning a paste, reading a block.
import { describe, expect, it } from "vitest";
import { inOrder, layoutOf, neighbour, parseBlock, planPaste, withoutLabels } from "../../src/ui/grid/grid-layout.ts";
import { markRuns } from "../../src/ui/narrative/text-marks.ts";
import { editionOf } from "../builders.ts";

const gb2021 = editionOf("gb2021");
const table = (id: string) =>
  gb2021.tables.find((t) => t.id === id) ??
  (() => {
    throw new Error(id);
  })();
const isInput = (id: string) => !gb2021.cells.find((c) => c.id === id)?.sumOf;

describe("grid layout", () => {
  it("places every value cell and moves by arrows across merged label cells", () => {
    const apply = layoutOf(table("apply"));
    expect(apply.order.length).toBe(gb2021.cells.filter((c) => c.table === "apply").length);
    expect(neighbour(apply, "apply.result.partial.natural", "down")).toBe("apply.result.denied.stateSecret.natural");
    expect(neighbour(apply, "apply.newReceived.natural", "left")).toBeNull();
    expect(neighbour(apply, "apply.newReceived.otherOrg", "right")).toBe("apply.newReceived.total");
    expect(neighbour(apply, "apply.result.other.misc.natural", "down", isInput)).toBe("apply.carryForward.natural");
    expect(inOrder(apply, "apply.newReceived.otherOrg", 1, isInput)).toBe("apply.carriedOver.natural");
  });

  it("skips table 二's caption and header rows when moving down", () => {
    const active = layoutOf(table("active"));
    expect(neighbour(active, "active.normativeDocs.issued", "down")).toBe("active.licensing.decisions");
    expect(neighbour(active, "active.licensing.decisions", "down")).toBe("active.penalty.decisions");
    expect(neighbour(active, "active.regulations.valid", "down")).toBe("active.normativeDocs.valid");
  });

  it("plans a paste over the rows below, across merged single-value cells", () => {
    const active = layoutOf(table("active"));
    const plan = planPaste(active, "active.licensing.decisions", [["4"], ["5"], ["6"], ["0.5"]], isInput);
    expect(plan).toEqual({
      ok: true,
      entries: [
        ["active.licensing.decisions", "4"],
        ["active.penalty.decisions", "5"],
        ["active.compulsion.decisions", "6"],
        ["active.fees.amountWan", "0.5"],
      ],
      skipped: [],
    });
    const tooWide = planPaste(active, "active.licensing.decisions", [["4", "5"]], isInput);
    expect(tooWide.ok).toBe(false);
  });

  it("reads Excel/WPS blocks: tabs and line breaks, CRLF, trailing empty cells and lines", () => {
    expect(parseBlock("12")).toBeNull();
    expect(parseBlock("12\r\n")).toBeNull();
    expect(parseBlock("1\t2\t\r\n3\t4\r\n\r\n")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(parseBlock("1\n\n2")).toEqual([["1"], [""], ["2"]]);
  });
});

describe("text marks", () => {
  it("splits a text into plain and marked runs, clipping and merging overlaps", () => {
    expect(
      markRuns("本年新收申请5件，办结4件。", [
        { start: 2, end: 8, level: "W" },
        { start: 6, end: 12, level: "E" },
        { start: 40, end: 50, level: "I" },
      ]),
    ).toEqual([
      { text: "本年", level: null },
      { text: "新收申请5件", level: "W" },
      { text: "，办结4", level: "E" },
      { text: "件。", level: null },
    ]);
  });
});

describe("a block pasted with its labels", () => {
  it("leaves out the label columns and the header row, keeps values (十二 is a value)", () => {
    const block = parseBlock(
      "\t\t\t自然人\t商业企业\n三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t0\t1\n\t\t2.其他法律行政法规禁止公开\t十二\t3\n",
    );
    if (!block) throw new Error("no block");
    expect(withoutLabels(block)).toEqual({
      block: [
        ["0", "1"],
        ["十二", "3"],
      ],
      labelCols: 3,
      labelRows: 1,
    });
    // values only: nothing left out
    expect(withoutLabels([["十二", "3"]])).toEqual({ block: [["十二", "3"]], labelCols: 0, labelRows: 0 });
  });
});
