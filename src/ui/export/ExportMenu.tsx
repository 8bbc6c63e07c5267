/**
 * 导出: the final Word document, web page and PDF (the page printed by the browser; refused, with
 * the list of what blocks them, while any error or unexplained warning remains), the same as 草稿
 * (always possible, marked 草稿), and the report file (.json) to keep or move the work. The menu
 * says that the Word file is the one to submit.
 */
import { useEffect, useRef, useState } from "react";
import { narrativeName } from "../../model/report.ts";
import type { Finding, NarrativeKey } from "../../model/types.ts";
import { editionOf, isBlankFinding, useAppStore } from "../../store/index.ts";
import { Dialog } from "../common/Dialog.tsx";
import { SEVERITY_LABEL } from "../common/labels.ts";
import { goToFinding } from "../findings/go-to-finding.ts";
import type { ExportKind } from "./export-report.ts";
import { useExport } from "./use-export.ts";
import "./export.css";

/** narrative sections the published report must not leave empty */
const BODY_SECTIONS: readonly NarrativeKey[] = ["overview", "problems", "other"];

interface Item {
  readonly kind: ExportKind;
  readonly draft: boolean;
  readonly label: string;
  readonly hint: string;
}

const ITEMS: readonly Item[] = [
  { kind: "docx", draft: false, label: "最终版 Word（.docx）", hint: "报送、盖章用" },
  { kind: "html", draft: false, label: "最终版网页（.html）", hint: "网站发布用" },
  {
    kind: "pdf",
    draft: false,
    label: "最终版 PDF（打印网页）",
    hint: "在打印窗口中另存为 PDF，作网站附件；报送请用 Word 文件",
  },
  { kind: "docx", draft: true, label: "草稿 Word（.docx）", hint: "标有“草稿”，供内部审阅" },
  { kind: "html", draft: true, label: "草稿网页（.html）", hint: "标有“草稿”" },
  { kind: "pdf", draft: true, label: "草稿 PDF（打印网页）", hint: "每页标有“草稿”" },
  { kind: "json", draft: false, label: "报告文件（.json）", hint: "保存或换电脑后继续编辑" },
];

const KIND_NAME: Readonly<Record<ExportKind, string>> = {
  docx: " Word 文档",
  html: "网页",
  pdf: " PDF",
  json: "报告文件",
  svg: "图片（一图读懂）",
  png: "图片（一图读懂）",
};

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [blocked, setBlocked] = useState<{ kind: ExportKind; findings: Finding[] } | null>(null);
  const [reminder, setReminder] = useState<{ kind: ExportKind; review: NarrativeKey[]; empty: NarrativeKey[] } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const run = useExport();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);

  const menuButton = () => root.current?.querySelector<HTMLButtonElement>(".export-menu__button") ?? null;
  const start = async (item: Item, skipReview = false) => {
    // the chosen item goes away with the menu: the focus goes back to 导出, so a dialog that
    // opens now returns it there when it closes
    if (root.current?.contains(document.activeElement)) menuButton()?.focus();
    setOpen(false);
    const report = useAppStore.getState().report;
    if (!report) return;
    if (!item.draft && item.kind !== "json" && !skipReview) {
      const review = report.review ?? [];
      const empty = BODY_SECTIONS.filter((k) => report.narrative[k].trim() === "");
      if (review.length > 0 || empty.length > 0) {
        setReminder({ kind: item.kind, review, empty });
        return;
      }
    }
    setBusy(true);
    try {
      const result = await run(item.kind, item.draft);
      if (result && !result.ok && "blocked" in result) setBlocked({ kind: item.kind, findings: result.blocked });
    } finally {
      setBusy(false);
    }
  };

  const edition = useAppStore((s) => (s.report ? editionOf(s.report) : null));
  // blank cells are listed as one line after the real problems, which they would otherwise bury
  const blanks = blocked && edition ? blocked.findings.filter((f) => isBlankFinding(edition, f)) : [];
  const problems = blocked && edition ? blocked.findings.filter((f) => !isBlankFinding(edition, f)) : [];
  const kindName = (kind: ExportKind) => KIND_NAME[kind];

  return (
    <div
      className="export-menu"
      ref={root}
      // the keyboard leaving the menu (Tab past its last item) closes it, as a click elsewhere does
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          menuButton()?.focus();
        }
      }}
    >
      <button
        type="button"
        className="button button--primary export-menu__button"
        aria-expanded={open}
        aria-controls="export-list"
        // not `disabled`: a disabled button loses the focus, which the dialogs return to it
        onClick={() => {
          if (!busy) setOpen(!open);
        }}
        aria-disabled={busy ? true : undefined}
      >
        {busy ? "正在导出…" : "导出 ▾"}
      </button>
      {open && (
        <ul id="export-list" className="export-menu__list fade-in">
          {ITEMS.map((item, i) => (
            <li key={i} className={item.kind === "json" ? "export-menu__sep" : undefined}>
              <button type="button" className="export-menu__item" onClick={() => void start(item)} autoFocus={i === 0}>
                <span>{item.label}</span>
                <span className="export-menu__hint">{item.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {blocked && edition && (
        <Dialog
          wide
          title={`还不能导出最终版${kindName(blocked.kind)}`}
          onClose={() => setBlocked(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setBlocked(null)} data-autofocus>
                返回修改
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  const kind = blocked.kind;
                  setBlocked(null);
                  void start({ kind, draft: true, label: "", hint: "" });
                }}
              >
                导出草稿{kindName(blocked.kind)}
              </button>
            </>
          }
        >
          <p>
            报告还有 <strong>{blocked.findings.length}</strong>{" "}
            个问题需要处理：错误须改正；警告须改正或在检查结果中说明原因。点击问题可直接定位。
          </p>
          <ul className="blocked-list" aria-label="阻止定稿的问题">
            {problems.slice(0, 60).map((f, i) => (
              <li key={i}>
                <span className={`badge badge--${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setBlocked(null);
                    goToFinding(edition, f);
                  }}
                >
                  {f.message}
                </button>
              </li>
            ))}
            {blanks[0] && (
              <li className="blocked-list__blanks">
                <span className="badge badge--E">{SEVERITY_LABEL.E}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setBlocked(null);
                    if (blanks[0]) goToFinding(edition, blanks[0]);
                  }}
                >
                  {blanks.length} 格未填写（没有发生的事项填 0；可在“检查结果”中点“全部空白填 0”）
                </button>
              </li>
            )}
          </ul>
          {problems.length > 60 && (
            <p className="muted small">另有 {problems.length - 60} 个问题，见右侧“检查结果”。</p>
          )}
        </Dialog>
      )}
      {reminder && (
        <Dialog
          title="导出最终版前请确认"
          onClose={() => setReminder(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setReminder(null)} data-autofocus>
                返回修改
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  const kind = reminder.kind;
                  setReminder(null);
                  void start({ kind, draft: false, label: "", hint: "" }, true);
                }}
              >
                仍然导出
              </button>
            </>
          }
        >
          {reminder.empty.length > 0 && (
            <>
              <p>以下部分还没有正文，发布的报告中会是空的：</p>
              <ul>
                {reminder.empty.map((k) => (
                  <li key={k}>{edition ? narrativeName(edition, k) : k}</li>
                ))}
              </ul>
            </>
          )}
          {reminder.review.length > 0 && (
            <>
              <p>以下部分是从去年的报告复制的，还没有标记为“已核对”：</p>
              <ul>
                {reminder.review.map((k) => (
                  <li key={k}>{edition ? narrativeName(edition, k) : k}</li>
                ))}
              </ul>
              <p className="muted small">请确认年份、数字和工作内容都已改为今年的情况。</p>
            </>
          )}
        </Dialog>
      )}
    </div>
  );
}
