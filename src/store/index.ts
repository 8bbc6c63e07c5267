/** The store's public face for the UI: state, actions and derived selectors. */
export * from "./app-store.ts";
export * from "./report-actions.ts";
export * from "./selectors.ts";
export { flushSave, startAutosave } from "./autosave.ts";
export { watchOtherTabs } from "./other-tabs.ts";
export * from "./drafts.ts";
export { carriedCellCount, startFromLastYear, withPrevious } from "./carry-forward.ts";
export { blankCells, explanationOf } from "./report-edits.ts";
export { findHits, inContext, type HitInContext, type TextHit } from "./find-replace.ts";
export { ACCEPTED_FILES, openReportInput, type ImportSummaryView, type OpenOutcome } from "./open-file.ts";
export { StorageError } from "./drafts-db.ts";
export { writeReportFile as reportFileText } from "../import/report-file.ts";
export { useShallow } from "zustand/shallow";
