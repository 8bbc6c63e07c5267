/** The editor's top bar: back to the start page, title and deadline, save state, undo/redo, 查找替换, preview, export. */
import { reportTitle } from "../../model/report.ts";
import {
  editionOf,
  flushSave,
  closeReport,
  redoEdit,
  setView,
  showFindReplace,
  undoEdit,
  useAppStore,
  useShallow,
} from "../../store/index.ts";
import { deadlineStatus, todayIso } from "../common/labels.ts";
import { ExportMenu } from "../export/ExportMenu.tsx";
import { SaveStatus } from "./SaveStatus.tsx";

export function EditorHeader() {
  const title = useAppStore((s) => (s.report ? reportTitle(s.report) : ""));
  const basis = useAppStore((s) => (s.report ? editionOf(s.report).basis : ""));
  const deadline = useAppStore(
    useShallow((s) => (s.report ? deadlineStatus(s.report, todayIso()) : { text: "", tone: "" as const })),
  );
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const view = useAppStore((s) => s.view);
  return (
    <header className="editor-header">
      <button
        type="button"
        className="button button--quiet editor-header__home"
        onClick={() => {
          void flushSave().then(closeReport);
        }}
        title="回到首页（草稿已自动保存）"
      >
        ‹ 首页
      </button>
      <div className="editor-header__title">
        <h1 title={title}>{title}</h1>
        <div className="editor-header__meta">
          <span>{basis} 格式</span>
          <span className={`deadline${deadline.tone ? ` deadline--${deadline.tone}` : ""}`}>{deadline.text}</span>
        </div>
      </div>
      <SaveStatus />
      <div className="editor-header__tools">
        <button
          type="button"
          className="button button--quiet"
          onClick={undoEdit}
          disabled={!canUndo}
          title="撤销（Ctrl+Z）"
          aria-keyshortcuts="Control+Z"
        >
          ↶ 撤销
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={redoEdit}
          disabled={!canRedo}
          title="重做（Ctrl+Y 或 Ctrl+Shift+Z）"
          aria-keyshortcuts="Control+Y Control+Shift+Z"
        >
          ↷ 重做
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => showFindReplace(true)}
          title="在全部正文中查找替换（Ctrl+H）"
          aria-keyshortcuts="Control+H"
        >
          查找替换
        </button>
        <div className="segmented" role="group" aria-label="视图">
          <button
            type="button"
            className="segmented__item"
            aria-pressed={view === "edit"}
            onClick={() => setView("edit")}
          >
            填写
          </button>
          <button
            type="button"
            className="segmented__item"
            aria-pressed={view === "preview"}
            onClick={() => setView("preview")}
          >
            预览发布页面
          </button>
        </div>
        <ExportMenu />
      </div>
    </header>
  );
}
