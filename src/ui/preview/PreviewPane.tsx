/**
 * The published page as it will look (the same HTML renderer as the CLI and the export), in a
 * sandboxed frame that runs no script. It follows the clerk's edits after a short pause, so typing
 * stays fast; a phone width shows how it reads on a 375 px screen.
 */
import { useEffect, useRef, useState } from "react";
import { renderReportHtml } from "../../render/html/render-html.ts";
import { reportFileText, useAppStore } from "../../store/index.ts";
import { useFrameFocus } from "../common/use-frame-focus.ts";
import "./preview.css";

const PAUSE_MS = 300;

export default function PreviewPane() {
  const report = useAppStore((s) => s.report);
  const [html, setHtml] = useState(() =>
    report ? renderReportHtml(report, { draft: true, reportFile: reportFileText }) : "",
  );
  const [width, setWidth] = useState<"desktop" | "phone">("desktop");
  const [draft, setDraft] = useState(true);
  const frame = useRef<HTMLIFrameElement>(null);
  const focused = useFrameFocus(frame);

  useEffect(() => {
    if (!report) return;
    const t = setTimeout(() => setHtml(renderReportHtml(report, { draft, reportFile: reportFileText })), PAUSE_MS);
    return () => clearTimeout(t);
  }, [report, draft]);

  return (
    <section className="preview" aria-labelledby="preview-title">
      <div className="preview__bar">
        <h2 id="preview-title" className="section__title">
          发布页面预览
        </h2>
        <div className="segmented" role="group" aria-label="预览宽度">
          <button
            type="button"
            className="segmented__item"
            aria-pressed={width === "desktop"}
            onClick={() => setWidth("desktop")}
          >
            电脑
          </button>
          <button
            type="button"
            className="segmented__item"
            aria-pressed={width === "phone"}
            onClick={() => setWidth("phone")}
          >
            手机（375 像素）
          </button>
        </div>
        <label className="preview__draft small">
          <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} /> 显示“草稿”标记
        </label>
      </div>
      <div className={`preview__stage preview__stage--${width}`}>
        <iframe
          ref={frame}
          className={`preview__frame${focused ? " preview__frame--focused" : ""}`}
          title="发布页面预览"
          sandbox=""
          srcDoc={html}
        />
      </div>
    </section>
  );
}
