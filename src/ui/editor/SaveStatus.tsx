/** Whether the draft is saved, in a quiet live region. */
import { useAppStore } from "../../store/index.ts";
import { shortTime } from "../common/labels.ts";

export function SaveStatus() {
  const save = useAppStore((s) => s.save);
  const text =
    save.status === "saving"
      ? "正在保存……"
      : save.status === "saved"
        ? `已自动保存 ${shortTime(save.at)}`
        : save.status === "error"
          ? "未能保存"
          : "";
  return (
    <span
      className={`save-status save-status--${save.status}`}
      title={text}
      role="status"
      aria-live="polite"
      data-save={save.status}
    >
      {text}
    </span>
  );
}
