/**
 * Whether the draft is saved. Not a live region: it changes with every keystroke, and a screen reader
 * would read "已自动保存" over the clerk's typing; a failure is announced by the storage banner (an alert).
 */
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
    <span className={`save-status save-status--${save.status}`} title={text} data-save={save.status}>
      {text}
    </span>
  );
}
