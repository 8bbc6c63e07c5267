/**
 * The three tables as the import read them, inside the import summary: every row with its label
 * and cells, each cell marked by how it was read — a number, blank, not certain (left blank, with
 * what was seen), split from digits that ran together by the tables' arithmetic, or shown by a
 * published page otherwise than its data island holds.
 */
import type { ImportSummaryView } from "../../store/index.ts";

type Tables = ImportSummaryView["tables"];
type Cell = NonNullable<Tables[number]["rows"][number]["cells"][number]>;

const READING_TITLE: Readonly<Record<Cell["reading"], string>> = {
  read: "已读到",
  blank: "空白：原文件中没有这一格的数字",
  ambiguous: "不能确定：已留空，请核对原文件后填写",
  resolved: "按表中的勾稽关系拆分连在一起的数字所得，请核对",
  differs: "网页上显示的数字与网页中的报告数据不同：已采用网页上的数字，请核对",
};

/** what follows the number of a marked cell (the legend says what it means) */
const MARK: Readonly<Partial<Record<Cell["reading"], string>>> = { resolved: "*", differs: "!" };

function ValueCell({ cell }: { cell: Cell | null }) {
  if (cell === null) return <td className="import-tables__empty" />;
  const shown = cell.reading === "ambiguous" ? cell.text || "?" : cell.text || "·";
  return (
    <td className={`import-tables__cell import-tables__cell--${cell.reading}`} title={READING_TITLE[cell.reading]}>
      {shown}
      {MARK[cell.reading] && <span aria-hidden="true">{MARK[cell.reading]}</span>}
    </td>
  );
}

export function ImportTables({ tables }: { tables: Tables }) {
  return (
    <section className="summary__list import-tables">
      <h3>读到的表格</h3>
      <p className="small muted">
        <span className="import-tables__key import-tables__cell--blank">·</span> 空白
        <span className="import-tables__key import-tables__cell--ambiguous">?</span> 不能确定（已留空）
        <span className="import-tables__key import-tables__cell--resolved">*</span> 按勾稽关系拆分所得
        <span className="import-tables__key import-tables__cell--differs">!</span> 与网页中的报告数据不同
      </p>
      {tables.map((t) => {
        const width = Math.max(1, ...t.rows.map((r) => r.cells.length));
        let groups: readonly string[] = [];
        return (
          <table key={t.id} className="import-tables__table">
            <caption>{t.section}</caption>
            <tbody>
              {t.rows.flatMap((row, i) => {
                if (row.kind === "head")
                  return [
                    <tr key={i} className="import-tables__head">
                      <td />
                      {(row.columns ?? []).map((c, k) => (
                        <th key={k} scope="col">
                          {c}
                        </th>
                      ))}
                    </tr>,
                  ];
                if (row.kind === "caption")
                  return [
                    <tr key={i} className="import-tables__caption">
                      <th colSpan={width + 1} scope="colgroup">
                        {row.label}
                      </th>
                    </tr>,
                  ];
                const heads = row.groups.flatMap((g, k) =>
                  g === groups[k]
                    ? []
                    : [
                        <tr key={`${i}-g${k}`} className="import-tables__group">
                          <th colSpan={width + 1} scope="rowgroup" style={{ paddingLeft: `${k + 0.5}em` }}>
                            {g}
                          </th>
                        </tr>,
                      ],
                );
                groups = row.groups;
                return [
                  ...heads,
                  <tr key={i}>
                    <th scope="row" style={{ paddingLeft: `${row.groups.length + 0.5}em` }}>
                      {row.label || "（各栏）"}
                    </th>
                    {row.cells.map((c, k) => (
                      <ValueCell key={k} cell={c} />
                    ))}
                  </tr>,
                ];
              })}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
