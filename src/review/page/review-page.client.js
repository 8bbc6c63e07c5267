// The review page's script (review-page.ts puts it into 审核结果.html, allowed by its hash): sorts and
// filters the table of bodies, and shows a body's details, findings and tables when its name is
// clicked, from the page's data block (review-page-data.ts). Every element is built with
// textContent: nothing of the data is ever read as markup. No request of any kind.
(() => {
  "use strict";
  const byId = (id) => document.getElementById(id);
  const data = JSON.parse(byId("review-data").textContent);
  const table = byId("bodies");
  const tbody = table.tBodies[0];
  const rows = Array.from(tbody.rows);
  const text = byId("filter-text");
  const status = byId("filter-status");
  const count = byId("filter-count");
  const detail = byId("detail");
  const detailTitle = byId("detail-title");
  const detailBody = byId("detail-body");
  let opener = null;

  /** an element with attributes (`text` is its text) and children */
  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v;
      else e.setAttribute(k, String(v));
    }
    for (const c of children || []) e.append(c);
    return e;
  }

  function filter() {
    const q = text.value.trim().toLowerCase();
    const s = status.value;
    let shown = 0;
    for (const tr of rows) {
      const byText = q === "" || (tr.dataset.text || "").toLowerCase().includes(q);
      const byStatus = s === "" || tr.dataset.status === s || (tr.dataset.flags || "").split(" ").includes(s);
      tr.hidden = !(byText && byStatus);
      if (!tr.hidden) shown++;
    }
    count.textContent = shown === rows.length ? `共 ${rows.length} 行` : `显示 ${shown} 行，共 ${rows.length} 行`;
  }

  function sortBy(button) {
    const th = button.closest("th");
    const col = Number(button.dataset.sortCol);
    const numeric = button.dataset.numeric === "1";
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    for (const other of table.tHead.rows[0].cells) other.setAttribute("aria-sort", "none");
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const key = (tr) => tr.cells[col].dataset.sort || "";
    const order = rows.slice().sort((a, b) => {
      const c = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), "zh-CN");
      return ascending ? c : -c;
    });
    tbody.append(...order);
  }

  function findingsTable(findings) {
    const head = el(
      "tr",
      {},
      ["严重程度", "规则", "位置", "应为", "实为", "说明"].map((h) => el("th", { scope: "col", text: h })),
    );
    const body = findings.map(([rule, severityText, severity, where, expected, actual, message]) =>
      el("tr", {}, [
        el("td", {}, [el("span", { class: `sev sev--${severity}`, text: severityText })]),
        el("td", { text: rule }),
        el("td", { text: where }),
        el("td", { text: expected }),
        el("td", { text: actual }),
        el("td", { text: message }),
      ]),
    );
    return el("table", { class: "findings" }, [
      el("caption", { class: "visually-hidden", text: "本报告的问题" }),
      el("thead", {}, [head]),
      el("tbody", {}, body),
    ]);
  }

  function gridCell(c, values) {
    const [kind, what, rowspan, colspan, scope] = c;
    const attrs = {};
    if (rowspan > 1) attrs.rowspan = rowspan;
    if (colspan > 1) attrs.colspan = colspan;
    if (kind === "l") return el("th", scope ? { ...attrs, scope, text: what } : { ...attrs, text: what });
    return el("td", kind === "v" ? { ...attrs, class: "v", text: values[what] || "" } : attrs);
  }

  function grid(layout, values, title) {
    const rowsOf = (list) =>
      list.map((r) =>
        el(
          "tr",
          {},
          r.map((c) => gridCell(c, values)),
        ),
      );
    const caption = `${title} · ${layout.heading}`;
    return el("div", { class: "grid-box", tabindex: 0, role: "region", "aria-label": caption }, [
      el("table", { class: "grid" }, [
        el("caption", { text: layout.heading }),
        el("thead", {}, rowsOf(layout.head)),
        el("tbody", {}, rowsOf(layout.body)),
      ]),
    ]);
  }

  function show(i, from) {
    const row = data.rows[i];
    if (!row) return;
    detailTitle.textContent = row.title;
    const parts = [
      el(
        "dl",
        {},
        row.info.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]),
      ),
    ];
    if (row.cross.length > 0)
      parts.push(
        el("h3", { text: "跨机关核对" }),
        el(
          "ul",
          {},
          row.cross.map((m) => el("li", { text: m })),
        ),
      );
    if (row.edition) {
      parts.push(el("h3", { text: `本报告的问题（${row.findings.length}）` }));
      parts.push(
        row.findings.length === 0 ? el("p", { text: "本报告自身的检查未发现问题。" }) : findingsTable(row.findings),
      );
    }
    const layout = data.layouts[row.edition];
    if (layout && row.values.length > 0) {
      parts.push(el("h3", { text: "表格" }));
      for (const t of layout.tables) parts.push(grid(t, row.values, row.title));
    }
    detailBody.replaceChildren(...parts);
    detail.hidden = false;
    for (const tr of rows) tr.classList.toggle("is-open", tr.dataset.row === String(i));
    opener = from;
    detailTitle.focus();
  }

  function close() {
    detail.hidden = true;
    for (const tr of rows) tr.classList.remove("is-open");
    if (opener) opener.focus();
  }

  text.addEventListener("input", filter);
  status.addEventListener("change", filter);
  table.tHead.addEventListener("click", (e) => {
    const button = e.target.closest("[data-sort-col]");
    if (button) sortBy(button);
  });
  tbody.addEventListener("click", (e) => {
    const button = e.target.closest("[data-open]");
    if (button) show(Number(button.dataset.open), button);
  });
  byId("detail-close").addEventListener("click", close);
  detail.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
})();
