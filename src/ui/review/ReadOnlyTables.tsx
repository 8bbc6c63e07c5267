/** A body's three tables as read, drawn from the same view as the published page (official merges, values printed once). */
import { useMemo } from "react";
import { newReport } from "../../model/report.ts";
import { buildViewModel, type CellView, type RowView } from "../../render/view-model.ts";
import type { BodyResult } from "../../review/review-types.ts";

function Cell({ cell }: { cell: CellView }) {
  const span = {
    rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
    colSpan: cell.colspan > 1 ? cell.colspan : undefined,
  };
  if (cell.header)
    return (
      <th {...span} scope={cell.scope ?? undefined}>
        {cell.text}
      </th>
    );
  return (
    <td {...span} className={cell.kind === "value" ? "review-grid__value" : undefined}>
      {cell.text}
    </td>
  );
}

const rows = (list: readonly RowView[]) =>
  list.map((r, i) => (
    <tr key={i}>
      {r.cells.map((c, j) => (
        <Cell key={j} cell={c} />
      ))}
    </tr>
  ));

export function ReadOnlyTables({ body }: { body: BodyResult }) {
  const view = useMemo(() => {
    const report = {
      ...newReport(body.year),
      edition: body.edition,
      cells: { ...body.cells },
      units: { ...body.units },
    };
    return buildViewModel(report, { draft: false });
  }, [body]);
  return (
    <div className="review-grids">
      {view.sections.map((s) =>
        s.table ? (
          <div
            key={s.anchor}
            className="review-grid"
            role="region"
            aria-label={`${body.title}：${s.heading}`}
            tabIndex={0}
          >
            <table>
              <caption>{s.heading}</caption>
              <thead>{rows(s.table.head)}</thead>
              <tbody>{rows(s.table.body)}</tbody>
            </table>
          </div>
        ) : null,
      )}
    </div>
  );
}
