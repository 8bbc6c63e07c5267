/**
 * Drafts in the browser's IndexedDB (raw API, one object store). A record holds the report in the
 * report-file format (with its `format`/`version` fields) and is read back through the one import
 * door, `readReportValue`, like any file. Every failure becomes a `StorageError` whose message
 * tells the clerk, in Chinese, to export the report file.
 */
import type { Report } from "../model/types.ts";
import type { BackupState } from "./app-store.ts";

export interface DraftRecord {
  readonly id: string;
  /** ISO time of the last change of the report */
  readonly savedAt: string;
  /** a `nianbao.report` value, validated on reading */
  readonly report: unknown;
  /** how much changed since the report file was last saved (records before this field have none) */
  readonly backup?: BackupState;
}

export type StorageProblem = "missing" | "quota" | "failed";

const EXPORT_HINT = "请点击“导出”→“报告文件（.json）”把报告保存到电脑，下次用“打开报告文件”继续编辑。";

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    detail = "",
  ) {
    super(
      problem === "missing"
        ? `这个浏览器不能在本机保存草稿（IndexedDB 不可用，可能是无痕/隐私模式或浏览器设置禁止了网站存储），填写的内容不会自动保存。${EXPORT_HINT}`
        : problem === "quota"
          ? `本机浏览器的存储空间已满，最近的修改没有保存。${EXPORT_HINT}也可以在首页删除不用的草稿。`
          : `草稿没有保存到本机浏览器${detail ? `（${detail}）` : ""}。${EXPORT_HINT}`,
    );
    this.name = "StorageError";
  }
}

const DB_NAME = "nianbao";
const STORE = "drafts";

function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = e instanceof DOMException || e instanceof Error ? e.name : "";
  if (name === "QuotaExceededError") return new StorageError("quota");
  if (name === "InvalidStateError" || name === "SecurityError") return new StorageError("missing");
  return new StorageError("failed", e instanceof Error ? e.message : String(e));
}

export interface DraftsDb {
  put(record: DraftRecord): Promise<void>;
  get(id: string): Promise<DraftRecord | undefined>;
  all(): Promise<DraftRecord[]>;
  remove(id: string): Promise<void>;
}

/** Opens the drafts database; `factory` is the IndexedDB implementation (the browser's by default). */
export function openDraftsDb(factory: IDBFactory | undefined = globalThis.indexedDB): DraftsDb {
  let opening: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    if (!factory) return Promise.reject(new StorageError("missing"));
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      let req: IDBOpenDBRequest;
      try {
        req = factory.open(DB_NAME, 1);
      } catch (e) {
        reject(toStorageError(e));
        return;
      }
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: "id" });
      };
      req.onsuccess = () => {
        const opened = req.result;
        opened.onversionchange = () => {
          opened.close();
          opening = null;
        };
        resolve(opened);
      };
      req.onerror = () => reject(toStorageError(req.error));
      req.onblocked = () =>
        reject(new StorageError("failed", "数据库被另一个标签页占用，请关闭其他年报编制页面后重试"));
    }).catch((e: unknown) => {
      opening = null;
      throw toStorageError(e);
    });
    return opening;
  };

  const run = async <T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const database = await db();
    return new Promise<T>((resolve, reject) => {
      let tx: IDBTransaction;
      try {
        tx = database.transaction(STORE, mode);
      } catch (e) {
        reject(toStorageError(e));
        return;
      }
      let result: T;
      const req = fn(tx.objectStore(STORE));
      req.onsuccess = () => (result = req.result);
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(toStorageError(tx.error ?? req.error));
      tx.onabort = () => reject(toStorageError(tx.error ?? req.error));
    });
  };

  return {
    put: async (record) => {
      await run("readwrite", (s) => s.put(record));
    },
    get: (id) => run("readonly", (s) => s.get(id) as IDBRequest<DraftRecord | undefined>),
    all: async () =>
      (await run("readonly", (s) => s.getAll() as IDBRequest<DraftRecord[]>)).sort((a, b) =>
        a.savedAt < b.savedAt ? 1 : -1,
      ),
    remove: async (id) => {
      await run("readwrite", (s) => s.delete(id));
    },
  };
}

export const storageErrorOf = toStorageError;

/** A new draft id; works without `crypto.randomUUID` (an intranet http page is not a secure context). */
export function newDraftId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** A report as stored: a plain copy in the report-file shape, with its backup state. */
export const recordOf = (id: string, report: Report, now = new Date(), backup?: BackupState): DraftRecord => ({
  id,
  savedAt: now.toISOString(),
  report: JSON.parse(JSON.stringify(report)) as unknown,
  ...(backup ? { backup: { changes: backup.changes, at: backup.at } } : {}),
});

/** A record's backup state as stored (a record from before it was kept, or a damaged one: none yet). */
export function backupOf(record: DraftRecord): BackupState {
  const b = record.backup as unknown;
  if (typeof b !== "object" || b === null) return { changes: 0, at: null };
  const { changes, at } = b as Record<string, unknown>;
  return {
    changes: typeof changes === "number" && Number.isSafeInteger(changes) && changes >= 0 ? changes : 0,
    at: typeof at === "string" ? at : null,
  };
}
