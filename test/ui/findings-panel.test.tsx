// @vitest-environment jsdom
// The findings panel in jsdom: explaining a warning in place, and where the keyboard focus goes
// when the explanation form closes or the finding moves to the list of explained warnings.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newReport } from "../../src/model/report.ts";
import { resetStore, useAppStore } from "../../src/store/app-store.ts";
import { loadReport } from "../../src/store/report-actions.ts";
import { FindingsPanel } from "../../src/ui/findings/FindingsPanel.tsx";
import { editionOf } from "../builders.ts";

const edition = editionOf("gb2021");
// a township's new report: RD-05 (考核/评议/追究 not stated) and RD-06 (信息处理费) are warnings
const rd05 = () => {
  const item = document.querySelector<HTMLElement>('.finding[data-rule="RD-05"]');
  if (!item) throw new Error("no RD-05 finding");
  return item;
};
const buttonIn = (el: HTMLElement, name: string) => {
  const b = [...el.querySelectorAll("button")].find((x) => x.textContent === name);
  if (!b) throw new Error(`no button ${name}`);
  return b;
};

beforeEach(() => {
  resetStore();
  loadReport(newReport(2024, { name: "兴国镇人民政府", shortName: "兴国镇", kind: "township" }), null);
});
afterEach(() => {
  cleanup();
});

describe("FindingsPanel", () => {
  it("returns the focus to 说明原因 when the explanation form is cancelled", async () => {
    const user = userEvent.setup();
    render(<FindingsPanel edition={edition} />);
    await user.click(buttonIn(rd05(), "说明原因"));
    expect(document.activeElement?.tagName).toBe("TEXTAREA");
    await user.click(buttonIn(rd05(), "取消"));
    expect(document.activeElement).toBe(buttonIn(rd05(), "说明原因"));
    await user.click(buttonIn(rd05(), "说明原因"));
    await user.keyboard("{Escape}");
    expect(document.activeElement).toBe(buttonIn(rd05(), "说明原因"));
  });

  it("saves an explanation and keeps the focus in the panel, on the explained warnings", async () => {
    const user = userEvent.setup();
    render(<FindingsPanel edition={edition} />);
    await user.click(buttonIn(rd05(), "说明原因"));
    await user.keyboard("考核结果另行公布");
    await user.click(buttonIn(rd05(), "保存说明"));
    expect(useAppStore.getState().report?.explanations).toEqual([
      {
        rule: "RD-05",
        target: { kind: "text", section: "overview", quote: "", occurrence: 1 },
        text: "考核结果另行公布",
      },
    ]);
    const toggle = screen.getByRole("button", { name: /已说明的警告（1）/ });
    await waitFor(() => expect(document.activeElement).toBe(toggle));
    // withdrawn: the finding is back among the warnings, and so is the focus
    await user.click(toggle);
    await user.click(buttonIn(rd05(), "撤销说明"));
    expect(useAppStore.getState().report?.explanations).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(rd05().querySelector(".finding__message")));
  });
});
