/**
 * 审核结果.html: the review as one self-contained page that opens from a file — no request of any
 * kind (the Content-Security-Policy allows nothing to be fetched), inline CSS, and one inline script
 * allowed by its hash (this is the reviewer's page, not the published one). The table of bodies,
 * the findings across bodies and the area's sum are written into the page (readable without the
 * script); the script (`review-page.client.js`, given as text) sorts and filters the table and shows
 * a body's findings and tables on a click, from the page's data block. Every string is escaped
 * (`html.ts`).
 */
import { getEdition } from "../../model/editions/index.ts";
import { SEVERITY_LABEL } from "../../model/report.ts";
import { buildViewModel, type CellView, type TableView } from "../../render/view-model.ts";
import { reviewRows, type ReviewRow } from "../review-rows.ts";
import type { Aggregate, ReviewResult } from "../review-types.ts";
import { jsonData, markup, raw, type Html } from "./markup.ts";
import { pageData } from "./review-page-data.ts";
import { REVIEW_PAGE_STYLE } from "./review-page-style.ts";

export interface PageOptions {
  /** the page's script, and its SHA-256 in base64 for the Content-Security-Policy */
  readonly script: string;
  readonly scriptHash: string;
  /** when the review was made (`YYYY-MM-DD HH:mm`) */
  readonly made: string;
}

/** SHA-256 of a script in base64, as a CSP hash source wants it (WebCrypto: Node and browsers alike). */
export async function scriptHash(script: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(script));
  let binary = "";
  for (const b of new Uint8Array(digest)) binary += String.fromCharCode(b);
  return btoa(binary);
}

const COLUMNS: readonly { key: string; label: string; numeric?: boolean }[] = [
  { key: "org", label: "机关" },
  { key: "kind", label: "类型" },
  { key: "status", label: "状态" },
  { key: "E", label: "错误", numeric: true },
  { key: "W", label: "警告", numeric: true },
  { key: "I", label: "提示", numeric: true },
  { key: "published", label: "发布", numeric: true },
  { key: "copied", label: "雷同" },
  { key: "crossYear", label: "跨年度", numeric: true },
  { key: "imported", label: "导入" },
  { key: "file", label: "文件" },
];

export const STATUS_FILTERS: readonly (readonly [string, string])[] = [
  ["", "全部"],
  ["须修改", "须修改"],
  ["可发布", "可发布"],
  ["无法读取", "无法读取"],
  ["缺报", "缺报"],
  ["copied", "有雷同"],
  ["late", "逾期发布"],
  ["crossYear", "跨年度不符"],
];

const STATUS_CLASS: Readonly<Record<string, string>> = { 可发布: "ok", 须修改: "bad", 无法读取: "bad", 缺报: "warn" };

function flags(row: ReviewRow): string {
  return [row.copied ? "copied" : "", row.daysLate > 0 ? "late" : "", (row.crossYear ?? 0) > 0 ? "crossYear" : ""]
    .filter((f) => f !== "")
    .join(" ");
}

function bodyRow(row: ReviewRow, i: number): Html {
  const name = row.org || row.shown;
  const count = (n: number, s: string) =>
    markup`<td class="num" data-sort="${n}">${n > 0 ? markup`<span class="n-${s}">${n}</span>` : "0"}</td>`;
  return markup`<tr
    data-row="${i}"
    data-status="${row.status}"
    data-flags="${flags(row)}"
    data-text="${`${row.org} ${row.shown.replace(/^.*[\\/]/, "")}`}"
  >
    <th scope="row" data-sort="${name}"><button type="button" class="link" data-open="${i}">${name}</button></th>
    <td data-sort="${row.orgKind}">${row.orgKind}</td>
    <td data-sort="${row.status}" class="wrap">
      <span class="status status--${STATUS_CLASS[row.status] ?? "ok"}">${row.status}</span
      >${row.reason && row.kind === "unreadable" ? markup`<span class="reason">${row.reason}</span>` : ""}
    </td>
    ${count(row.counts.E, "E")}${count(row.counts.W, "W")}${count(row.counts.I, "I")}
    <td data-sort="${row.daysLate}" ${row.daysLate > 0 ? markup` class="late"` : ""}>${row.published}</td>
    <td data-sort="${row.copied}" class="wrap">${row.copied}</td>
    <td data-sort="${row.crossYear ?? -1}" ${(row.crossYear ?? 0) > 0 ? markup` class="late"` : ""}>${row.crossYearText}</td>
    <td data-sort="${row.imported}">${row.imported}</td>
    <td data-sort="${row.shown}" class="file">${row.shown}</td>
  </tr>`;
}

function cell(c: CellView): Html {
  const attrs = markup`${c.rowspan > 1 ? markup` rowspan="${c.rowspan}"` : ""}${c.colspan > 1 ? markup` colspan="${c.colspan}"` : ""}`;
  if (c.header) return markup`<th${attrs}${c.scope ? markup` scope="${c.scope}"` : ""}>${c.text}</th>`;
  return markup`<td${attrs}${c.kind === "value" ? markup` class="v"` : ""}>${c.text}</td>`;
}

function gridTable(table: TableView, caption: string): Html {
  return markup`<div class="grid-box" tabindex="0" role="region" aria-label="${caption}">
    <table class="grid">
      <caption>${caption}</caption>
      <thead>
        ${table.head.map(
          (r) =>
            markup`<tr>
              ${r.cells.map(cell)}
            </tr>`,
        )}
      </thead>
      <tbody>
        ${table.body.map(
          (r) =>
            markup`<tr>
              ${r.cells.map(cell)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function aggregateSection(agg: Aggregate | null, area: string): Html {
  if (!agg)
    return markup`<section aria-labelledby="sum-title">
      <h2 id="sum-title">汇总</h2>
      <p>没有可读取的报告，无法汇总。</p>
    </section>`;
  const view = buildViewModel(agg.report, { draft: true });
  const tables = view.sections.flatMap((s) => (s.table ? [gridTable(s.table, `${area} 汇总 · ${s.heading}`)] : []));
  return markup`<section aria-labelledby="sum-title">
    <h2 id="sum-title">汇总：${area || "本地区"} ${agg.year} 年度（${agg.included.length} 个机关）</h2>
    <p>下列表格是计入的各机关表格逐格相加之和（合计栏由各项计算），可作为县级人民政府年度报告表格的底稿；已另存为 汇总-${agg.year}.json。</p>
    ${
      agg.notes.length > 0
        ? markup`<ul class="notes">
            ${agg.notes.map((n) => markup`<li>${n}</li>`)}
          </ul>`
        : ""
    }
    <details>
      <summary>计入的机关（${agg.included.length}）</summary>
      <ul class="cols">
        ${agg.included.map((b) => markup`<li>${b.org}</li>`)}
      </ul>
    </details>
    ${
      agg.excluded.length > 0
        ? markup`<h3>未计入（${agg.excluded.length}）</h3>
            <ul>
              ${agg.excluded.map((e) => markup`<li><strong>${e.org || e.file}</strong>：${e.reason}</li>`)}
            </ul>`
        : ""
    }
    ${tables}
  </section>`;
}

/** The page's own script, put in as it is: it must not end its element early. */
function trustedScript(script: string): Html {
  if (/<\/script/i.test(script)) throw new Error("the review page's script may not contain </script");
  return raw(script);
}

export function reviewPageHtml(result: ReviewResult, options: PageOptions): string {
  const rows = reviewRows(result);
  const year = result.year === null ? "" : `${result.year} 年度`;
  const title = `${result.area ? `${result.area} ` : ""}${year}政府信息公开工作年度报告审核结果`;
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const cards: [string, number, string][] = [
    ["报告", result.bodies.length, ""],
    ["可发布", count("可发布"), "ok"],
    ["须修改", count("须修改"), "bad"],
    ["无法读取", count("无法读取"), "bad"],
    ["缺报", count("缺报"), "warn"],
    ["跨机关问题", result.crossBody.length, "warn"],
  ];
  const edition = result.aggregate ? getEdition(result.aggregate.edition) : undefined;
  const page = markup`<!DOCTYPE html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta
          http-equiv="Content-Security-Policy"
          content="${`default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${options.scriptHash}'; base-uri 'none'; form-action 'none'`}"
        />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="generator" content="nianbao review" />
        <title>${title}</title>
        <style>
          ${raw(REVIEW_PAGE_STYLE)}
        </style>
      </head>
      <body>
        <header class="top">
          <h1>${title}</h1>
          <p>由年报编制工具生成于 ${options.made}。${edition ? `表格按 ${edition.basis} 的格式。` : ""}本页不联网，可直接用浏览器打开。</p>
        </header>
        <main id="main">
          <section aria-labelledby="cards-title">
            <h2 id="cards-title" class="visually-hidden">概况</h2>
            <ul class="cards">
              ${cards.map(([label, n, tone]) => markup`<li class="card${tone ? ` card--${tone}` : ""}"><span class="card__n">${n}</span><span class="card__label">${label}</span></li>`)}
            </ul>
          </section>
          <section aria-labelledby="bodies-title">
            <h2 id="bodies-title">各机关报告</h2>
            <div class="filters" role="search">
              <label>查找机关或文件 <input type="search" id="filter-text" autocomplete="off" /></label>
              <label>显示
                <select id="filter-status">
                  ${STATUS_FILTERS.map(([v, label]) => markup`<option value="${v}">${label}</option>`)}
                </select>
              </label>
              <p id="filter-count" class="muted" aria-live="polite">共 ${rows.length} 行</p>
            </div>
            <p class="muted">点击机关名称查看它的问题和表格；点击列名排序。</p>
            <div class="table-box" tabindex="0" role="region" aria-labelledby="bodies-title">
              <table id="bodies">
                <caption class="visually-hidden">各机关报告的审核结果</caption>
                <thead>
                  <tr>
                    ${COLUMNS.map((c, i) => markup`<th scope="col" aria-sort="none"><button type="button" data-sort-col="${i}" ${c.numeric ? markup` data-numeric="1"` : ""}>${c.label}</button></th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(bodyRow)}
                </tbody>
              </table>
            </div>
          </section>
          <section id="detail" aria-labelledby="detail-title" hidden>
            <h2 id="detail-title" tabindex="-1">机关</h2>
            <div id="detail-body"></div>
            <p><button type="button" id="detail-close">返回列表</button></p>
          </section>
          <section aria-labelledby="cross-title">
            <h2 id="cross-title">跨机关核对（${result.crossBody.length}）</h2>
            ${
              result.crossBody.length === 0
                ? markup`<p>未发现雷同文本、重复报送或其他年度的报告。</p>`
                : markup`<ul class="cross">
                    ${result.crossBody.map((c) => markup`<li><span class="sev sev--${c.severity}">${SEVERITY_LABEL[c.severity]}</span> <strong>${c.rule}</strong> ${c.message}</li>`)}
                  </ul>`
            }
            ${
              result.missing.length > 0
                ? markup`<h3>缺报（${result.missing.length}）</h3>
                    <p>${result.missing.join("、")}</p>`
                : ""
            }
          </section>
          ${aggregateSection(result.aggregate, result.area)}
        </main>
        <script type="application/json" id="review-data">${jsonData(pageData(result))}</script>
        <script>${trustedScript(options.script)}</script>
      </body>
    </html>
`;
  return page.text;
}
