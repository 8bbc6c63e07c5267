/**
 * The clerk's saved drafts: list (organisation, year, last change, how many errors and warnings block
 * the final export), open, create, start next year's from one, duplicate, delete. Each stored draft is read back through the one
 * import door (`readReportValue`), so an old or damaged draft gets a clear message, not a crash.
 */
import { editionForYear } from "../model/editions/index.ts";
import { reportTitle } from "../model/report.ts";
import type { Report } from "../model/types.ts";
import { describeFileErrors, readReportValue } from "../import/report-file.ts";
import { blocks, checkReport } from "../rules/run-rules.ts";
import { flushSave } from "./autosave.ts";
import { carriedCellCount, startFromLastYear } from "./carry-forward.ts";
import { backupOf, newDraftId, openDraftsDb, recordOf, storageErrorOf, type DraftsDb } from "./drafts-db.ts";
import { loadReport } from "./report-actions.ts";
import { dropBackup, recoverBackups } from "./unsaved-backup.ts";

let db: DraftsDb | null = null;

/** The drafts database (the browser's IndexedDB unless another was set). */
export const draftsDb = (): DraftsDb => (db ??= openDraftsDb());

/** Uses another database (tests: fake-indexeddb, or a failing one). */
export function setDraftsDb(next: DraftsDb | null): void {
  db = next;
}

export interface DraftSummary {
  readonly id: string;
  readonly savedAt: string;
  /** the readable report, or why it cannot be read */
  readonly report: Report | null;
  readonly problem: string | null;
  readonly title: string;
  /** findings that block the final: errors, and warnings nobody explained */
  readonly blocking: number;
  readonly errors: number;
  readonly warnings: number;
}

export type DraftsResult = { ok: true; drafts: DraftSummary[] } | { ok: false; message: string };

export async function listDrafts(): Promise<DraftsResult> {
  try {
    await recoverBackups(draftsDb());
    const records = await draftsDb().all();
    return {
      ok: true,
      drafts: records.map((r) => {
        const read = readReportValue(r.report);
        if (!read.ok)
          return {
            id: r.id,
            savedAt: r.savedAt,
            report: null,
            problem: describeFileErrors(read.errors),
            title: "（无法读取的草稿）",
            blocking: 0,
            errors: 0,
            warnings: 0,
          };
        const blocking = checkReport(read.report).findings.filter(blocks);
        return {
          id: r.id,
          savedAt: r.savedAt,
          report: read.report,
          problem: null,
          title: reportTitle(read.report),
          blocking: blocking.length,
          errors: blocking.filter((f) => f.severity === "E").length,
          warnings: blocking.filter((f) => f.severity === "W").length,
        };
      }),
    };
  } catch (e) {
    return { ok: false, message: storageErrorOf(e).message };
  }
}

export type OpenResult = { ok: true } | { ok: false; message: string };

export async function openDraft(id: string): Promise<OpenResult> {
  await flushSave();
  try {
    await recoverBackups(draftsDb());
    const record = await draftsDb().get(id);
    if (!record) return { ok: false, message: "找不到这份草稿，可能已在其他标签页中删除。" };
    const read = readReportValue(record.report);
    if (!read.ok) return { ok: false, message: `草稿无法读取：${describeFileErrors(read.errors)}` };
    loadReport(read.report, id, { at: record.savedAt, backup: backupOf(record) });
    return { ok: true };
  } catch (e) {
    return { ok: false, message: storageErrorOf(e).message };
  }
}

/** Opens a new report as a new draft; autosave writes it at once. */
export async function createDraft(report: Report): Promise<string> {
  await flushSave();
  const id = newDraftId();
  loadReport(report, id);
  return id;
}

/**
 * Starts next year's report from a draft, as 从去年的报告开始 does from a file (carried-over figures,
 * last year's figures and text kept for the cross-year rules, the text copied for review): a new
 * draft, opened; the draft it came from stays as it is.
 */
export async function startNextYearFromDraft(
  id: string,
): Promise<{ ok: true; carried: number; sections: number; year: number } | { ok: false; message: string }> {
  try {
    const record = await draftsDb().get(id);
    if (!record) return { ok: false, message: "找不到这份草稿，可能已在其他标签页中删除。" };
    const read = readReportValue(record.report);
    if (!read.ok) return { ok: false, message: `草稿无法读取：${describeFileErrors(read.errors)}` };
    const year = read.report.year + 1;
    if (!editionForYear(year)) return { ok: false, message: `${year} 年度不在支持范围内。` };
    const next = startFromLastYear(read.report);
    await createDraft(next);
    return { ok: true, carried: carriedCellCount(read.report), sections: next.review?.length ?? 0, year };
  } catch (e) {
    return { ok: false, message: storageErrorOf(e).message };
  }
}

export async function deleteDraft(id: string): Promise<OpenResult> {
  try {
    dropBackup(id);
    await draftsDb().remove(id);
    return { ok: true };
  } catch (e) {
    return { ok: false, message: storageErrorOf(e).message };
  }
}

export async function duplicateDraft(id: string): Promise<OpenResult> {
  try {
    const record = await draftsDb().get(id);
    if (!record) return { ok: false, message: "找不到这份草稿。" };
    const read = readReportValue(record.report);
    if (!read.ok) return { ok: false, message: "这份草稿无法读取，不能复制。" };
    await draftsDb().put(recordOf(newDraftId(), read.report));
    return { ok: true };
  } catch (e) {
    return { ok: false, message: storageErrorOf(e).message };
  }
}
