/** A table section: the official table to fill in, 空白填 0, how to enter figures quickly, and 填报口径. */
import type { EditionDef, TableDef } from "../../model/types.ts";
import { helpId, helpOfTable, sourcesText } from "../grid/counting-help.ts";
import { blankCells, fillBlanksWithZero, showNotice, useAppStore } from "../../store/index.ts";
import { TableGrid } from "../grid/TableGrid.tsx";

export function TableSection({ edition, table, heading }: { edition: EditionDef; table: TableDef; heading: string }) {
  const blanks = useAppStore((s) => (s.report ? blankCells(edition, s.report, table.id).length : 0));
  return (
    <section className="section" aria-labelledby={`h-${table.id}`}>
      <div className="section__head">
        <h2 id={`h-${table.id}`} className="section__title">
          {heading}
        </h2>
        <button
          type="button"
          className="button button--small"
          disabled={blanks === 0}
          onClick={() => {
            if (fillBlanksWithZero(table.id)) showNotice(`已将本表 ${blanks} 个空白格填为 0，可按 Ctrl+Z 撤销。`);
          }}
          title="没有发生的事项填 0；空白格在定稿时是错误"
        >
          空白填 0{blanks > 0 ? `（${blanks} 格）` : ""}
        </button>
      </div>
      <p className="section__help small muted">
        Enter 移到下一行（与 Excel 相同），Tab 移到右边一格，方向键移动，Esc 撤销本格修改；可从 Excel、WPS
        或网页表格复制多格（连同行标签也可以，标签会跳过），在起始格粘贴。灰底的总计格由系统计算。
      </p>
      {table.hints?.map((hint) => (
        <p key={hint.rule} className="section__hint small" data-hint={hint.rule}>
          <strong>请自查：</strong>
          {hint.text}
        </p>
      ))}
      <CountingHelpPanel edition={edition} table={table} />
      <TableGrid edition={edition} table={table} caption={heading} />
      <ul className="legend small" aria-label="标记说明">
        <li>
          <span className="legend__swatch legend__swatch--E" /> 错误（须改正）
        </li>
        <li>
          <span className="legend__swatch legend__swatch--W" /> 警告（改正或说明原因）
        </li>
        <li>
          <span className="legend__swatch legend__swatch--blank" /> 未填写（无则填 0）
        </li>
        <li>
          <span className="legend__swatch legend__swatch--computed" /> 自动计算
        </li>
      </ul>
    </section>
  );
}

/** 填报口径: what the table's rows count, each note with where it comes from (cells name them in their description). */
function CountingHelpPanel({ edition, table }: { edition: EditionDef; table: TableDef }) {
  const notes = helpOfTable(edition)(table);
  if (notes.length === 0) return null;
  return (
    <details className="counting-help small">
      <summary>填报口径：各行统计什么（{notes.length} 条）</summary>
      <dl>
        {notes.map((h) => (
          <div key={helpId(edition, h)} className="counting-help__note">
            <dt>{h.topic}</dt>
            <dd id={helpId(edition, h)}>
              {h.text}
              <span className="counting-help__source">{sourcesText(edition, h)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
