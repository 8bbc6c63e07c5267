/**
 * What the clerk can do to the open report. Each action applies a pure edit from
 * `report-edits.ts` and records an undo step; keystrokes in the same field merge into one step.
 */
import { getEdition } from "../model/editions/index.ts";
import type {
  Contact,
  EditionDef,
  Finding,
  FindingFix,
  NarrativeKey,
  Org,
  Publication,
  Report,
} from "../model/types.ts";
import { useAppStore, type BackupState, type SectionKey } from "./app-store.ts";
import { replacementOf, type TextHit } from "./find-replace.ts";
import { EMPTY_HISTORY, record, redo, undo } from "./history.ts";
import * as edits from "./report-edits.ts";

const now = () => Date.now();

/** Applies an edit to the open report; `key` names the field, so successive keystrokes merge. */
export function editReport(
  recipe: (report: Report, edition: EditionDef) => Report,
  key: string | null = null,
): boolean {
  const { report, history } = useAppStore.getState();
  if (!report) return false;
  const edition = getEdition(report.edition);
  if (!edition) return false;
  const next = recipe(report, edition);
  if (next === report) return false;
  const step = record(history, report, key, now());
  useAppStore.setState((s) => ({
    report: next,
    history: step,
    // a new undo step is a change since the last backup; keystrokes merged into one step are one change
    backup: step.past !== history.past ? { ...s.backup, changes: s.backup.changes + 1 } : s.backup,
    notice: s.notice?.untilNextEdit ? null : s.notice,
  }));
  return true;
}

/**
 * Opens a report in the editor. A draft read back from storage passes its stored state (`saved`:
 * when it was saved, and its backup state), so opening it writes nothing: its 最后修改 time and its
 * place in the list stay as they were until the clerk changes something.
 */
export function loadReport(
  report: Report,
  draftId: string | null,
  saved?: { readonly at: string; readonly backup: BackupState },
): void {
  useAppStore.setState({
    report,
    draftId,
    history: EMPTY_HISTORY,
    section: "basic",
    view: "edit",
    save: saved ? { status: "saved", at: saved.at } : { status: "idle" },
    backup: saved?.backup ?? { changes: 0, at: null },
  });
}

export function closeReport(): void {
  useAppStore.setState({
    report: null,
    draftId: null,
    history: EMPTY_HISTORY,
    save: { status: "idle" },
    backup: { changes: 0, at: null },
    view: "edit",
  });
}

export const setCellText = (id: string, text: string) =>
  editReport((r, e) => edits.setCellTexts(e, r, [[id, text]]), `cell:${id}`);

export const pasteCells = (entries: readonly (readonly [string, string])[]) =>
  editReport((r, e) => edits.setCellTexts(e, r, entries));

export const fillBlanksWithZero = (table?: string) => editReport((r, e) => edits.fillBlanksWithZero(e, r, table));

export const adoptComputed = (id: string) => editReport((r) => edits.adoptComputed(r, id));

/** Applies certain corrections (a finding's fix, or several: 采用全部计算值, 全部改正) as one undo step. */
export const applyFixes = (fixes: readonly FindingFix[]) => editReport((r) => edits.applyFixes(r, fixes));

/** Replaces the chosen hits of `query` in the text with `replacement`, as one undo step. */
export const replaceInText = (hits: readonly TextHit[], query: string, replacement: string) =>
  editReport((r) => edits.applyFixes(r, replacementOf(hits, query, replacement)));

/** The report file was saved (exported): the changes since the last backup start again from 0. */
export const markBackedUp = (at = new Date().toISOString()) => useAppStore.setState({ backup: { changes: 0, at } });

export const chooseUnit = (id: string, unit: string) => editReport((r) => edits.setUnit(r, id, unit));

export const editNarrative = (key: NarrativeKey, text: string) =>
  editReport((r) => edits.setNarrative(r, key, text), `text:${key}`);

export const markReviewed = (key: NarrativeKey) => editReport((r) => edits.markReviewed(r, key));

export const explainFinding = (finding: Pick<Finding, "id" | "rule" | "target">, text: string) =>
  editReport((r) => edits.setExplanation(r, finding, text), `explain:${finding.id}`);

export const editOrg = (patch: Partial<Org>) =>
  editReport((r) => edits.patchOrg(r, patch), `org:${Object.keys(patch).join(",")}`);

export const editPublication = (patch: Partial<Publication>) =>
  editReport((r) => edits.patchPublication(r, patch), `pub:${Object.keys(patch).join(",")}`);

export const editContact = (patch: Partial<Contact>) =>
  editReport((r) => edits.patchContact(r, patch), `contact:${Object.keys(patch).join(",")}`);

/** Replaces the whole report (e.g. last year's figures attached), as one undo step. */
export const replaceReport = (next: Report) => editReport(() => next);

export function undoEdit(): boolean {
  const { report, history } = useAppStore.getState();
  if (!report) return false;
  const step = undo(history, report);
  if (!step) return false;
  useAppStore.setState((s) => ({ ...step, backup: { ...s.backup, changes: s.backup.changes + 1 } }));
  return true;
}

export function redoEdit(): boolean {
  const { report, history } = useAppStore.getState();
  if (!report) return false;
  const step = redo(history, report);
  if (!step) return false;
  useAppStore.setState((s) => ({ ...step, backup: { ...s.backup, changes: s.backup.changes + 1 } }));
  return true;
}

export const goToSection = (section: SectionKey) =>
  useAppStore.setState((s) => ({
    section,
    view: "edit",
    activeCell: s.section === section ? s.activeCell : null,
    notice: s.notice?.untilNextEdit && s.section !== section ? null : s.notice,
  }));

export const setView = (view: "edit" | "preview") => useAppStore.setState({ view });

/** The table cell the clerk is in (null when none). */
export const setActiveCell = (id: string | null) => {
  if (useAppStore.getState().activeCell !== id) useAppStore.setState({ activeCell: id });
};

/** Opens (or closes) 查找替换. */
export const showFindReplace = (open: boolean) => useAppStore.setState({ findReplace: open });

let noticeId = 0;
/** Shows a short message; `untilNextEdit` ones (a paste's outcome) go when the clerk moves on. */
export function showNotice(text: string, tone: "info" | "error" = "info", untilNextEdit = false): void {
  noticeId += 1;
  useAppStore.setState({ notice: { id: noticeId, tone, text, ...(untilNextEdit ? { untilNextEdit } : {}) } });
}

export const dismissNotice = () => useAppStore.setState({ notice: null });
