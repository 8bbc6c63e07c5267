/**
 * The published page as it will look (the same HTML renderer as the CLI and the export), in a
 * sandboxed frame that runs no script. It follows the clerk's edits after a short pause, so typing
 * stays fast; a phone width shows how it reads on a 375 px screen. It is marked 草稿 by default
 * while something blocks the final, and as the final will be when nothing does. The page ends with
 * its one-page graphic (一图读懂), which the bar exports on its own as SVG or PNG (marked 草稿 as the
 * preview is).
 */
import { useEffect, useRef, useState } from "react";
import { renderReportHtml } from "../../render/html/render-html.ts";
import { blockingOf, reportFileText, showNotice, useAppStore } from "../../store/index.ts";
import { useExport } from "../export/use-export.ts";
import { useFrameFocus } from "../common/use-frame-focus.ts";
import "./preview.css";

const PAUSE_MS = 300;

export default function PreviewPane() {
  const report = useAppStore((s) => s.report);
  // marked 草稿 by default only while something blocks the final (decisions §4)
  const [draft, setDraft] = useState(() => (report ? blockingOf(report).length > 0 : true));
  const [html, setHtml] = useState(() =>
    report ? renderReportHtml(report, { draft, reportFile: reportFileText }) : "",
  );
  const [width, setWidth] = useState<"desktop" | "phone">("desktop");
  const frame = useRef<HTMLIFrameElement>(null);
  const run = useExport();
  const exportChart = async (kind: "svg" | "png") => {
    const result = await run(kind, draft);
    if (result && !result.ok && "blocked" in result)
      showNotice(
        `还不能导出最终版图片：报告还有 ${result.blocked.length} 个问题须先处理（错误须改正，警告须改正或在检查结果中说明原因）。勾选“显示‘草稿’标记”可导出标有草稿的图片。`,
        "error",
      );
  };
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
        <div className="preview__chart" role="group" aria-label="导出一图读懂图片">
          <span className="small">一图读懂：</span>
          <button type="button" className="button button--small" onClick={() => void exportChart("svg")}>
            导出 SVG
          </button>
          <button type="button" className="button button--small" onClick={() => void exportChart("png")}>
            导出 PNG
          </button>
        </div>
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
