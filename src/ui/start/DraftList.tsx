/**
 * The clerk's saved drafts: open, start next year's report from one, duplicate, delete (after
 * confirmation), with what still blocks each (errors red, warnings orange). With no drafts it says
 * where drafts are kept — this browser, at this exact address — and offers to open a report file.
 */
import { useEffect, useState } from "react";
import { editionForYear } from "../../model/editions/index.ts";
import {
  deleteDraft,
  duplicateDraft,
  openDraft,
  showNotice,
  listDrafts,
  startNextYearFromDraft,
  type DraftSummary,
} from "../../store/index.ts";
import { Dialog } from "../common/Dialog.tsx";
import { shortTime } from "../common/labels.ts";

/** The address drafts belong to (the browser keeps them per exact address: localhost and 127.0.0.1 are two). */
const here = () => (typeof location === "undefined" ? "" : `${location.protocol}//${location.host}/`);

function NoDrafts() {
  return (
    <div className="drafts__none">
      <p className="muted">还没有草稿。新建一份报告，或打开已有的报告文件。</p>
      <p className="small muted">
        草稿保存在本机这个浏览器中，并且只属于这个地址（<code>{here()}</code>）：用其他浏览器，或换一个地址（如
        localhost 与 127.0.0.1 是两个地址）打开时，看不到这里的草稿。在别处保存过的报告，请用报告文件（.json）打开。
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => document.querySelector<HTMLInputElement>('input[aria-label="选择要打开的报告文件"]')?.click()}
      >
        打开报告文件…
      </button>
    </div>
  );
}

function Status({ d }: { d: DraftSummary }) {
  if (d.problem) return <span className="badge badge--E">无法读取</span>;
  if (d.blocking === 0) return <span className="badge badge--ok">可以定稿</span>;
  return (
    <span className="drafts__todo">
      {d.errors > 0 && <span className="badge badge--E">错误 {d.errors}</span>}
      {d.warnings > 0 && <span className="badge badge--W">警告 {d.warnings}</span>}
      <span>项待处理</span>
    </span>
  );
}

export function DraftList({ version, onChanged }: { version: number; onChanged: () => void }) {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<DraftSummary | null>(null);

  useEffect(() => {
    let live = true;
    void listDrafts().then((r) => {
      if (!live) return;
      if (r.ok) {
        setDrafts(r.drafts);
        setProblem(null);
      } else {
        setDrafts([]);
        setProblem(r.message);
      }
    });
    return () => {
      live = false;
    };
  }, [version]);

  const act = async (fn: () => Promise<{ ok: true } | { ok: false; message: string }>, done?: string) => {
    const r = await fn();
    if (!r.ok) showNotice(r.message, "error");
    else if (done) showNotice(done);
    onChanged();
  };

  if (drafts === null) return <p className="muted">正在读取草稿……</p>;
  return (
    <>
      {problem && (
        <div className="notice notice--error" role="alert">
          <span className="notice__text">{problem}</span>
        </div>
      )}
      {drafts.length === 0 && !problem && <NoDrafts />}
      {drafts.length > 0 && (
        <ul className="drafts" aria-label="草稿列表">
          {drafts.map((d) => (
            <li key={d.id} className="drafts__item">
              <div className="drafts__info">
                <div className="drafts__title">{d.title}</div>
                <div className="drafts__meta">
                  {d.report && <span>{d.report.org.name || d.report.org.shortName}</span>}
                  {d.report && <span>{d.report.year} 年度</span>}
                  <span>最后修改：{shortTime(d.savedAt)}</span>
                </div>
                <div className="drafts__status">
                  <Status d={d} />
                  {d.problem && <span className="small muted"> {d.problem}</span>}
                </div>
              </div>
              <div className="drafts__actions">
                {d.report && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void act(() => openDraft(d.id))}
                    aria-label={`打开 ${d.title}`}
                  >
                    打开
                  </button>
                )}
                {d.report && editionForYear(d.report.year + 1) && (
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() =>
                      void act(async () => {
                        const r = await startNextYearFromDraft(d.id);
                        if (r.ok)
                          showNotice(
                            `已从这份草稿开始 ${r.year} 年度报告：带入 ${r.carried} 格数字，复制了 ${r.sections} 个部分的正文（请逐段核对）。`,
                          );
                        return r;
                      })
                    }
                    aria-label={`从 ${d.title} 开始 ${d.report.year + 1} 年度报告`}
                  >
                    开始 {d.report.year + 1} 年度
                  </button>
                )}
                {d.report && (
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => void act(() => duplicateDraft(d.id), "已复制一份草稿。")}
                    aria-label={`复制 ${d.title}`}
                  >
                    复制
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small button--quiet button--danger"
                  onClick={() => setConfirm(d)}
                  aria-label={`删除 ${d.title}`}
                >
                  删除
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {confirm && (
        <Dialog
          title="删除草稿"
          onClose={() => setConfirm(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setConfirm(null)} data-autofocus>
                取消
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  const target = confirm;
                  setConfirm(null);
                  // the dialog gave the focus back to this draft's 删除, which is going: to the list's heading
                  void act(() => deleteDraft(target.id), "草稿已删除。").then(() =>
                    document.getElementById("drafts-title")?.focus(),
                  );
                }}
              >
                删除
              </button>
            </>
          }
        >
          <p>
            确定删除“{confirm.title}”吗？最后修改于 {shortTime(confirm.savedAt)}。
          </p>
          <p className="muted small">删除后无法恢复。如需保留，请先打开草稿并导出报告文件（.json）。</p>
        </Dialog>
      )}
    </>
  );
}
