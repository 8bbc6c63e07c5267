/** Short messages (pasted, refused, saved elsewhere) in a polite live region; errors stay until dismissed. */
import { useEffect } from "react";
import { dismissNotice, useAppStore } from "../../store/index.ts";
import "./notice-bar.css";

export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  useEffect(() => {
    if (!notice || notice.tone === "error") return;
    const t = setTimeout(dismissNotice, 5000);
    return () => clearTimeout(t);
  }, [notice]);
  return (
    <div className="notice-bar" role="status" aria-live="polite">
      {notice && (
        <div key={notice.id} className={`notice-bar__item notice-bar__item--${notice.tone} fade-in`}>
          <span className="notice-bar__text">{notice.text}</span>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={dismissNotice}
            aria-label="关闭提示"
          >
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
