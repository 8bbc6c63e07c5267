/**
 * The 审核 page (`#/review`, loaded only when opened): a county's reviewer gives this year's reports
 * (and last year's, a roster), the review runs in web workers in this browser — nothing is sent
 * anywhere — and the dashboard shows what the review page 审核结果.html shows, with the workbook,
 * the area's sum and each body's 审核意见 to save.
 */
import { parseRoster } from "../../review/cross-body.ts";
import { runReview } from "../../review/review-run.ts";
import { useFocusOnArrival } from "../common/use-focus-on-arrival.ts";
import { browserReader } from "./browser-reader.ts";
import { ReviewDashboard } from "./ReviewDashboard.tsx";
import { ReviewIntake } from "./ReviewIntake.tsx";
import { getSession, updateSession, useReviewSession } from "./review-session.ts";
import "./review.css";

async function startReview(): Promise<void> {
  const s = getSession();
  const reader = browserReader(new Map([...s.files, ...s.previous]));
  updateSession({
    progress: { done: 0, total: s.files.size + s.previous.size },
    result: null,
    error: null,
    open: null,
  });
  try {
    const roster = s.roster.trim() === "" ? null : parseRoster(s.roster);
    const result = await runReview(
      { files: [...s.files.keys()], previousFiles: [...s.previous.keys()], roster, area: s.area.trim() },
      reader,
      (done, total) => updateSession({ progress: { done, total } }),
    );
    updateSession({ result });
    requestAnimationFrame(() => document.getElementById("result-title")?.focus());
  } catch (e) {
    updateSession({ error: `审核未能完成：${e instanceof Error ? e.message : String(e)}` });
  } finally {
    reader.close();
    updateSession({ progress: null });
  }
}

function Progress({ done, total }: { done: number; total: number }) {
  return (
    <div className="review-progress" role="status">
      <label>
        正在审核：已读 {done} / {total} 个文件
        <progress className="review-progress__bar" max={total} value={done} />
      </label>
    </div>
  );
}

export function ReviewPage() {
  const s = useReviewSession();
  useFocusOnArrival();
  return (
    <div className="start review">
      <header className="start__band">
        <div className="start__band-inner">
          <div className="start__emblem" aria-hidden="true">
            审核
          </div>
          <div>
            <h1 className="start__title">审核辖区年度报告</h1>
            <p className="start__subtitle">
              一次核对全县（区）各乡镇街道、部门的年度报告：表格勾稽、雷同文本、缺报、跨年度关系，并汇总全县表格
            </p>
          </div>
          <a className="button review__back" href="#/">
            返回首页
          </a>
        </div>
      </header>
      <main id="main" className="review__main" tabIndex={-1}>
        <ReviewIntake onStart={() => void startReview()} />
        {s.progress && <Progress done={s.progress.done} total={s.progress.total} />}
        {s.error && (
          <p className="review__error" role="alert">
            {s.error}
          </p>
        )}
        {s.result && <ReviewDashboard result={s.result} />}
      </main>
      <footer className="start__footer">
        审核在本机浏览器中进行，报告文件不会上传到任何地方；审核意见保存在本机浏览器中。
      </footer>
    </div>
  );
}
