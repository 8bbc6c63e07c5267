/**
 * What the clerk can do to the open report. Each action applies a pure edit from
 * `report-edits.ts` and records an undo step; keystrokes in the same field merge into one step.
 */
import { getEdition } from "../model/editions/index.ts";
import type { Contact, EditionDef, Finding, NarrativeKey, Org, Publication, Report } from "../model/types.ts";
import { useAppStore, type SectionKey } from "./app-store.ts";
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
  useAppStore.setState({ report: next, history: record(history, report, key, now()) });
  return true;
}

export function loadReport(report: Report, draftId: string | null): void {
  useAppStore.setState({
    report,
    draftId,
    history: EMPTY_HISTORY,
    section: "basic",
    view: "edit",
    save: { status: "idle" },
  });
}

export function closeReport(): void {
  useAppStore.setState({ report: null, draftId: null, history: EMPTY_HISTORY, save: { status: "idle" }, view: "edit" });
}

export const setCellText = (id: string, text: string) =>
  editReport((r, e) => edits.setCellTexts(e, r, [[id, text]]), `cell:${id}`);

export const pasteCells = (entries: readonly (readonly [string, string])[]) =>
  editReport((r, e) => edits.setCellTexts(e, r, entries));

export const fillBlanksWithZero = (table?: string) => editReport((r, e) => edits.fillBlanksWithZero(e, r, table));

export const adoptComputed = (id: string) => editReport((r) => edits.adoptComputed(r, id));

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
  useAppStore.setState(step);
  return true;
}

export function redoEdit(): boolean {
  const { report, history } = useAppStore.getState();
  if (!report) return false;
  const step = redo(history, report);
  if (!step) return false;
  useAppStore.setState(step);
  return true;
}

export const goToSection = (section: SectionKey) => useAppStore.setState({ section, view: "edit" });

export const setView = (view: "edit" | "preview") => useAppStore.setState({ view });

let noticeId = 0;
export function showNotice(text: string, tone: "info" | "error" = "info"): void {
  noticeId += 1;
  useAppStore.setState({ notice: { id: noticeId, tone, text } });
}

export const dismissNotice = () => useAppStore.setState({ notice: null });
