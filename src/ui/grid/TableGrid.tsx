/**
 * A table drawn from the edition's grid declaration with the official merges, so the clerk sees the
 * table they will publish, with spreadsheet entry: arrows, Tab/Shift+Tab, Enter/Shift+Enter,
 * Esc to undo the cell, and pasting a tab-separated block from the focused cell (its label column
 * and header row, when copied with it, are left out and the clerk is told).
 */
import { memo, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from "react";
import { cellIndex } from "../../model/editions/index.ts";
import type { EditionDef, TableDef } from "../../model/types.ts";
import { computedOf, pasteCells, showNotice, useAppStore } from "../../store/index.ts";
import { focusCell } from "./cell-ids.ts";
import { GridCell, type CellKeys } from "./GridCell.tsx";
import { inOrder, layoutOf, neighbour, parseBlock, planPaste, withoutLabels } from "./grid-layout.ts";
import "./grid.css";

const caretAtStart = (el: HTMLInputElement) =>
  el.readOnly || (el.selectionStart === 0 && (el.selectionEnd === 0 || el.selectionEnd === el.value.length));
const caretAtEnd = (el: HTMLInputElement) => el.readOnly || el.selectionEnd === el.value.length;

export const TableGrid = memo(function TableGrid({
  edition,
  table,
  caption,
}: {
  edition: EditionDef;
  table: TableDef;
  caption: string;
}) {
  const root = useRef<HTMLTableElement>(null);
  const layout = layoutOf(table);
  const index = cellIndex(edition);

  const keys: CellKeys = useMemo(() => {
    const isInput = (id: string) => !index.get(id)?.sumOf;
    const go = (id: string | null) => (id !== null && root.current ? focusCell(id, root.current) : false);
    return {
      onKeyDown(e: KeyboardEvent<HTMLInputElement>, id: string) {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        const el = e.currentTarget;
        let moved = false;
        switch (e.key) {
          case "ArrowUp":
            moved = go(neighbour(layout, id, "up"));
            break;
          case "ArrowDown":
            moved = go(neighbour(layout, id, "down"));
            break;
          case "ArrowLeft":
            if (caretAtStart(el)) moved = go(neighbour(layout, id, "left"));
            break;
          case "ArrowRight":
            if (caretAtEnd(el)) moved = go(neighbour(layout, id, "right"));
            break;
          case "Enter":
            moved = go(neighbour(layout, id, e.shiftKey ? "up" : "down", isInput));
            if (!moved) moved = go(inOrder(layout, id, e.shiftKey ? -1 : 1, isInput));
            if (!moved) e.preventDefault();
            break;
          case "Tab":
            moved = go(inOrder(layout, id, e.shiftKey ? -1 : 1, isInput));
            break;
          default:
            return;
        }
        if (moved) e.preventDefault();
      },
      onPaste(e: ClipboardEvent<HTMLInputElement>, id: string) {
        const pasted = parseBlock(e.clipboardData.getData("text/plain"));
        if (!pasted) return; // a single value: the input takes it as typed
        e.preventDefault();
        const { block, labelCols, labelRows } = withoutLabels(pasted);
        const skippedLabels =
          labelCols + labelRows > 0
            ? `跳过了粘贴内容中的标签（${[labelCols ? `${labelCols} 列` : "", labelRows ? `${labelRows} 行` : ""].filter(Boolean).join("、")}），只粘贴数字。`
            : "";
        const plan = planPaste(layout, id, block, isInput);
        if (!plan.ok) {
          showNotice(`${skippedLabels}${plan.message}`, "error", true);
          return;
        }
        pasteCells(plan.entries);
        const report = useAppStore.getState().report;
        const values = report ? computedOf(report).value : {};
        const differing = plan.skipped.filter(
          ([cell, text]) => text !== "" && String(values[cell] ?? "") !== text.replace(/[,\s]/g, ""),
        );
        const count = plan.entries.length;
        showNotice(
          differing.length === 0
            ? `已粘贴 ${count} 格。${skippedLabels}${plan.skipped.length > 0 ? "总计格由系统计算，未覆盖。" : ""}`
            : `已粘贴 ${count} 格。${skippedLabels}总计格由系统计算：${differing
                .map(
                  ([cell, text]) =>
                    `${index.get(cell)?.name ?? cell} 粘贴的是 ${text}，计算值为 ${values[cell] ?? "（空白）"}`,
                )
                .join("；")}，请核对原表。`,
          differing.length === 0 ? "info" : "error",
          true,
        );
      },
    };
  }, [index, layout]);

  const head = table.rows.filter((r) => r.kind === "head");
  const body = table.rows.filter((r) => r.kind !== "head");
  const renderRow = (row: (typeof table.rows)[number], r: number) => (
    <tr key={r} className={`grid__row grid__row--${row.kind}`}>
      {row.cells.map((cell, c) => {
        if (cell.type === "label") {
          const scope = cell.scope;
          return (
            <th
              key={c}
              scope={scope}
              rowSpan={cell.rowspan > 1 ? cell.rowspan : undefined}
              colSpan={cell.colspan > 1 ? cell.colspan : undefined}
              className={
                cell.note ? "grid__note" : scope === "row" || scope === "rowgroup" ? "grid__rowhead" : "grid__colhead"
              }
            >
              {cell.text}
            </th>
          );
        }
        if (cell.type === "empty")
          return (
            <td
              key={c}
              className="grid__empty"
              colSpan={cell.colspan > 1 ? cell.colspan : undefined}
              aria-hidden="true"
            />
          );
        const def = index.get(cell.id);
        if (!def) return <td key={c} />;
        return <GridCell key={cell.id} edition={edition} def={def} keys={keys} colspan={cell.colspan} />;
      })}
    </tr>
  );
  return (
    <div className="grid__scroll">
      <table ref={root} className={`grid grid--${table.id}`} data-table={table.id}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {table.colWidths.map((w, i) => (
            <col key={i} style={{ width: `${(100 * w) / table.colWidths.reduce((a, b) => a + b, 0)}%` }} />
          ))}
        </colgroup>
        {head.length > 0 && <thead>{head.map((row, r) => renderRow(row, r))}</thead>}
        <tbody>{body.map((row, r) => renderRow(row, r + head.length))}</tbody>
      </table>
    </div>
  );
});
