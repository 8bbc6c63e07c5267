/**
 * What an importer can recognise in an edition's tables, read from the declaration (never from
 * knowledge of a particular table): each body row with its row label, group labels and value
 * slots; each header, caption and note with the cells it governs; the blocks of a captioned table.
 * Built once per edition.
 */
import { perObject } from "../model/memo.ts";
import { placeSpans, spanGrid, type Placed as SpanPlaced } from "../model/grid-spans.ts";
import type { EditionDef, GridCell, TableDef } from "../model/types.ts";
import { fuzzyDistance, halfWidth, keyString, labelKey, type LabelKey } from "./labels.ts";

/** A body row of an official table. */
export interface RowSpec {
  readonly table: string;
  /** index of the captioned block the row belongs to (0 when the table has no captions) */
  readonly block: number;
  /** the innermost row label; empty for a row without labels (table 四's data row) */
  readonly label: string;
  /** outer group labels, outermost first */
  readonly groups: readonly string[];
  /** value slots in column order: a cell id, or null for an empty bordered cell */
  readonly slots: readonly (string | null)[];
  /** the grid column where each slot starts */
  readonly slotCols: readonly number[];
}

/** A label that groups several rows (e.g. `（三）不予公开`). */
export interface GroupSpec {
  readonly table: string;
  readonly label: string;
  readonly rows: readonly RowSpec[];
}

/** A header cell, caption or note. */
export interface HeadSpec {
  readonly table: string;
  readonly block: number;
  readonly label: string;
  readonly role: "caption" | "head" | "note";
  /** the value cells under it */
  readonly cells: readonly string[];
}

export type Entry =
  | { readonly kind: "row"; readonly spec: RowSpec }
  | { readonly kind: "group"; readonly spec: GroupSpec }
  | { readonly kind: "head"; readonly spec: HeadSpec };

export interface Match {
  readonly entry: Entry;
  /** the seen text equals the official label once whitespace is ignored */
  readonly exact: boolean;
}

export interface Catalogue {
  readonly edition: EditionDef;
  readonly rows: readonly RowSpec[];
  readonly groups: readonly GroupSpec[];
  readonly heads: readonly HeadSpec[];
  /** per table: the row without labels, if any */
  readonly labelless: ReadonlyMap<string, RowSpec>;
  /** per `table#block`: the expected column headers (each spanning header once, empty cells left out) */
  readonly blockHeads: ReadonlyMap<string, readonly string[]>;
  /** per `table#block`: the header over the row-label column (e.g. 信息内容) */
  readonly blockCorner: ReadonlyMap<string, string>;
  /** per `table#block`: for each grid column, the lowest header label over it (null where there is none) */
  readonly leaves: ReadonlyMap<string, readonly (string | null)[]>;
  /** every label text of the edition (for telling which edition a stray label belongs to) */
  readonly texts: ReadonlySet<string>;
  readonly match: (seen: string, table: string | null) => Match | null;
  /** official labels run together without a break (a flattened header row): the labels, else null */
  readonly unglue: (seen: string) => string[] | null;
}

type Placed = SpanPlaced<GridCell>;

/** The table's grid with every span expanded: grid[row][col] = the cell covering it. */
const expand = (table: TableDef): (Placed | undefined)[][] => spanGrid(placeSpans(table.rows.map((r) => r.cells)));

const labelText = (p: Placed | undefined): string | null => (p?.cell.type === "label" ? p.cell.text : null);

function readTable(
  table: TableDef,
  rows: RowSpec[],
  heads: HeadSpec[],
  blockHeads: Map<string, string[]>,
  blockCorner: Map<string, string>,
  leaves: Map<string, (string | null)[]>,
): void {
  const grid = expand(table);
  let block = 0;
  let hasCaptions = false;
  /** header cells waiting for the body rows they govern */
  let pending: {
    spec: { table: string; block: number; label: string; role: HeadSpec["role"] };
    from: number;
    to: number;
    cells: string[];
  }[] = [];
  const flush = () => {
    for (const p of pending) heads.push({ ...p.spec, cells: p.cells });
    pending = [];
  };
  table.rows.forEach((row, r) => {
    const line = grid[r] ?? [];
    const origins = line.filter((p, i): p is Placed => p !== undefined && line.indexOf(p) === i);
    const first = origins[0];
    const isCaption =
      row.kind !== "body" &&
      origins.length === 1 &&
      first?.cell.type === "label" &&
      first.cell.colspan === table.gridCols;
    if (isCaption && first?.cell.type === "label") {
      if (hasCaptions) {
        flush();
        block++;
      }
      hasCaptions = true;
      pending.push({
        spec: { table: table.id, block, label: first.cell.text, role: "caption" },
        from: 0,
        to: table.gridCols,
        cells: [],
      });
      return;
    }
    if (row.kind !== "body") {
      const blockKey = `${table.id}#${block}`;
      const expected = blockHeads.get(blockKey) ?? [];
      const leaf = leaves.get(blockKey) ?? Array.from({ length: table.gridCols }, (): string | null => null);
      leaves.set(blockKey, leaf);
      for (const p of origins)
        if (p.row === r && p.cell.type === "label")
          for (let c = p.col; c < p.col + p.cell.colspan; c++) leaf[c] = p.cell.text;
      for (const p of origins) {
        if (p.row !== r || p.cell.type !== "label") continue;
        const role = p.cell.note ? "note" : "head";
        pending.push({
          spec: { table: table.id, block, label: p.cell.text, role },
          from: p.col,
          to: p.col + p.cell.colspan,
          cells: [],
        });
        // a block's own column headers: those of a captioned block's header row right of the row-label column
        if (hasCaptions && p.col > 0) expected.push(p.cell.text);
        else if (hasCaptions) blockCorner.set(blockKey, p.cell.text);
      }
      if (hasCaptions) blockHeads.set(blockKey, expected);
      return;
    }
    const labels: string[] = [];
    const slots: (string | null)[] = [];
    const slotCols: number[] = [];
    for (const p of origins) {
      const text = labelText(p);
      if (text !== null) labels.push(text);
      else {
        slots.push(p.cell.type === "value" ? p.cell.id : null);
        slotCols.push(p.col);
      }
      if (p.cell.type === "value")
        for (const h of pending) if (p.col < h.to && p.col + p.cell.colspan > h.from) h.cells.push(p.cell.id);
    }
    const label = labels.at(-1) ?? "";
    rows.push({ table: table.id, block, label, groups: labels.slice(0, -1), slots, slotCols });
  });
  flush();
}

export function buildCatalogue(edition: EditionDef): Catalogue {
  const rows: RowSpec[] = [];
  const heads: HeadSpec[] = [];
  const blockHeads = new Map<string, string[]>();
  const blockCorner = new Map<string, string>();
  const leaves = new Map<string, (string | null)[]>();
  for (const table of edition.tables) readTable(table, rows, heads, blockHeads, blockCorner, leaves);

  const groupMap = new Map<string, { table: string; label: string; rows: RowSpec[] }>();
  for (const row of rows)
    for (const g of row.groups) {
      const k = `${row.table}#${g}`;
      const entry = groupMap.get(k) ?? { table: row.table, label: g, rows: [] };
      entry.rows.push(row);
      groupMap.set(k, entry);
    }
  const groups: GroupSpec[] = [...groupMap.values()];

  const labelless = new Map<string, RowSpec>();
  for (const row of rows) if (row.label === "") labelless.set(row.table, row);

  const entries: { entry: Entry; key: LabelKey; label: string }[] = [
    ...rows
      .filter((r) => r.label !== "")
      .map((spec) => ({ entry: { kind: "row", spec } as Entry, key: labelKey(spec.label), label: spec.label })),
    ...groups.map((spec) => ({
      entry: { kind: "group", spec } as Entry,
      key: labelKey(spec.label),
      label: spec.label,
    })),
    ...heads.map((spec) => ({ entry: { kind: "head", spec } as Entry, key: labelKey(spec.label), label: spec.label })),
  ];
  const byKey = new Map<string, typeof entries>();
  const byBody = new Map<string, typeof entries>();
  for (const e of entries) {
    const k = keyString(e.key);
    byKey.set(k, [...(byKey.get(k) ?? []), e]);
    byBody.set(e.key.body, [...(byBody.get(e.key.body) ?? []), e]);
  }
  // labels that another label differs from only by a numeral (第二十条第（一）项 / 第（八）项): a slip in that numeral is never forgiven
  const withoutNumerals = (l: string) => labelKey(l).body.replace(/[一二三四五六七八九十〇\d]/g, "#");
  const numeralGroups = new Map<string, Set<string>>();
  for (const e of entries) {
    const k = withoutNumerals(e.label);
    numeralGroups.set(k, (numeralGroups.get(k) ?? new Set()).add(e.label));
  }
  const numeralDistinguished = new Set(
    entries.filter((e) => (numeralGroups.get(withoutNumerals(e.label))?.size ?? 0) > 1).map((e) => e.label),
  );
  const tableOf = (e: Entry) => e.spec.table;
  const rank = (e: Entry) => (e.kind === "row" ? 0 : e.kind === "group" ? 1 : 2);
  /** among equally good candidates: the current table's, then rows before groups before headers */
  const pick = (list: readonly { entry: Entry }[], table: string | null): Entry | undefined =>
    [...list].sort(
      (a, b) =>
        Number(tableOf(b.entry) === table) - Number(tableOf(a.entry) === table) || rank(a.entry) - rank(b.entry),
    )[0]?.entry;

  const cache = new Map<string, Match | null>();
  const match = (seen: string, table: string | null): Match | null => {
    const cacheKey = `${table ?? ""}\u0000${seen}`;
    const hit = cache.get(cacheKey);
    if (hit !== undefined) return hit;
    const key = labelKey(seen);
    let result: Match | null = null;
    // the longest official label has about 40 characters: longer text is prose, not a label
    if (key.body !== "" && key.body.length <= 80) {
      const compactSeen = seen.replace(/[\s\u00a0\u3000]+/g, "");
      const exactList = byKey.get(keyString(key)) ?? (key.num === null ? byBody.get(key.body) : undefined);
      const exact = exactList ? pick(exactList, table) : undefined;
      if (exact) result = { entry: exact, exact: entryLabel(exact) === compactSeen };
      else {
        let best: { entry: Entry }[] = [];
        let bestD = Infinity;
        for (const e of entries) {
          const d = fuzzyDistance(key, e.key, !numeralDistinguished.has(e.label));
          if (d === null || d > bestD) continue;
          if (d < bestD) {
            bestD = d;
            best = [];
          }
          best.push(e);
        }
        // a typo must point at one label only (duplicates of the same text are one label)
        const distinct = new Set(best.map((b) => entryLabel(b.entry)));
        const chosen = distinct.size === 1 ? pick(best, table) : undefined;
        if (chosen) result = { entry: chosen, exact: false };
      }
    }
    if (cache.size > 5000) cache.clear();
    cache.set(cacheKey, result);
    return result;
  };

  const texts = new Set<string>(entries.map((e) => e.label));
  // longest official label first at each position; only official text, never a typo
  const pieces = [...new Set(entries.map((e) => halfWidth(e.label.replace(/\s+/g, ""))))].sort(
    (a, b) => b.length - a.length,
  );
  const original = new Map(entries.map((e) => [halfWidth(e.label.replace(/\s+/g, "")), e.label]));
  const exactPieces = (t: string): string[] | null => {
    const out: string[] = [];
    for (let at = 0; at < t.length;) {
      const piece = pieces.find((p) => t.startsWith(p, at));
      if (!piece) return null;
      out.push(original.get(piece) ?? piece);
      at += piece.length;
    }
    return out;
  };
  const unglue = (seen: string): string[] | null => {
    const t = seen.replace(/[\s\u00a0\u3000]+/g, "");
    if (t.length < 6 || t.length > 400) return null;
    const exact = exactPieces(halfWidth(t));
    if (exact && exact.length >= 2) return exact;
    // labels with their numbering (`三、…（一）…`), each recognised on its own (a typo in one of them is tolerated)
    const parts = t.split(
      /(?=[（(][一二三四五六七八九十]{1,2}[)）]|(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,2}、|(?<!\d)\d{1,2}[.、．](?!\d))/,
    );
    if (parts.length < 2 || parts.some((p) => p === "")) return null;
    return parts.every((p) => match(p, null) !== null) ? parts : null;
  };
  return { edition, rows, groups, heads, labelless, blockHeads, blockCorner, leaves, texts, match, unglue };
}

export const entryLabel = (e: Entry): string => e.spec.label;

/** What an importer can recognise in an edition, built once per edition. */
export const catalogueOf: (edition: EditionDef) => Catalogue = perObject(buildCatalogue);
