// Undo/redo through the store: keystrokes in one field merge into one step; redo after undo.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { newReport } from "../../src/model/report.ts";
import { resetStore, useAppStore } from "../../src/store/app-store.ts";
import { MERGE_WINDOW } from "../../src/store/history.ts";
import { editNarrative, loadReport, redoEdit, setCellText, undoEdit } from "../../src/store/report-actions.ts";

const N = "apply.newReceived.natural";
const C = "apply.newReceived.commercial";
const cells = () => useAppStore.getState().report?.cells;

beforeEach(() => {
  resetStore();
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2025-01-10T09:00:00Z"));
  loadReport(newReport(2024), null);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("undo and redo", () => {
  it("merges keystrokes in one cell into one step", () => {
    setCellText(N, "1");
    vi.advanceTimersByTime(200);
    setCellText(N, "12");
    vi.advanceTimersByTime(200);
    setCellText(N, "123");
    expect(cells()?.[N]).toBe(123);
    expect(undoEdit()).toBe(true);
    expect(cells()?.[N]).toBeUndefined();
    expect(undoEdit()).toBe(false);
  });

  it("keeps separate steps for separate cells, for a pause, and across cell and text edits", () => {
    setCellText(N, "5");
    setCellText(C, "2");
    vi.advanceTimersByTime(MERGE_WINDOW + 1);
    setCellText(C, "3");
    editNarrative("overview", "本年度");
    editNarrative("overview", "本年度，我镇");
    expect(useAppStore.getState().history.past.length).toBe(4);
    undoEdit();
    expect(useAppStore.getState().report?.narrative.overview).toBe("");
    undoEdit();
    expect(cells()?.[C]).toBe(2);
    undoEdit();
    expect(cells()).toEqual({ [N]: 5 });
    redoEdit();
    redoEdit();
    expect(cells()).toEqual({ [N]: 5, [C]: 3 });
    redoEdit();
    expect(useAppStore.getState().report?.narrative.overview).toBe("本年度，我镇");
    expect(redoEdit()).toBe(false);
  });

  it("forgets the redo steps after a new edit", () => {
    setCellText(N, "5");
    undoEdit();
    setCellText(C, "1");
    expect(redoEdit()).toBe(false);
    expect(cells()).toEqual({ [C]: 1 });
  });

  it("does not record a step for an edit that changes nothing", () => {
    setCellText(N, "");
    expect(useAppStore.getState().history.past.length).toBe(0);
  });
});
