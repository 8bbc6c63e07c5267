/**
 * Which official column each grid column of a table as seen stands for, read from its header rows:
 * the lowest header over each column, in order, against the edition's own (catalogue `leaves`). A
 * column under a header that is no label of the edition at all (`小计`, `备注`, `序号` that a clerk
 * added) is an added column, left out; the rest must then be the official columns one for one, in
 * their order, each header matching the official one — otherwise nothing is said (null), and the
 * rows are fitted by position alone. Pure.
 */
import type { Catalogue } from "./catalogue.ts";
import { compact, fuzzyDistance, labelKey } from "./labels.ts";
import type { TextPlace } from "./table-segments.ts";

/** A header text as seen, where it stands. */
export interface HeadCell extends TextPlace {
  readonly text: string;
}

/** seen grid column → official grid column, or `added` for a column the edition does not have */
export type ColumnMap = ReadonlyMap<number, number | "added">;

export interface ColumnsRead {
  readonly map: ColumnMap;
  /** the headers of the added columns */
  readonly added: readonly string[];
}

const same = (seen: string, official: string) =>
  compact(seen) === compact(official) || fuzzyDistance(labelKey(seen), labelKey(official)) !== null;

/** A header that is no label of the edition's tables, nor a slip of one: a column a clerk added. */
export const isAddedHead = (cat: Catalogue, text: string, table: string | null): boolean =>
  compact(text) !== "" && cat.match(text, table) === null && cat.unglue(text) === null;

export function columnsOf(cat: Catalogue, table: string, block: number, seen: readonly HeadCell[]): ColumnsRead | null {
  const official = cat.leaves.get(`${table}#${block}`);
  const rows = cat.rows.filter((r) => r.table === table && r.block === block);
  if (!official || rows.length === 0 || seen.length === 0) return null;
  const valueFrom = Math.min(...rows.flatMap((r) => r.slotCols));
  // the lowest header over each seen column (a later row lies lower)
  const lowest = new Map<number, string>();
  for (const h of seen) for (let c = h.col; c < h.col + h.span; c++) if (compact(h.text) !== "") lowest.set(c, h.text);
  const columns = [...lowest].sort((a, b) => a[0] - b[0]);
  const added = columns.filter(([, t]) => isAddedHead(cat, t, table));
  const kept = columns.filter(([, t]) => !isAddedHead(cat, t, table));
  const want = official.flatMap((t, c) => (t !== null && c >= valueFrom ? [[c, t] as const] : []));
  if (want.length === 0 || kept.length < want.length) return null;
  const tail = kept.slice(kept.length - want.length);
  if (!tail.every(([, t], i) => same(t, want[i]?.[1] ?? ""))) return null;
  // what stands left of the official columns is the row-label side: the official corner, if anything
  const corner = official.slice(0, valueFrom).filter((t): t is string => t !== null);
  if (!kept.slice(0, kept.length - want.length).every(([, t]) => corner.some((o) => same(t, o)))) return null;
  const map = new Map<number, number | "added">();
  tail.forEach(([c], i) => map.set(c, want[i]?.[0] ?? -1));
  for (const [c] of added) map.set(c, "added");
  return { map, added: [...new Set(added.map(([, t]) => compact(t)))] };
}
