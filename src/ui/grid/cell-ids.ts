/** DOM ids and lookups shared by the grid, the findings panel and the narrative editor. */

/** id of the element holding a cell's finding messages (target of `aria-describedby`) */
export const messageIdOf = (cellId: string): string => `msg-${cellId.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** id of the element holding last year's value of a cell */
export const prevIdOf = (cellId: string): string => `prev-${cellId.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** The input of a cell (computed cells too), if it is on screen. */
export const cellInput = (cellId: string, root: ParentNode = document): HTMLInputElement | null =>
  root.querySelector<HTMLInputElement>(`[data-cell="${cellId.replace(/["\\]/g, "")}"]`);

/** Focuses a cell's input and selects its text, as a spreadsheet does. */
export function focusCell(cellId: string, root: ParentNode = document): boolean {
  const input = cellInput(cellId, root);
  if (!input) return false;
  input.focus();
  input.select();
  input.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  return true;
}
