/**
 * Every change to the open report is written to its draft at once: a short pause merges a burst
 * of keystrokes into one write, and the pending write is flushed when the page is hidden or left
 * (with a synchronous backup of what is not yet confirmed, see unsaved-backup.ts), so a reload, a
 * crash or a closed tab loses nothing. The save state is shown; a failed write is explained.
 */
import type { Report } from "../model/types.ts";
import { useAppStore, type BackupState } from "./app-store.ts";
import { recordOf, storageErrorOf, type DraftsDb } from "./drafts-db.ts";
import { clearBackup, writeBackup } from "./unsaved-backup.ts";

/** pause before a write (ms): short enough that nothing typed is at risk */
export const SAVE_DELAY = 150;

interface Job {
  readonly id: string;
  readonly report: Report;
  readonly backup: BackupState;
  /** when the report itself did not change (only its backup state): the time it was last changed */
  readonly changedAt: string | null;
}

let pending: Job | null = null;
/** the last change handed to IndexedDB and not yet confirmed */
let unconfirmed: Job | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let writing: Promise<void> = Promise.resolve();
let database: (() => DraftsDb) | null = null;

/** Writes the pending change now; resolves when every write so far has finished. */
export function flushSave(): Promise<void> {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  const job = pending;
  pending = null;
  if (job && database) {
    const db = database();
    const record = recordOf(job.id, job.report, job.changedAt ? new Date(job.changedAt) : new Date(), job.backup);
    unconfirmed = job;
    writing = writing
      .then(() => db.put(record))
      .then(() => {
        if (unconfirmed === job) unconfirmed = null;
        clearBackup(job.id, record.savedAt);
        if (useAppStore.getState().draftId === job.id && pending === null)
          useAppStore.setState({ save: { status: "saved", at: record.savedAt } });
      })
      .catch((e: unknown) => {
        if (useAppStore.getState().draftId === job.id)
          useAppStore.setState({ save: { status: "error", message: storageErrorOf(e).message } });
      });
  }
  return writing;
}

function schedule(job: Job, immediately: boolean): void {
  // a change of the report since the pending write was scheduled makes it a change of the report
  pending = pending && pending.id === job.id && pending.changedAt === null ? { ...job, changedAt: null } : job;
  // after a failed write the failure stays shown until a write succeeds: the banner must not
  // vanish and come back (moving the page) with every keystroke
  const status = useAppStore.getState().save.status;
  if (status !== "saving" && status !== "error") useAppStore.setState({ save: { status: "saving" } });
  if (timer !== null) clearTimeout(timer);
  timer = null;
  if (immediately) void flushSave();
  else timer = setTimeout(() => void flushSave(), SAVE_DELAY);
}

/** Starts saving the open report to `db`; returns the function that stops it. */
export function startAutosave(db: () => DraftsDb): () => void {
  database = db;
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (!s.report || !s.draftId) return;
    const job = { id: s.draftId, report: s.report, backup: s.backup, changedAt: null };
    // a draft opened from storage is already there: nothing to write until the clerk changes it
    if (s.draftId !== prev.draftId) {
      if (s.save.status !== "saved") schedule(job, true);
    } else if (s.report !== prev.report) schedule(job, false);
    else if (s.backup !== prev.backup)
      schedule({ ...job, changedAt: s.save.status === "saved" ? s.save.at : null }, false);
  });
  const onHide = () => {
    const job = pending ?? unconfirmed;
    if (job) writeBackup(job.id, job.report);
    void flushSave();
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") onHide();
  };
  if (typeof window !== "undefined") {
    window.addEventListener("pagehide", onHide);
    window.addEventListener("beforeunload", onHide);
    document.addEventListener("visibilitychange", onVisibility);
  }
  return () => {
    unsubscribe();
    if (typeof window !== "undefined") {
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("beforeunload", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
    }
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
    unconfirmed = null;
    database = null;
  };
}
