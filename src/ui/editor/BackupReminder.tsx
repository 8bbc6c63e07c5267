/**
 * A reminder to save the report file (.json) as a backup once much has changed since the last one:
 * the draft lives only in this browser, at this address, and clearing the browser's data loses it.
 * 稍后提醒 hides it until as many changes again.
 */
import { useState } from "react";
import { useAppStore, useShallow } from "../../store/index.ts";
import { shortTime } from "../common/labels.ts";
import { useExport } from "../export/use-export.ts";

/** changes (undo steps) since the last backup from which the reminder shows */
export const BACKUP_AFTER = 30;

export function BackupReminder() {
  const { changes, at, failing } = useAppStore(
    useShallow((s) => ({ changes: s.backup.changes, at: s.backup.at, failing: s.save.status === "error" })),
  );
  const [snoozedAt, setSnoozedAt] = useState(0);
  const exportFile = useExport();
  // a failed save has its own banner, which asks for the same file
  if (failing || changes < BACKUP_AFTER || changes < snoozedAt + BACKUP_AFTER) return null;
  return (
    <div className="storage-banner notice notice--warn" role="note">
      <span className="notice__text">
        自{at ? `上次保存报告文件（${shortTime(at)}）` : "开始填写"}以来已修改 {changes}{" "}
        次。草稿只保存在这个浏览器的这个地址下，清理浏览器数据会丢失，建议导出报告文件（.json）作为备份。
      </span>
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() => void exportFile("json", false)}
      >
        导出报告文件（.json）
      </button>
      <button type="button" className="button button--small button--quiet" onClick={() => setSnoozedAt(changes)}>
        稍后提醒
      </button>
    </div>
  );
}
