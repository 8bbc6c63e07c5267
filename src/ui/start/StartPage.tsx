/** The start page: make a new report, continue a draft, bring in a report file, or go to the county's 审核 page. */
import { useCallback, useState } from "react";
import { useFocusOnArrival } from "../common/use-focus-on-arrival.ts";
import { DraftList } from "./DraftList.tsx";
import { NewReportForm } from "./NewReportForm.tsx";
import { OpenReport } from "./OpenReport.tsx";
import "./start.css";

export function StartPage() {
  // bumped when a draft is added elsewhere, so the list reloads
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useFocusOnArrival();
  return (
    <div className="start">
      <header className="start__band">
        <div className="start__band-inner">
          <div className="start__emblem" aria-hidden="true">
            年报
          </div>
          <div>
            <h1 className="start__title">政府信息公开工作年度报告编制</h1>
            <p className="start__subtitle">按国家统一格式填写表格、核对勾稽关系、生成 Word 文档和发布网页</p>
          </div>
        </div>
      </header>
      <main id="main" className="start__main" tabIndex={-1}>
        <section className="start__panel start__panel--new" aria-labelledby="new-title">
          <h2 id="new-title" className="start__panel-title">
            新建年度报告
          </h2>
          <NewReportForm />
        </section>
        <div className="start__side">
          <section className="start__panel" aria-labelledby="drafts-title">
            <h2 id="drafts-title" className="start__panel-title" tabIndex={-1}>
              我的草稿
            </h2>
            <DraftList version={version} onChanged={refresh} />
          </section>
          <section className="start__panel" aria-labelledby="open-title">
            <h2 id="open-title" className="start__panel-title">
              打开已有报告
            </h2>
            <OpenReport />
          </section>
          <section className="start__panel" aria-labelledby="review-title">
            <h2 id="review-title" className="start__panel-title">
              审核辖区报告
            </h2>
            <p className="muted small">
              县（区）政府办公室：一次审核各乡镇街道、部门报送的全部报告，查雷同文本和缺报，汇总全县表格，给各机关导出审核意见。
            </p>
            <a className="button start__review-link" href="#/review">
              进入审核页
            </a>
          </section>
        </div>
      </main>
      <footer className="start__footer">
        草稿自动保存在本机浏览器中，不会上传到任何地方。换电脑或清理浏览器前，请先“导出报告文件（.json）”。
      </footer>
    </div>
  );
}
