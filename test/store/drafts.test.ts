// Drafts in IndexedDB (fake-indexeddb): saved as the report changes, listed with their status,
// opened through the import door, duplicated, deleted; storage failures give a clear message.
import { readFileSync } from "node:fs";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newReport } from "../../src/model/report.ts";
import { resetStore, useAppStore } from "../../src/store/app-store.ts";
import { flushSave, startAutosave } from "../../src/store/autosave.ts";
import { openDraftsDb, recordOf, StorageError, type DraftsDb } from "../../src/store/drafts-db.ts";
import {
  createDraft,
  deleteDraft,
  duplicateDraft,
  listDrafts,
  openDraft,
  setDraftsDb,
} from "../../src/store/drafts.ts";
import { closeReport, markBackedUp, setCellText } from "../../src/store/report-actions.ts";
import { fullReport } from "../builders.ts";

let db: DraftsDb;
let stop: () => void;

beforeEach(() => {
  resetStore();
  db = openDraftsDb(new IDBFactory());
  setDraftsDb(db);
  stop = startAutosave(() => db);
});
afterEach(() => {
  stop();
  setDraftsDb(null);
});

describe("drafts", () => {
  it("saves a new draft at once and every change after it", async () => {
    const id = await createDraft(newReport(2024, { name: "兴国镇人民政府" }));
    await flushSave();
    expect((await db.get(id))?.report).toMatchObject({ format: "nianbao.report", version: 2, year: 2024 });
    setCellText("apply.newReceived.natural", "5");
    setCellText("apply.newReceived.natural", "57");
    await flushSave();
    const saved = (await db.get(id))?.report as { cells: Record<string, number> };
    expect(saved.cells).toEqual({ "apply.newReceived.natural": 57 });
    expect(useAppStore.getState().save.status).toBe("saved");
  });

  it("lists drafts with organisation, year and how many findings block the final", async () => {
    await db.put(recordOf("a", fullReport("gb2021"), new Date("2025-01-02T08:00:00Z")));
    await db.put(
      recordOf("b", newReport(2024, { name: "青石镇人民政府", shortName: "青石镇" }), new Date("2025-01-03T08:00:00Z")),
    );
    await db.put({ id: "c", savedAt: "2025-01-01T00:00:00Z", report: { format: "nianbao.report", version: 9 } });
    const listed = await listDrafts();
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.drafts.map((d) => [d.id, d.title])).toEqual([
      ["b", "青石镇2024年政府信息公开工作年度报告"],
      ["a", "兴国镇2022年政府信息公开工作年度报告"],
      ["c", "（无法读取的草稿）"],
    ]);
    expect(listed.drafts[0]?.blocking).toBeGreaterThan(100); // every blank cell
    expect(listed.drafts[2]?.problem).toContain("版本");
  });

  it("opens a draft into the store, duplicates it, and deletes it", async () => {
    await db.put(recordOf("a", fullReport("gb2021")));
    expect(await openDraft("a")).toEqual({ ok: true });
    expect(useAppStore.getState().draftId).toBe("a");
    expect(useAppStore.getState().report?.org.shortName).toBe("兴国镇");
    closeReport();
    expect(await duplicateDraft("a")).toEqual({ ok: true });
    expect((await db.all()).length).toBe(2);
    expect(await deleteDraft("a")).toEqual({ ok: true });
    const rest = await db.all();
    expect(rest.length).toBe(1);
    expect(rest[0]?.id).not.toBe("a");
    expect(await openDraft("a")).toEqual({ ok: false, message: "找不到这份草稿，可能已在其他标签页中删除。" });
  });

  it("opening a draft without changing it writes nothing: its time and its place in the list stay", async () => {
    await db.put(recordOf("older", fullReport("gb2021"), new Date("2025-01-02T08:00:00Z")));
    await db.put(recordOf("newer", newReport(2024, { name: "青石镇人民政府" }), new Date("2025-01-03T08:00:00Z")));
    expect(await openDraft("older")).toEqual({ ok: true });
    await flushSave();
    expect(useAppStore.getState().save).toEqual({ status: "saved", at: "2025-01-02T08:00:00.000Z" });
    closeReport();
    const listed = await listDrafts();
    expect(listed.ok && listed.drafts.map((d) => [d.id, d.savedAt])).toEqual([
      ["newer", "2025-01-03T08:00:00.000Z"],
      ["older", "2025-01-02T08:00:00.000Z"],
    ]);
    // a change is saved, and moves the draft to the top
    expect(await openDraft("older")).toEqual({ ok: true });
    setCellText("apply.newReceived.natural", "5");
    await flushSave();
    const after = await listDrafts();
    expect(after.ok && after.drafts[0]?.id).toBe("older");
  });

  it("keeps with the draft how much changed since the report file was last saved", async () => {
    const id = await createDraft(newReport(2024, { name: "兴国镇人民政府" }));
    setCellText("apply.newReceived.natural", "5");
    setCellText("apply.newReceived.natural", "57"); // the same cell at once: one step
    setCellText("apply.newReceived.commercial", "1");
    await flushSave();
    expect(useAppStore.getState().backup).toEqual({ changes: 2, at: null });
    expect((await db.get(id))?.backup).toEqual({ changes: 2, at: null });
    const savedAt = (await db.get(id))?.savedAt;
    markBackedUp("2025-01-05T09:00:00.000Z");
    await flushSave();
    // the backup state is written, the draft's last change stays
    expect(await db.get(id)).toMatchObject({ savedAt, backup: { changes: 0, at: "2025-01-05T09:00:00.000Z" } });
    closeReport();
    await openDraft(id);
    expect(useAppStore.getState().backup).toEqual({ changes: 0, at: "2025-01-05T09:00:00.000Z" });
  });

  it("opens a draft saved by version 1 through the door: upgraded, each explanation on its own finding", async () => {
    const v1 = JSON.parse(
      readFileSync(new URL("../fixtures/migration/xingguo-2021-v1.json", import.meta.url), "utf8"),
    ) as object;
    await db.put({ id: "old", savedAt: "2025-01-01T00:00:00Z", report: v1 });
    expect(await openDraft("old")).toEqual({ ok: true });
    const report = useAppStore.getState().report;
    expect(report?.version).toBe(2);
    expect(report?.explanations.map((e) => [e.rule, e.target.kind])).toEqual([
      ["RD-07a", "text"],
      ["RD-07b", "text"],
      ["RD-10", "text"],
      ["RD-10", "text"],
      ["R2-04", "cells"],
      ["R3-05", "cells"],
    ]);
  });

  it("tells the clerk to export the file when the browser has no IndexedDB", async () => {
    const none = openDraftsDb(undefined);
    await expect(none.all()).rejects.toBeInstanceOf(StorageError);
    setDraftsDb(none);
    const listed = await listDrafts();
    expect(listed).toEqual({ ok: false, message: expect.stringContaining("导出") as unknown as string });
    stop();
    stop = startAutosave(() => none);
    await createDraft(newReport(2024, { name: "兴国镇人民政府" }));
    await flushSave();
    const save = useAppStore.getState().save;
    expect(save.status).toBe("error");
    expect(save.status === "error" && save.message).toContain("报告文件（.json）");
  });

  it("keeps a failure shown while the clerk types on, until a write succeeds", async () => {
    let failing = true;
    const flaky: DraftsDb = {
      ...db,
      put: (record) => (failing ? Promise.reject(new DOMException("quota", "QuotaExceededError")) : db.put(record)),
    };
    stop();
    stop = startAutosave(() => flaky);
    const id = await createDraft(newReport(2024, { name: "兴国镇人民政府" }));
    await flushSave();
    expect(useAppStore.getState().save.status).toBe("error");
    // the next keystroke must not hide the failure (the banner would vanish and come back)
    setCellText("apply.newReceived.natural", "5");
    expect(useAppStore.getState().save.status).toBe("error");
    await flushSave();
    expect(useAppStore.getState().save.status).toBe("error");
    failing = false;
    setCellText("apply.newReceived.natural", "6");
    expect(useAppStore.getState().save.status).toBe("error");
    await flushSave();
    expect(useAppStore.getState().save.status).toBe("saved");
    expect(((await db.get(id))?.report as { cells: Record<string, number> }).cells).toEqual({
      "apply.newReceived.natural": 6,
    });
  });

  it("reports a full disk as such", async () => {
    const full: DraftsDb = {
      ...db,
      put: () => Promise.reject(new DOMException("quota", "QuotaExceededError")),
    };
    stop();
    stop = startAutosave(() => full);
    await createDraft(newReport(2024, { name: "兴国镇人民政府" }));
    await flushSave();
    const save = useAppStore.getState().save;
    expect(save.status === "error" && save.message).toContain("存储空间已满");
  });
});
