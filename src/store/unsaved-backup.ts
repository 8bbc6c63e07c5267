/**
 * The last line against losing typing when a tab is closed or reloaded: a write to IndexedDB that
 * starts while the page is going away may never finish, so the change not yet confirmed is also
 * put, synchronously, into localStorage. The next time drafts are listed or opened, a backup newer
 * than its draft is read through the import door and written to the draft.
 */
import type { Report } from "../model/types.ts";
import { readReportValue } from "../import/report-file.ts";
import { backupOf, recordOf, type DraftsDb } from "./drafts-db.ts";

const PREFIX = "nianbao.unsaved.";

interface Backup {
  readonly savedAt: string;
  readonly report: unknown;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // access refused (e.g. storage disabled)
  }
}

/** Keeps an unconfirmed change synchronously; false when the browser refuses. */
export function writeBackup(id: string, report: Report, now = new Date()): boolean {
  try {
    storage()?.setItem(PREFIX + id, JSON.stringify({ savedAt: now.toISOString(), report } satisfies Backup));
    return true;
  } catch {
    return false;
  }
}

/** Drops the backup once the draft itself holds the change (or a later one). */
export function clearBackup(id: string, savedUpTo: string): void {
  const s = storage();
  const raw = s?.getItem(PREFIX + id);
  if (!s || raw == null) return;
  try {
    const backup = JSON.parse(raw) as Backup;
    if (backup.savedAt <= savedUpTo) s.removeItem(PREFIX + id);
  } catch {
    s.removeItem(PREFIX + id);
  }
}

/** Forgets a draft's backup (the draft is deleted). */
export function dropBackup(id: string): void {
  storage()?.removeItem(PREFIX + id);
}

/** Moves every backup that is newer than its draft into the draft; returns how many were recovered. */
export async function recoverBackups(db: DraftsDb): Promise<number> {
  const s = storage();
  if (!s) return 0;
  let recovered = 0;
  const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter(
    (k): k is string => k?.startsWith(PREFIX) ?? false,
  );
  for (const key of keys) {
    const id = key.slice(PREFIX.length);
    let backup: Backup;
    try {
      backup = JSON.parse(s.getItem(key) ?? "") as Backup;
    } catch {
      s.removeItem(key);
      continue;
    }
    const read = readReportValue(backup.report);
    const current = await db.get(id);
    if (read.ok && (!current || current.savedAt < backup.savedAt)) {
      await db.put(recordOf(id, read.report, new Date(backup.savedAt), current ? backupOf(current) : undefined));
      recovered += 1;
    }
    s.removeItem(key);
  }
  return recovered;
}
