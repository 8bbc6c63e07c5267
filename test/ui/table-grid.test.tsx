// @vitest-environment jsdom
// The table grid in jsdom: drawn from the edition's declaration, live totals and findings on the
// right cell, spreadsheet keys, pasting a block, bad input kept and flagged.
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newReport } from "../../src/model/report.ts";
import type { TableDef } from "../../src/model/types.ts";
import { resetStore, useAppStore } from "../../src/store/app-store.ts";
import { loadReport } from "../../src/store/report-actions.ts";
import { TableSection } from "../../src/ui/editor/TableSection.tsx";
import { TableGrid } from "../../src/ui/grid/TableGrid.tsx";
import { editionOf } from "../builders.ts";

const edition = editionOf("gb2021");
const table = (id: string): TableDef => {
  const t = edition.tables.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};
const cell = (id: string) => {
  const el = document.querySelector<HTMLInputElement>(`[data-cell="${id}"]`);
  if (!el) throw new Error(`no cell ${id}`);
  return el;
};
const describedText = (el: HTMLElement) => {
  const ids = el.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
};

function renderTable(id: string) {
  return render(<TableGrid edition={edition} table={table(id)} caption={id} />);
}

beforeEach(() => {
  resetStore();
  loadReport(newReport(2024, { name: "兴国镇人民政府", shortName: "兴国镇" }), null);
});
afterEach(() => {
  cleanup();
});

describe("TableSection", () => {
  it("states beside table 三 what the figures cannot show (R3-07), and nothing beside table 四", () => {
    const { container, unmount } = render(
      <TableSection edition={edition} table={table("apply")} heading="三、收到和处理政府信息公开申请情况" />,
    );
    const hint = container.querySelector("[data-hint='R3-07']");
    expect(hint?.textContent).toContain("每件申请只计入一种办理结果");
    expect(
      (hint?.compareDocumentPosition(cell("apply.newReceived.natural")) ?? 0) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    unmount();
    const review = render(
      <TableSection edition={edition} table={table("review")} heading="四、政府信息公开行政复议、行政诉讼情况" />,
    );
    expect(review.container.querySelector("[data-hint]")).toBeNull();
  });
});

describe("TableGrid", () => {
  it("draws every cell of table 三 with its id, accessible name and the official merges", () => {
    const { container } = renderTable("apply");
    const inputs = container.querySelectorAll("input[data-cell]");
    expect(inputs.length).toBe(edition.cells.filter((c) => c.table === "apply").length);
    expect(cell("apply.result.denied.stateSecret.natural").getAttribute("aria-label")).toBe(
      "三、本年度办理结果 （三）不予公开 1.属于国家秘密 自然人",
    );
    expect(cell("apply.result.total.natural").readOnly).toBe(true);
    expect(cell("apply.newReceived.total").readOnly).toBe(true);
    const group = [...container.querySelectorAll("th")].find((th) => th.textContent === "三、本年度办理结果");
    expect(group?.getAttribute("rowspan")).toBe("22");
    expect(
      [...container.querySelectorAll("th")].find((th) => th.textContent === "法人或其他组织")?.getAttribute("colspan"),
    ).toBe("5");
  });

  it("updates the row total and the column total as the clerk types, and marks the inconsistency on the right cells", async () => {
    const user = userEvent.setup();
    renderTable("apply");
    await user.click(cell("apply.newReceived.natural"));
    await user.keyboard("5");
    expect(cell("apply.newReceived.total").value).toBe("5");
    await user.click(cell("apply.result.granted.natural"));
    await user.keyboard("3");
    await user.click(cell("apply.result.partial.natural"));
    await user.keyboard("1");
    expect(cell("apply.result.total.natural").value).toBe("4");
    expect(cell("apply.result.granted.total").value).toBe("3");
    // 5 + blank carried over vs 4 + blank carry forward: not yet comparable
    await user.click(cell("apply.carriedOver.natural"));
    await user.keyboard("0");
    await user.click(cell("apply.carryForward.natural"));
    await user.keyboard("0");
    const received = cell("apply.newReceived.natural");
    expect(received.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(received)).toContain("自然人列");
    expect(describedText(received)).toContain("≠");
    expect(cell("apply.result.total.natural").getAttribute("aria-invalid")).toBe("true");
    // fix: 1 carried forward
    await user.keyboard("{Backspace}1");
    expect(cell("apply.carryForward.natural").value).toBe("1");
    expect(describedText(received)).not.toContain("自然人列");
  });

  it("keeps a bad value as typed and flags it on that cell", async () => {
    const user = userEvent.setup();
    renderTable("apply");
    for (const [id, text, reason] of [
      ["apply.newReceived.natural", "十二", "「十二」不是数字，请填写阿拉伯数字"],
      ["apply.newReceived.commercial", "-3", "「-3」：件数不能为负数"],
      ["apply.newReceived.research", "1.5", "「1.5」：件数应为整数，不能有小数"],
    ] as const) {
      await user.click(cell(id));
      await user.keyboard(text);
      await user.tab();
      expect(cell(id).value).toBe(text);
      expect(cell(id).getAttribute("aria-invalid")).toBe("true");
      expect(describedText(cell(id))).toContain(reason);
      expect(useAppStore.getState().report?.typed?.[id]).toBe(text);
      expect(useAppStore.getState().report?.cells[id]).toBeUndefined();
    }
  });

  it("moves like a spreadsheet: arrows, Tab skipping computed cells, Enter down, Esc restores", async () => {
    const user = userEvent.setup();
    renderTable("apply");
    await user.click(cell("apply.newReceived.natural"));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(cell("apply.carriedOver.natural"));
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(cell("apply.carriedOver.commercial"));
    await user.click(cell("apply.newReceived.otherOrg"));
    await user.keyboard("{Tab}");
    expect(document.activeElement).toBe(cell("apply.carriedOver.natural")); // total skipped
    await user.keyboard("{Shift>}{Tab}{/Shift}");
    expect(document.activeElement).toBe(cell("apply.newReceived.otherOrg"));
    await user.click(cell("apply.result.other.misc.natural"));
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(cell("apply.carryForward.natural")); // （七）总计 skipped
    await user.keyboard("7{Escape}");
    expect(cell("apply.carryForward.natural").value).toBe("");
    expect(useAppStore.getState().report?.cells["apply.carryForward.natural"]).toBeUndefined();
  });

  it("pastes a tab-separated block from the focused cell, skipping computed cells", async () => {
    const user = userEvent.setup();
    renderTable("apply");
    await user.click(cell("apply.newReceived.natural"));
    await user.paste("1\t2\t0\t0\t0\t0\t3\n4\t0\t0\t0\t0\t1\t5\n");
    const cells = useAppStore.getState().report?.cells ?? {};
    expect(cells["apply.newReceived.natural"]).toBe(1);
    expect(cells["apply.newReceived.commercial"]).toBe(2);
    expect(cells["apply.carriedOver.natural"]).toBe(4);
    expect(cells["apply.carriedOver.otherOrg"]).toBe(1);
    expect(cells["apply.newReceived.total"]).toBeUndefined();
    expect(cell("apply.carriedOver.total").value).toBe("5");
    expect(useAppStore.getState().notice?.text).toContain("已粘贴 12 格");
  });

  it("refuses a block larger than the room and writes nothing", async () => {
    const user = userEvent.setup();
    renderTable("apply");
    await user.click(cell("apply.newReceived.legalService"));
    await user.paste("1\t2\t3\t4\n5\t6\t7\t8");
    expect(useAppStore.getState().report?.cells).toEqual({});
    const notice = useAppStore.getState().notice;
    expect(notice?.tone).toBe("error");
    expect(notice?.text).toContain("2 行 4 列");
    expect(notice?.text).toContain("没有粘贴任何内容");
  });

  it("draws table 二's single-value blocks spanning three columns, and 四's three-level header", () => {
    const { container, unmount } = renderTable("active");
    expect(cell("active.licensing.decisions").closest("td")?.getAttribute("colspan")).toBe("3");
    unmount();
    renderTable("review");
    expect(cell("review.suitDirect.pending").getAttribute("aria-label")).toBe("行政诉讼 未经复议直接起诉 尚未审结");
    expect(screen.getAllByText("结果维持").length).toBe(3);
    void container;
  });

  it("shows what undo restores in the focused cell", async () => {
    const user = userEvent.setup();
    renderTable("apply");
    await user.click(cell("apply.newReceived.natural"));
    await user.keyboard("42");
    const { undoEdit } = await import("../../src/store/report-actions.ts");
    act(() => {
      undoEdit();
    });
    expect(cell("apply.newReceived.natural").value).toBe("");
  });
});
