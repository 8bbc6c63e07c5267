// @vitest-environment jsdom
// The export menu in jsdom: a final refused while something blocks it lists the real problems
// first and the blank cells as one line; closing its dialogs returns the focus to 导出.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newReport } from "../../src/model/report.ts";
import { resetStore } from "../../src/store/app-store.ts";
import { loadReport } from "../../src/store/report-actions.ts";
import { ExportMenu } from "../../src/ui/export/ExportMenu.tsx";

beforeEach(() => {
  resetStore();
  const report = newReport(2024, { name: "兴国镇人民政府", shortName: "兴国镇", kind: "township" });
  report.typed = { "apply.newReceived.natural": "十二" };
  loadReport(report, null);
});
afterEach(() => {
  cleanup();
});

describe("ExportMenu", () => {
  it("refuses the final with the real problems first and the blank cells as one line, and gives the focus back to 导出", async () => {
    const user = userEvent.setup();
    render(<ExportMenu />);
    const exportButton = screen.getByRole("button", { name: "导出 ▾" });
    await user.click(exportButton);
    await user.click(screen.getByRole("button", { name: /最终版网页/ }));
    // the empty sections are named first; going back returns to 导出
    await user.click(screen.getByRole("button", { name: "返回修改" }));
    expect(document.activeElement).toBe(exportButton);

    await user.click(exportButton);
    await user.click(screen.getByRole("button", { name: /最终版网页/ }));
    await user.click(screen.getByRole("button", { name: "仍然导出" }));
    const list = await screen.findByRole("list", { name: "阻止定稿的问题" });
    const items = [...list.querySelectorAll("li")].map((li) => li.textContent ?? "");
    expect(items[0]).toContain("「十二」");
    expect(items.filter((t) => t.includes("未填写"))).toHaveLength(1);
    expect(items[items.length - 1]).toMatch(/^错误\d{3} 格未填写/);
    await user.click(screen.getByRole("button", { name: "返回修改" }));
    await waitFor(() => expect(document.activeElement).toBe(exportButton));
  });
});
