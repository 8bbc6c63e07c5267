/**
 * The app: the start page (new report, drafts, open a file), the editor of the open report, or the
 * county's 审核 page (loaded only when opened, so the first screen's script stays as small).
 */
import { lazy, Suspense } from "react";
import { useAppStore } from "../../store/index.ts";
import { SkipLinks, type SkipTarget } from "../common/SkipLinks.tsx";
import { EditorPage } from "../editor/EditorPage.tsx";
import { StartPage } from "../start/StartPage.tsx";
import { NoticeBar } from "./NoticeBar.tsx";
import { useHashRoute, useReviewRoute } from "./use-hash-route.ts";
import "../common/colors.css";
import "./app.css";

const ReviewPage = lazy(async () => ({ default: (await import("../review/ReviewPage.tsx")).ReviewPage }));

const TO_MAIN: SkipTarget = { id: "main", label: "跳到主要内容" };
const TO_FINDINGS: SkipTarget = { id: "findings-title", label: "跳到检查结果" };

export function App() {
  const ready = useHashRoute();
  const open = useAppStore((s) => s.report !== null);
  const review = useReviewRoute();
  return (
    <>
      <SkipLinks targets={open ? [TO_MAIN, TO_FINDINGS] : [TO_MAIN]} />
      {!ready ? (
        <p className="app-loading">正在打开草稿……</p>
      ) : open ? (
        <EditorPage />
      ) : review ? (
        <Suspense fallback={<p className="app-loading">正在打开审核页……</p>}>
          <ReviewPage />
        </Suspense>
      ) : (
        <StartPage />
      )}
      <NoticeBar />
    </>
  );
}
