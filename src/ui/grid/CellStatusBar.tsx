/**
 * Below the work area of a table section, outside its scrolling (so it never covers a cell or a row
 * label): the focused cell's name, its findings (with 采用计算值 for a stated total), last year's
 * value, and its row's 填报口径 with the source; with no cell focused, what the keys do (Enter moves
 * down, as in Excel).
 */
import { cellIndex } from "../../model/editions/index.ts";
import type { EditionDef } from "../../model/types.ts";
import { adoptComputed, selectCellMark, selectPrevValue, useAppStore, useShallow } from "../../store/index.ts";
import { sectionByKey } from "../editor/section-keys.ts";
import { helpOfCell, sourcesText } from "./counting-help.ts";
import { LEVEL_TEXT } from "./GridCell.tsx";
import "./grid.css";

export const KEY_HINT =
  "Enter 移到下一行（与 Excel 相同），Shift+Enter 移到上一行；Tab 移到右边一格，Shift+Tab 左边一格；方向键移动；Esc 撤销本格修改。";

export function CellStatusBar({ edition }: { edition: EditionDef }) {
  const { section, id } = useAppStore(useShallow((s) => ({ section: s.section, id: s.activeCell })));
  const { mark, prev, stated } = useAppStore(
    useShallow((s) => ({
      mark: id ? selectCellMark(id)(s) : undefined,
      prev: id ? selectPrevValue(id)(s) : undefined,
      stated: id ? s.report?.cells[id] !== undefined : false,
    })),
  );
  if (!sectionByKey(edition, section)?.table) return null;
  const def = id ? cellIndex(edition).get(id) : undefined;
  return (
    <section className="cell-status" aria-label="当前单元格">
      {!def ? (
        <p className="cell-status__keys small">{KEY_HINT}</p>
      ) : (
        <>
          <p className="cell-status__line">
            <strong className="cell-status__name">{def.name}</strong>
            {prev !== undefined && <span className="cell-status__prev">上年：{prev}</span>}
          </p>
          {mark && (
            <p className={`cell-status__line cell-status__mark cell-status__mark--${mark.level}`}>
              <strong>{LEVEL_TEXT[mark.level]}：</strong>
              {mark.messages.join("；")}
              {def.sumOf && stated && (
                <button
                  type="button"
                  className="link-button cell-status__adopt"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => adoptComputed(def.id)}
                >
                  采用计算值
                </button>
              )}
            </p>
          )}
          {helpOfCell(edition, def.id).map((h, i) => (
            <p key={i} className="cell-status__line cell-status__help small">
              <strong>填报口径：</strong>
              {h.text}
              <span className="cell-status__source">{sourcesText(edition, h)}</span>
            </p>
          ))}
        </>
      )}
    </section>
  );
}
