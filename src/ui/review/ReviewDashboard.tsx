/**
 * The review at a glance, as the review page shows it: counts, the downloads (workbook, the area's
 * sum, the review page), the table of bodies — filtered by name and status, sorted by any column —
 * and, on a click, that body's details; then what was found across bodies and who went into the sum.
 */
import { useMemo, useState } from "react";
import { SEVERITY_LABEL } from "../../model/report.ts";
import { reviewRows, type ReviewRow } from "../../review/review-rows.ts";
import type { ReviewResult } from "../../review/review-types.ts";
import { showNotice } from "../../store/index.ts";
import { ReviewBodyDetail } from "./ReviewBodyDetail.tsx";
import { downloadAggregate, downloadPage, downloadWorkbook } from "./review-downloads.ts";
import { updateSession, useReviewSession } from "./review-session.ts";
import { COLUMNS, shownRows, STATUS_FILTERS, type Sort } from "./review-table.ts";

const STATUS_TONE: Readonly<Record<string, string>> = { 可发布: "ok", 须修改: "E", 无法读取: "E", 缺报: "W" };

function Cards({ result, rows }: { result: ReviewResult; rows: readonly ReviewRow[] }) {
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const cards: [string, number, string][] = [
    ["报告", result.bodies.length, ""],
    ["可发布", count("可发布"), "ok"],
    ["须修改", count("须修改"), "E"],
    ["无法读取", count("无法读取"), "E"],
    ["缺报", count("缺报"), "W"],
    ["跨机关问题", result.crossBody.length, "W"],
  ];
  return (
    <ul className="review-cards" aria-label="审核概况">
      {cards.map(([label, n, tone]) => (
        <li key={label} className={`review-card${tone ? ` review-card--${tone}` : ""}`}>
          <span className="review-card__n">{n}</span> <span className="review-card__label">{label}</span>
        </li>
      ))}
    </ul>
  );
}

function Downloads({ result }: { result: ReviewResult }) {
  const [busy, setBusy] = useState(false);
  const save = (what: () => Promise<void> | void) => async () => {
    setBusy(true);
    try {
      await what();
    } catch (e) {
      showNotice(`保存失败：${e instanceof Error ? e.message : String(e)}`, "error");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="review-downloads">
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={save(() => downloadWorkbook(result))}
      >
        下载审核结果（Excel）
      </button>
      <button
        type="button"
        className="button"
        disabled={busy || !result.aggregate}
        onClick={save(() => downloadAggregate(result))}
      >
        下载汇总报告文件（汇总-{result.year}.json）
      </button>
      <button type="button" className="button" disabled={busy} onClick={save(() => downloadPage(result))}>
        下载审核结果网页
      </button>
    </div>
  );
}

function Detail({ row, result }: { row: ReviewRow; result: ReviewResult }) {
  if (row.body) return <ReviewBodyDetail body={row.body} result={result} />;
  return (
    <section className="review-detail" aria-labelledby="review-detail-title">
      <h2 id="review-detail-title" className="review-detail__title" tabIndex={-1}>
        {row.org || row.shown}
      </h2>
      <p>
        <span className={`badge badge--${STATUS_TONE[row.status] ?? "I"}`}>{row.status}</span> {row.reason}
      </p>
    </section>
  );
}

export function ReviewDashboard({ result }: { result: ReviewResult }) {
  const { open } = useReviewSession();
  const rows = useMemo(() => reviewRows(result), [result]);
  const [text, setText] = useState("");
  const [status, setStatus] = useState("");
  const [sort, setSort] = useState<Sort | null>(null);
  const shown = useMemo(() => shownRows(rows, text, status, sort), [rows, text, status, sort]);
  const keyOf = (r: ReviewRow) => `${r.kind}:${r.file || r.org}`;
  const openRow = rows.find((r) => keyOf(r) === open);
  const agg = result.aggregate;
  return (
    <section className="review-panel" aria-labelledby="result-title">
      <h2 id="result-title" className="review-panel__title" tabIndex={-1}>
        审核结果：{result.area ? `${result.area} ` : ""}
        {result.year ?? ""} 年度
      </h2>
      <Cards result={result} rows={rows} />
      <Downloads result={result} />
      <div className="review-filters" role="search">
        <label className="field">
          <span className="field__label">查找机关或文件</span>
          <input className="input" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">显示</span>
          <select className="select" value={status} onChange={(e) => setStatus(e.target.value)}>
            {STATUS_FILTERS.map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <p className="muted small" aria-live="polite">
          {shown.length === rows.length ? `共 ${rows.length} 行` : `显示 ${shown.length} 行，共 ${rows.length} 行`}
        </p>
      </div>
      <div className="review-table" role="region" aria-label="各机关报告" tabIndex={0}>
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c, i) => (
                <th
                  key={c.label}
                  scope="col"
                  aria-sort={sort?.column === i ? (sort.ascending ? "ascending" : "descending") : "none"}
                >
                  <button
                    type="button"
                    className="review-table__sort"
                    onClick={() => setSort({ column: i, ascending: !(sort?.column === i && sort.ascending) })}
                  >
                    {c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr
                key={keyOf(r)}
                className={keyOf(r) === open ? "review-table__open" : undefined}
                data-status={r.status}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      updateSession({ open: keyOf(r) });
                      requestAnimationFrame(() => document.getElementById("review-detail-title")?.focus());
                    }}
                  >
                    {r.org || r.shown}
                  </button>
                </th>
                <td>{r.orgKind}</td>
                <td>
                  <span className={`badge badge--${STATUS_TONE[r.status] ?? "I"}`}>{r.status}</span>
                </td>
                <td className="review-table__num">{r.counts.E}</td>
                <td className="review-table__num">{r.counts.W}</td>
                <td className="review-table__num">{r.counts.I}</td>
                <td>{r.published}</td>
                <td>{r.copied}</td>
                <td>{r.crossYearText}</td>
                <td>{r.imported || r.reason}</td>
                <td className="review-table__file">{r.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {openRow && <Detail row={openRow} result={result} />}
      <section className="review-cross" aria-labelledby="cross-title">
        <h3 id="cross-title">跨机关核对（{result.crossBody.length}）</h3>
        {result.crossBody.length === 0 ? (
          <p className="muted">未发现雷同文本、重复报送或其他年度的报告。</p>
        ) : (
          <ul>
            {result.crossBody.map((c, i) => (
              <li key={i}>
                <span className={`badge badge--${c.severity}`}>{SEVERITY_LABEL[c.severity]}</span> {c.rule} {c.message}
              </li>
            ))}
          </ul>
        )}
        {result.missing.length > 0 && <p>缺报：{result.missing.join("、")}</p>}
      </section>
      {agg && (
        <section className="review-sum" aria-labelledby="sum-title">
          <h3 id="sum-title">
            汇总：{agg.included.length} 个机关计入，{agg.excluded.length} 个未计入
          </h3>
          {agg.excluded.length > 0 && (
            <ul>
              {agg.excluded.map((e) => (
                <li key={e.file}>
                  <strong>{e.org || e.file}</strong>：{e.reason}
                </li>
              ))}
            </ul>
          )}
          {agg.notes.map((n) => (
            <p key={n} className="muted small">
              {n}
            </p>
          ))}
        </section>
      )}
    </section>
  );
}
