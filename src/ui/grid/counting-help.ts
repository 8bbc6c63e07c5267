/** 填报口径 for the grid: the edition's notes about a cell's row, and how their sources read. */
import { perObject } from "../../model/memo.ts";
import type { CountingHelp, EditionDef, HelpSource, TableDef } from "../../model/types.ts";

/** The notes about a cell (its id starts with one of a note's rows), in the edition's order. */
export const helpOfCell = (edition: EditionDef, cellId: string): readonly CountingHelp[] =>
  (edition.countingHelp ?? []).filter((h) => h.rows.some((row) => cellId.startsWith(`${row}.`)));

/** The notes about a table's cells. */
export const helpOfTable = perObject((edition: EditionDef) =>
  perObject((table: TableDef): readonly CountingHelp[] => {
    const ids = edition.cells.filter((c) => c.table === table.id).map((c) => c.id);
    return (edition.countingHelp ?? []).filter((h) => h.rows.some((row) => ids.some((id) => id.startsWith(`${row}.`))));
  }),
);

/** The DOM id of a note (cells name it in `aria-describedby`). */
export const helpId = (edition: EditionDef, help: CountingHelp): string =>
  `help-${edition.id}-${(edition.countingHelp ?? []).indexOf(help)}`;

/** Where a note comes from, in words. */
export function sourceText(edition: EditionDef, source: HelpSource): string {
  switch (source.kind) {
    case "label":
      return `年度报告格式（${edition.basis}）的表格原文`;
    case "inferred":
      return "由表格的勾稽关系和结构推断（格式原文未写明）";
    case "local":
      return `${source.notice}（地方要求，供参考）`;
    case "unsettled":
      return "格式未作规定";
  }
}

export const sourcesText = (edition: EditionDef, help: CountingHelp): string =>
  `出处：${help.sources.map((s) => sourceText(edition, s)).join("；")}`;
