/**
 * The editor of the open report: header (title, deadline, save state, undo/redo, preview, export),
 * section navigation, the current section or the preview, and the findings panel (whose changes
 * are also read out to screen readers when the clerk pauses).
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo every edit, in cells and in text; Ctrl+H opens 查找替换.
 */
import { lazy, Suspense, useEffect } from "react";
import { getEdition } from "../../model/editions/index.ts";
import { redoEdit, showFindReplace, undoEdit, useAppStore } from "../../store/index.ts";
import { useFocusOnArrival } from "../common/use-focus-on-arrival.ts";
import { FindingsAnnouncer } from "../findings/FindingsAnnouncer.tsx";
import { FindingsPanel } from "../findings/FindingsPanel.tsx";
import { CellStatusBar } from "../grid/CellStatusBar.tsx";
import { BackupReminder } from "./BackupReminder.tsx";
import { EditorHeader } from "./EditorHeader.tsx";
import { FindReplaceDialog } from "./FindReplaceDialog.tsx";
import { SectionNav } from "./SectionNav.tsx";
import { SectionView } from "./SectionView.tsx";
import { StorageBanner } from "./StorageBanner.tsx";
import "./editor.css";

const PreviewPane = lazy(() => import("../preview/PreviewPane.tsx"));

function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      // a field outside the report (e.g. an explanation being written) keeps the browser's own undo
      if (e.target instanceof HTMLElement && e.target.closest("[data-local-undo]")) return;
      // while a dialog is open, the report behind it must not change under the clerk's eyes
      if (document.querySelector("dialog[open]")) return;
      const key = e.key.toLowerCase();
      if (key === "h" && !e.shiftKey) {
        e.preventDefault();
        showFindReplace(true);
        return;
      }
      const redo = (key === "z" && e.shiftKey) || (key === "y" && !e.shiftKey);
      const undo = key === "z" && !e.shiftKey;
      if (!undo && !redo) return;
      e.preventDefault();
      if (redo) redoEdit();
      else undoEdit();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

export function EditorPage() {
  // only the edition: the page must not re-render on every keystroke
  const editionId = useAppStore((s) => s.report?.edition);
  const view = useAppStore((s) => s.view);
  const findReplace = useAppStore((s) => s.findReplace);
  useUndoKeys();
  useFocusOnArrival();
  const edition = editionId ? getEdition(editionId) : undefined;
  if (!edition) return null;
  return (
    <div className="editor">
      <EditorHeader />
      <StorageBanner />
      <BackupReminder />
      <div className="editor__body">
        <SectionNav edition={edition} />
        <div className="editor__work">
          <main id="main" className="editor__main" tabIndex={-1}>
            {view === "preview" ? (
              <Suspense fallback={<p className="muted editor__loading">正在准备预览……</p>}>
                <PreviewPane />
              </Suspense>
            ) : (
              <SectionView edition={edition} />
            )}
          </main>
          {view === "edit" && <CellStatusBar edition={edition} />}
        </div>
        <FindingsPanel edition={edition} />
        <FindingsAnnouncer edition={edition} />
      </div>
      {findReplace && <FindReplaceDialog edition={edition} onClose={() => showFindReplace(false)} />}
    </div>
  );
}
