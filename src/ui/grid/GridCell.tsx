/**
 * One value cell of a table: an input carrying `data-cell`, an accessible name from its row and
 * column labels, the finding marker (`aria-invalid`), last year's value as a muted figure when last
 * year's report is loaded, and a description (`aria-describedby`: its findings, last year's value,
 * its row's 填报口径). The description is shown, for the focused cell, in the bar below the work
 * area (`CellStatusBar`), never over other cells. Input cells commit every keystroke (totals and
 * findings follow at once); computed cells are read-only. Only this cell re-renders when its value
 * or mark changes.
 */
import { useCallback, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { SEVERITY_LABEL } from "../common/labels.ts";
import type { CellDef, EditionDef } from "../../model/types.ts";
import {
  chooseUnit,
  selectCellMark,
  selectCellValue,
  selectPrevValue,
  selectTyped,
  setActiveCell,
  setCellText,
  useAppStore,
  useShallow,
} from "../../store/index.ts";
import { messageIdOf, prevIdOf } from "./cell-ids.ts";
import { helpId, helpOfCell } from "./counting-help.ts";

const show = (v: number | null) => (v === null ? "" : String(v));

export interface CellKeys {
  onKeyDown(e: KeyboardEvent<HTMLInputElement>, id: string): void;
  onPaste(e: ClipboardEvent<HTMLInputElement>, id: string): void;
}

const LEVEL_TEXT = { ...SEVERITY_LABEL, blank: "未填写", explained: "已说明" } as const;

export function GridCell({
  edition,
  def,
  keys,
  colspan,
}: {
  edition: EditionDef;
  def: CellDef;
  keys: CellKeys;
  colspan: number;
}) {
  const id = def.id;
  const helps = helpOfCell(edition, id);
  // one subscription per cell (there are a few hundred on screen), compared field by field
  const { value, typed, mark, stated, unit, prev } = useAppStore(
    useShallow((s) => ({
      value: selectCellValue(id)(s),
      typed: selectTyped(id)(s),
      mark: selectCellMark(id)(s),
      stated: def.sumOf ? s.report?.cells[id] !== undefined : false,
      unit: def.unitChoice ? (s.report?.units?.[id] ?? "") : "",
      prev: selectPrevValue(id)(s),
    })),
  );
  const computed = def.sumOf !== undefined;
  const display = typed ?? show(value);
  // while the clerk types, show exactly what was typed ("1,2" on the way to "1,234")
  const [editing, setEditing] = useState<{ text: string; basis: string } | null>(null);
  const before = useRef("");
  // a click that focuses the cell keeps the whole value selected, so typing replaces it
  const justFocused = useRef(false);
  const shown = editing && editing.basis === display ? editing.text : display;

  const commit = useCallback(
    (text: string) => {
      setCellText(id, text);
      const s = useAppStore.getState();
      const after = s.report?.typed?.[id] ?? show(s.report?.cells[id] ?? null);
      setEditing({ text, basis: after });
    },
    [id, setEditing],
  );

  const msgId = messageIdOf(id);
  const described = [
    ...(mark ? [msgId] : []),
    ...(prev !== undefined ? [prevIdOf(id)] : []),
    ...helps.map((h) => helpId(edition, h)),
  ].join(" ");
  const level = mark?.level;
  const className = ["cell", computed ? "cell--computed" : "", level ? `cell--${level}` : ""].filter(Boolean).join(" ");
  return (
    <td className={className} colSpan={colspan > 1 ? colspan : undefined}>
      <div className="cell__box">
        <input
          className="cell__input"
          data-cell={id}
          aria-label={def.name}
          aria-invalid={mark?.invalid ? true : undefined}
          aria-describedby={described || undefined}
          aria-readonly={computed ? true : undefined}
          readOnly={computed}
          inputMode={def.kind === "count" ? "numeric" : "decimal"}
          autoComplete="off"
          spellCheck={false}
          value={shown}
          onChange={(e) => commit(e.target.value)}
          onFocus={(e) => {
            before.current = display;
            justFocused.current = true;
            e.target.select();
            setActiveCell(id);
          }}
          onMouseUp={(e) => {
            if (justFocused.current) e.preventDefault();
            justFocused.current = false;
          }}
          onBlur={() => {
            justFocused.current = false;
            setEditing(null);
            setActiveCell(null);
          }}
          onKeyDown={(e) => {
            justFocused.current = false;
            if (e.key === "Escape" && !computed && shown !== before.current) {
              e.preventDefault();
              commit(before.current);
              setEditing(null);
              return;
            }
            // Tab goes on to this cell's unit choice, not past it to the next cell
            if (e.key === "Tab" && !e.shiftKey && def.unitChoice) return;
            keys.onKeyDown(e, id);
          }}
          onPaste={(e) => keys.onPaste(e, id)}
        />
        {def.unitChoice && (
          <select
            className="cell__unit"
            aria-label={`${def.name} 单位`}
            value={unit}
            onChange={(e) => chooseUnit(id, e.target.value)}
          >
            <option value="">单位…</option>
            {def.unitChoice.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        )}
      </div>
      {prev !== undefined && (
        <span className="cell__prev" aria-hidden="true" title={`上年 ${prev}`}>
          {prev}
        </span>
      )}
      {prev !== undefined && (
        <span className="visually-hidden" id={prevIdOf(id)}>
          上年：{prev}
        </span>
      )}
      {mark && (
        <div className="visually-hidden" id={msgId}>
          {LEVEL_TEXT[mark.level]}：{mark.messages.join("；")}
          {computed && stated ? "（可采用计算值）" : ""}
        </div>
      )}
    </td>
  );
}

export { LEVEL_TEXT };
