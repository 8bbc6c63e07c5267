/** When a draft cannot be saved in the browser: what happened and what to do (export the file). */
import { useAppStore } from "../../store/index.ts";
import { useExport } from "../export/use-export.ts";

export function StorageBanner() {
  const save = useAppStore((s) => s.save);
  const exportFile = useExport();
  if (save.status !== "error") return null;
  return (
    <div className="storage-banner notice notice--error" role="alert">
      <span className="notice__text">
        <strong>草稿未能自动保存。</strong>
        {save.message}
      </span>
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() => void exportFile("json", false)}
      >
        立即导出报告文件（.json）
      </button>
    </div>
  );
}
