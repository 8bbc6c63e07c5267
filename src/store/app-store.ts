/**
 * The one store: what the clerk typed (the open report and its undo history), the session (which
 * draft it is, whether it is saved) and view state (section, edit/preview, notices) that is never
 * saved. Totals and findings are not here: they are derived in `selectors.ts`.
 */
import { create } from "zustand";
import type { Report } from "../model/types.ts";
import { EMPTY_HISTORY, type History } from "./history.ts";

export type SaveState =
  | { readonly status: "idle" }
  | { readonly status: "saving" }
  | { readonly status: "saved"; readonly at: string }
  | { readonly status: "error"; readonly message: string };

/** `basic` (基本信息) or a section's table id / narrative key (e.g. `apply`, `overview`) */
export type SectionKey = string;

export interface Notice {
  readonly id: number;
  readonly tone: "info" | "error";
  readonly text: string;
  /** the notice goes away once the clerk moves on (the next edit, another section): a paste's outcome */
  readonly untilNextEdit?: boolean;
}

/** How much the open draft changed since its report file was last saved (exported), kept with the draft. */
export interface BackupState {
  /** edits (undo steps) since then */
  readonly changes: number;
  /** when the report file was last saved from this draft; null when never */
  readonly at: string | null;
}

export interface ReportSlice {
  readonly report: Report | null;
  readonly history: History;
}

export interface SessionSlice {
  readonly draftId: string | null;
  readonly save: SaveState;
  readonly backup: BackupState;
}

export interface ViewSlice {
  readonly section: SectionKey;
  readonly view: "edit" | "preview";
  readonly notice: Notice | null;
  /** the find-and-replace dialog is open */
  readonly findReplace: boolean;
  /** the table cell that has the focus (its description is shown below the work area) */
  readonly activeCell: string | null;
}

export type AppState = ReportSlice & SessionSlice & ViewSlice;

export const INITIAL_STATE: AppState = {
  report: null,
  history: EMPTY_HISTORY,
  draftId: null,
  save: { status: "idle" },
  backup: { changes: 0, at: null },
  section: "basic",
  view: "edit",
  notice: null,
  findReplace: false,
  activeCell: null,
};

export const useAppStore = create<AppState>()(() => INITIAL_STATE);

/** Back to the empty state (tests, and leaving the editor). */
export function resetStore(): void {
  useAppStore.setState(INITIAL_STATE, true);
}
