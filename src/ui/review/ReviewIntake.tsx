/**
 * What the reviewer gives the 审核 page: this year's reports (files or whole folders, dropped or
 * picked), last year's (optional, for the cross-year rules), the roster (the area on its first
 * line, a body a line), the area's name and who reviews. 开始审核 reads them all in web workers.
 */
import { useState, type DragEvent } from "react";
import { addFiles, droppedFiles, pickedFiles } from "./gather-files.ts";
import { updateSession, useReviewSession } from "./review-session.ts";

const PREVIOUS = "上年/";

function FilesInput({
  label,
  folder,
  onFiles,
}: {
  label: string;
  folder?: boolean;
  onFiles: (files: FileList) => void;
}) {
  return (
    <label className="button">
      <input
        type="file"
        multiple
        className="visually-hidden"
        aria-label={label}
        // a folder picker: not in React's types, so set as the attribute it is
        ref={(el) => {
          if (folder) el?.setAttribute("webkitdirectory", "");
        }}
        onChange={(e) => {
          if (e.target.files) onFiles(e.target.files);
          e.target.value = "";
        }}
      />
      {folder ? "选择文件夹…" : "选择文件…"}
    </label>
  );
}

/** A place to drop files or folders, with buttons to pick them. */
function DropZone({
  id,
  title,
  hint,
  count,
  onAdd,
  onClear,
}: {
  id: string;
  title: string;
  hint: string;
  count: number;
  onAdd: (files: [string, File][]) => void;
  onClear: () => void;
}) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void droppedFiles(e.dataTransfer).then(onAdd);
  };
  return (
    <div
      className={`review-drop${over ? " review-drop--over" : ""}`}
      data-drop={id}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h3 className="review-drop__title">{title}</h3>
      <p className="muted small">{hint}</p>
      <div className="review-drop__actions">
        <FilesInput label={`${title}：选择文件`} onFiles={(l) => onAdd(pickedFiles(l))} />
        <FilesInput label={`${title}：选择文件夹`} folder onFiles={(l) => onAdd(pickedFiles(l))} />
        <span className="review-drop__count" aria-live="polite">
          {count > 0 ? `已选 ${count} 个文件` : "还没有选择文件"}
        </span>
        {count > 0 && (
          <button type="button" className="button button--quiet button--small" onClick={onClear}>
            清空
          </button>
        )}
      </div>
    </div>
  );
}

export function ReviewIntake({ onStart }: { onStart: () => void }) {
  const s = useReviewSession();
  const [skipped, setSkipped] = useState(0);
  const add = (previous: boolean) => (files: [string, File][]) => {
    const into = new Map(previous ? s.previous : s.files);
    const { skipped: left } = addFiles(
      into,
      files.map(([name, f]) => [previous ? `${PREVIOUS}${name}` : name, f] as const),
    );
    setSkipped(left);
    updateSession(previous ? { previous: into } : { files: into });
  };
  const running = s.progress !== null && s.progress.done < s.progress.total;
  return (
    <section className="review-panel" aria-labelledby="intake-title">
      <h2 id="intake-title" className="review-panel__title">
        要审核的报告
      </h2>
      <div className="review-intake">
        <DropZone
          id="current"
          title="本年度报告"
          hint="把各机关报送的报告文件或整个文件夹拖到这里：Word（.docx）、PDF、网页（.html、.mht）、Markdown、文本或报告文件（.json），可以混在一起。"
          count={s.files.size}
          onAdd={add(false)}
          onClear={() => updateSession({ files: new Map() })}
        />
        <DropZone
          id="previous"
          title="上年度报告（可不选）"
          hint="选了上年的报告，就按机关名称对应，逐个核对上年结转、现行有效件数等跨年度关系，并查五是否照搬上年。"
          count={s.previous.size}
          onAdd={add(true)}
          onClear={() => updateSession({ previous: new Map() })}
        />
        <div className="review-intake__fields">
          <label className="field">
            <span className="field__label">名单（可不填）</span>
            <textarea
              className="textarea review-intake__roster"
              value={s.roster}
              rows={5}
              placeholder={"青山县\n城关镇人民政府\n河口镇人民政府\n……"}
              onChange={(e) => updateSession({ roster: e.target.value })}
            />
            <span className="field__hint">第一行写地区名称，其后每行一个应报送的机关：没有报告的列为缺报。</span>
          </label>
          <label className="field">
            <span className="field__label">地区名称（可不填）</span>
            <input className="input" value={s.area} onChange={(e) => updateSession({ area: e.target.value })} />
            <span className="field__hint">汇总表以它为县级人民政府的名称；不填则取名单第一行。</span>
          </label>
          <label className="field">
            <span className="field__label">审核单位（写入审核意见）</span>
            <input className="input" value={s.reviewer} onChange={(e) => updateSession({ reviewer: e.target.value })} />
          </label>
        </div>
      </div>
      {skipped > 0 && (
        <p className="muted small" role="status">
          有 {skipped} 个文件不是报告文件（如图片、表格），没有加入。
        </p>
      )}
      <div className="review-intake__go">
        <button
          type="button"
          className="button button--primary"
          disabled={s.files.size === 0 || running}
          onClick={onStart}
        >
          开始审核
        </button>
        <span className="muted small">全部在本机浏览器中计算，文件不会上传到任何地方。</span>
      </div>
    </section>
  );
}
