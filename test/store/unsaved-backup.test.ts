// @vitest-environment jsdom
// The synchronous backup kept when a page goes away with a change IndexedDB has not confirmed.
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { newReport } from "../../src/model/report.ts";
import { openDraftsDb, recordOf, type DraftsDb } from "../../src/store/drafts-db.ts";
import { clearBackup, dropBackup, recoverBackups, writeBackup } from "../../src/store/unsaved-backup.ts";

let db: DraftsDb;
const report = (n: number) => {
  const r = newReport(2024, { name: "兴国镇人民政府" });
  r.cells["apply.newReceived.natural"] = n;
  return r;
};
const cellOf = async (id: string) =>
  ((await db.get(id))?.report as { cells: Record<string, number> } | undefined)?.cells["apply.newReceived.natural"];

beforeEach(() => {
  localStorage.clear();
  db = openDraftsDb(new IDBFactory());
});

describe("unsaved backup", () => {
  it("recovers a change newer than the draft, through the import door, and removes the backup", async () => {
    await db.put(recordOf("a", report(1), new Date("2025-01-01T10:00:00Z")));
    writeBackup("a", report(2), new Date("2025-01-01T10:00:05Z"));
    expect(await recoverBackups(db)).toBe(1);
    expect(await cellOf("a")).toBe(2);
    expect(localStorage.length).toBe(0);
  });

  it("keeps the draft when it is newer, and drops unreadable backups", async () => {
    await db.put(recordOf("a", report(3), new Date("2025-01-01T10:00:10Z")));
    writeBackup("a", report(2), new Date("2025-01-01T10:00:05Z"));
    localStorage.setItem("nianbao.unsaved.b", "{not json");
    localStorage.setItem(
      "nianbao.unsaved.c",
      JSON.stringify({ savedAt: "2025-01-02T00:00:00Z", report: { format: "x" } }),
    );
    expect(await recoverBackups(db)).toBe(0);
    expect(await cellOf("a")).toBe(3);
    expect(await db.get("c")).toBeUndefined();
    expect(localStorage.length).toBe(0);
  });

  it("clears a backup once the draft holds it, and forgets it with the draft", () => {
    writeBackup("a", report(2), new Date("2025-01-01T10:00:05Z"));
    clearBackup("a", "2025-01-01T10:00:04Z");
    expect(localStorage.length).toBe(1);
    clearBackup("a", "2025-01-01T10:00:05Z");
    expect(localStorage.length).toBe(0);
    writeBackup("b", report(2));
    dropBackup("b");
    expect(localStorage.length).toBe(0);
  });
});
