/** The app: the start page (new report, drafts, open a file) or the editor of the open report. */
import { useAppStore } from "../../store/index.ts";
import { EditorPage } from "../editor/EditorPage.tsx";
import { StartPage } from "../start/StartPage.tsx";
import { NoticeBar } from "./NoticeBar.tsx";
import { useHashRoute } from "./use-hash-route.ts";
import "./app.css";

export function App() {
  const ready = useHashRoute();
  const open = useAppStore((s) => s.report !== null);
  return (
    <>
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      {!ready ? <p className="app-loading">正在打开草稿……</p> : open ? <EditorPage /> : <StartPage />}
      <NoticeBar />
    </>
  );
}
