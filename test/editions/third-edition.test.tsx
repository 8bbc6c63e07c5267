// @vitest-environment jsdom
/**
 * README's "How to add an edition" is true: a third edition, declared in a test and listed in the
 * registry (gb2021's range closed), is filled in by the form, checked by the rules, published as
 * HTML and DOCX, and imported back — and none of those needed editing.
 */
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { importReport } from "../../src/import/index.ts";
import { computeReport } from "../../src/model/compute.ts";
import { editionForYear, getEdition } from "../../src/model/editions/index.ts";
import type * as Editions from "../../src/model/editions/index.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { resetStore, useAppStore } from "../../src/store/app-store.ts";
import { goToSection, loadReport } from "../../src/store/report-actions.ts";
import { SectionView } from "../../src/ui/editor/SectionView.tsx";
import { fullReport, prevOf } from "../builders.ts";
import { gb2030 } from "./third-edition.ts";
import { writeReportFile } from "../../src/import/report-file.ts";

vi.mock("../../src/model/editions/index.ts", async (importOriginal) => {
  const real = await importOriginal<typeof Editions>();
  const { editionRegistry } = await import("../../src/model/editions/registry.ts");
  const { gb2019 } = await import("../../src/model/editions/gb2019.ts");
  const { gb2021 } = await import("../../src/model/editions/gb2021.ts");
  const third = await import("./third-edition.ts");
  // step 2 of the README: list it, and close the previous edition's year range
  return {
    ...real,
    ...editionRegistry([gb2019, { ...gb2021, years: [2021, 2029] as const }, third.gb2030]),
  };
});

const SERVICES_ONLINE = "active.services.online";

/** `fullReport` fills every input cell of any edition and balances table 三 and the cross-year rules; a new within-year relation is the edition's own to satisfy. */
function report2031() {
  const report = fullReport("gb2030");
  report.cells["active.services.total"] = 100;
  return report;
}

beforeEach(() => resetStore());
afterEach(() => cleanup());

describe("a third edition, from its declaration alone", () => {
  it("is the edition of its years, and gb2021 ends before it", () => {
    expect(editionForYear(2031)?.id).toBe("gb2030");
    expect(editionForYear(2029)?.id).toBe("gb2021");
    expect(getEdition("gb2030")).toBe(gb2030);
  });

  it("rules: a full report is consistent; its own rule and the shared ones fire on its cells", () => {
    const report = report2031();
    expect(report.year).toBe(2031);
    expect(checkReport(report, { prev: prevOf(report) }).findings).toEqual([]);
    report.cells[SERVICES_ONLINE] = (report.cells["active.services.total"] ?? 0) + 1;
    delete report.cells["apply.result.other.misc.natural"];
    const found = checkReport(report).findings.map((f) => [f.rule, f.target.kind === "cells" ? f.target.cells[0] : ""]);
    expect(found).toContainEqual(["R2''-01", SERVICES_ONLINE]);
    expect(found).toContainEqual(["R3-04", "apply.result.other.misc.natural"]);
  });

  it("form: the section shows the edition's table; typing into its new cell is checked at once", async () => {
    const user = userEvent.setup();
    const report = report2031();
    loadReport(report, null);
    act(() => goToSection("active"));
    render(<SectionView edition={gb2030} />);
    expect(screen.getByRole("heading", { name: "二、主动公开政府信息情况" })).toBeTruthy();
    expect(screen.getByText("政务服务事项")).toBeTruthy();
    const input = document.querySelector<HTMLInputElement>(`[data-cell="${SERVICES_ONLINE}"]`);
    if (!input) throw new Error("no input for the new cell");
    await user.clear(input);
    await user.type(input, "101");
    expect(useAppStore.getState().report?.cells[SERVICES_ONLINE]).toBe(101);
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("HTML and DOCX print its table; the importer reads the page back into the same report", async () => {
    const report = report2031();
    const html = renderReportHtml(report, { draft: false, reportFile: writeReportFile });
    expect(html).toContain("第二十条第（十）项");
    expect(html).toContain("政务服务事项");
    const docx = unzipSync(await renderReportDocx(report, { draft: false }));
    const xml = strFromU8(docx["word/document.xml"] ?? new Uint8Array());
    expect(xml).toContain("政务服务事项");
    const back = await importReport({ name: "report.html", bytes: new TextEncoder().encode(html) });
    if (!back.ok) throw new Error(back.reason);
    expect(back.report.edition).toBe("gb2030");
    // every cell shows what it showed (the page states the totals too, and the importer keeps them)
    expect(computeReport(gb2030, back.report).value).toEqual(computeReport(gb2030, report).value);
    expect(Object.entries(report.cells).filter(([id, v]) => back.report.cells[id] !== v)).toEqual([]);
    expect(back.summary.blank).toEqual([]);
  });
});
