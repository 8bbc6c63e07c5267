/**
 * Reads the segments of one table block (table-segments.ts) against the edition's catalogue:
 * which label is which row (a group label before it gives its outer labels), which header or
 * caption starts which table and block, whether a captioned block's header row has the edition's
 * columns, where a row without labels (table 四's data row) stands. Gives back the rows to place,
 * what could not be read, and the label deviations — for this block only; the caller keeps a block
 * only when something in it was recognised, and carries the reading context to the next block
 * (a table split over pages goes on where it stopped).
 */
import type { SeenLabel } from "../rules/context.ts";
import type { Catalogue, GroupSpec, HeadSpec, Match, RowSpec } from "./catalogue.ts";
import { columnsOf, isAddedHead, type ColumnMap, type HeadCell } from "./column-heads.ts";
import type { FitContext } from "./fit-values.ts";
import { compact, fuzzyDistance, labelKey } from "./labels.ts";
import type { Ambiguity } from "./place-tables.ts";
import type { CutTable, SeenValue } from "./table-segments.ts";
import { isBlank } from "./value-text.ts";
import { joinWrapped } from "./wrapped-labels.ts";

export interface RowRead {
  readonly spec: RowSpec;
  readonly values: readonly SeenValue[];
  /** the row in words, for messages */
  readonly where: string;
  readonly fit: FitContext;
}

export type ReadItem =
  { readonly kind: "row"; readonly row: RowRead } | { readonly kind: "ambiguous"; readonly ambiguity: Ambiguity };

export type KeyedDeviation = SeenLabel & { readonly key: string };

interface BlockHead {
  readonly table: string | null;
  readonly block: number | null;
  readonly texts: readonly string[];
}

/** What reading carries from one table block to the next. */
export interface ReadContext {
  readonly table: string | null;
  /** after a caption, until the block's first row: the header texts seen */
  readonly blockHead: BlockHead | null;
  /** per `table#block`: whether its header row had the edition's columns */
  readonly blockCertain: ReadonlyMap<string, boolean>;
  /** right after a table header (a row without labels may follow) */
  readonly headerContext: boolean;
  /** the header cells seen since the last body row, where they stand */
  readonly heads: readonly HeadCell[];
  /** per `table#block`: which official column each grid column is, as its header rows said */
  readonly columns: ReadonlyMap<string, ColumnMap>;
}

export interface TableRead {
  readonly recognised: number;
  readonly items: readonly ReadItem[];
  readonly deviations: readonly KeyedDeviation[];
  readonly notes: readonly string[];
  /** label texts not recognised, in order */
  readonly unrecognised: readonly string[];
  /** per table: values that belong to no row */
  readonly orphans: ReadonlyMap<string, string[]>;
  /** per other edition: labels seen that are its official text */
  readonly foreignHits: ReadonlyMap<string, number>;
  readonly tablesSeen: ReadonlySet<string>;
  readonly rowsSeen: ReadonlySet<RowSpec>;
  readonly context: ReadContext;
}

export const startContext = (): ReadContext => ({
  table: null,
  blockHead: null,
  blockCertain: new Map(),
  headerContext: false,
  heads: [],
  columns: new Map(),
});

const CAPTION_LIKE = /^第.{1,5}条第[（(].{1,3}[)）]项$/;

interface Pending {
  /** the label text as seen; empty for a row without labels */
  readonly label: string;
  readonly match: Match | null;
  readonly labelless?: RowSpec;
  readonly outer: readonly string[];
  readonly values: SeenValue[];
}

const ids = (spec: RowSpec): string[] => spec.slots.filter((s): s is string => s !== null);

const seenValues = (values: readonly SeenValue[]) =>
  values.map((v) => (isBlank(v.cell.text) ? "（空）" : compact(v.cell.text))).join(" ");

export function readSegments(
  cat: Catalogue,
  cut: CutTable,
  start: ReadContext,
  foreign: (text: string) => string | null,
): TableRead {
  const edition = cat.edition;
  let table = start.table;
  let blockHead: { table: string | null; block: number | null; texts: string[] } | null = start.blockHead
    ? { ...start.blockHead, texts: [...start.blockHead.texts] }
    : null;
  const blockCertain = new Map(start.blockCertain);
  let headerContext = start.headerContext;
  let heads: HeadCell[] = [...start.heads];
  const columns = new Map(start.columns);
  let recognised = 0;
  const items: ReadItem[] = [];
  const deviations: KeyedDeviation[] = [];
  const notes: string[] = [];
  const unrecognised: string[] = [];
  const orphans = new Map<string, string[]>();
  const foreignHits = new Map<string, number>();
  const tablesSeen = new Set<string>();
  const rowsSeen = new Set<RowSpec>();
  let pending: Pending | null = null;
  let width = 0;
  const blanksKept = cut.blanksKept;

  const gridCols = (t: string) => edition.tables.find((d) => d.id === t)?.gridCols ?? 0;
  const section = (t: string | null, block?: number): string => {
    const def = edition.tables.find((d) => d.id === t);
    if (!def) return "表格";
    const caption =
      block === undefined
        ? undefined
        : cat.heads.find((h) => h.table === t && h.block === block && h.role === "caption");
    return caption ? `${def.section} ${caption.label}` : def.section;
  };
  const note = (text: string) => !notes.includes(text) && notes.push(text);
  const ambiguous = (a: Ambiguity) => items.push({ kind: "ambiguous", ambiguity: a });

  const deviate = (t: string, block: number, cells: string[], expected: string, seen: string, what = "标签") => {
    const other = foreign(seen);
    const where = `${section(t, what === "栏目" ? undefined : block)} ${what}${other ? `（“${seen}”是 ${other} 版的写法）` : ""}`;
    deviations.push({ key: `${t}#${expected}#${seen}`, where, cells, expected, seen });
  };
  const deviateHead = (head: HeadSpec, seen: string) =>
    deviate(head.table, head.block, [...head.cells], head.label, seen, head.role === "caption" ? "栏目" : "表头");
  const deviateHeadText = (t: string, block: number, official: string, seen: string) => {
    const head = cat.heads.find((h) => h.table === t && h.block === block && h.label === official);
    deviate(t, block, head ? [...head.cells] : [], official, seen, "表头");
  };
  const checkOuter = (spec: RowSpec | undefined, outer: readonly string[]) => {
    if (!spec) return;
    for (const raw of outer) {
      const seen = compact(raw);
      if (seen === "") continue;
      const official = spec.groups.find((g) => g === seen || fuzzyDistance(labelKey(seen), labelKey(g)) !== null);
      if (!official || official === seen) continue;
      const group: GroupSpec | undefined = cat.groups.find((g) => g.table === spec.table && g.label === official);
      deviate(spec.table, spec.block, group ? group.rows.flatMap(ids) : ids(spec), official, seen);
    }
  };

  /** The header row of a captioned block decides whether its columns are the edition's columns. */
  const closeBlockHead = (spec: RowSpec) => {
    const head = blockHead;
    blockHead = null;
    const key = `${spec.table}#${spec.block}`;
    if (blockCertain.has(key)) return;
    const expected = cat.blockHeads.get(key);
    if (!expected || !head || head.block !== spec.block) {
      blockCertain.set(key, true);
      return;
    }
    const corner = cat.blockCorner.get(key);
    const matches = (seen: string, official: string) => fuzzyDistance(labelKey(seen), labelKey(official)) !== null;
    // a spanning header repeated in each column it spans (as some converters write it) is one header
    const texts = head.texts.map(compact).filter((t, i, all) => t !== "" && t !== all[i - 1]);
    const seen = texts.filter((t) => !(corner && matches(t, corner)));
    const cornerSeen = texts.find((t) => corner && t !== corner && matches(t, corner));
    if (corner && cornerSeen) deviateHeadText(spec.table, spec.block, corner, cornerSeen);
    if (seen.length === 0) {
      blockCertain.set(key, true);
      return;
    }
    const fits = (list: readonly string[]) =>
      list.length === expected.length && list.every((t, i) => matches(t, expected[i] ?? ""));
    // a column a clerk added (备注) leaves the block's own columns as they are
    const own = seen.filter((t) => !isAddedHead(cat, t, spec.table));
    const certain = fits(seen) || (own.length < seen.length && fits(own));
    blockCertain.set(key, certain);
    if (certain && !fits(seen)) seen.splice(0, seen.length, ...own);
    if (certain)
      seen.forEach((t, i) => t !== expected[i] && deviateHeadText(spec.table, spec.block, expected[i] ?? "", t));
    else {
      const cells = cat.rows.filter((r) => r.table === spec.table && r.block === spec.block).flatMap(ids);
      deviate(spec.table, spec.block, cells, expected.join("｜"), seen.join("｜"));
    }
  };

  /** How a body row's values are fitted: the grid's widths, and the columns its header rows named. */
  const fitContext = (spec: RowSpec): FitContext => {
    const key = `${spec.table}#${spec.block}`;
    if (heads.length > 0) {
      const read = columnsOf(cat, spec.table, spec.block, heads);
      if (read) {
        columns.set(key, read.map);
        for (const a of read.added) note(`表格中“${a}”一栏不是 ${edition.id} 版表格的栏目，没有读取`);
      } else columns.delete(key);
      heads = [];
    }
    const map = columns.get(key);
    return { blanksKept, width, gridCols: gridCols(spec.table), ...(map ? { columns: map } : {}) };
  };

  const flush = () => {
    const seg = pending;
    pending = null;
    if (!seg) return;
    const nonBlank = seg.values.filter((v) => !isBlank(v.cell.text));
    if (seg.labelless) {
      rowsSeen.add(seg.labelless);
      const spec = seg.labelless;
      items.push({
        kind: "row",
        row: {
          spec,
          values: seg.values,
          where: section(spec.table),
          fit: fitContext(spec),
        },
      });
      return;
    }
    const entry = seg.match?.entry;
    if (!entry) {
      if (nonBlank.length > 0)
        ambiguous({ cells: [], seen: seenValues(seg.values), where: `${section(table)}：未识别的行“${seg.label}”` });
      else unrecognised.push(seg.label);
      return;
    }
    if (entry.kind === "group") {
      const group = entry.spec;
      checkOuter(group.rows[0], [...seg.outer, seg.label]);
      if (nonBlank.length === 0) return;
      ambiguous({
        cells: group.rows.flatMap(ids),
        seen: seenValues(seg.values),
        where: `${section(group.table)}：“${seg.label}”一行没有分项，${edition.id} 版表格在此分为 ${group.rows.length} 行（${group.rows.map((r) => r.label).join("；")}）`,
      });
      return;
    }
    if (entry.kind !== "row") return;
    const spec = entry.spec;
    rowsSeen.add(spec);
    if (!seg.match?.exact) deviate(spec.table, spec.block, ids(spec), spec.label, seg.label);
    checkOuter(spec, seg.outer);
    const where = `${section(spec.table, spec.block)} “${spec.label}”`;
    if (blockCertain.get(`${spec.table}#${spec.block}`) === false) {
      if (nonBlank.length > 0)
        ambiguous({
          cells: ids(spec),
          seen: seenValues(seg.values),
          where: `${where}：表头与 ${edition.id} 版不同，不能确定各数字所在的栏`,
        });
      return;
    }
    items.push({
      kind: "row",
      row: { spec, values: seg.values, where, fit: fitContext(spec) },
    });
  };

  /** a label without values so far, followed by another label: the first is the second's outer label */
  const chainsOnto = (prev: Pending | null): prev is Pending =>
    prev !== null && prev.values.length === 0 && !prev.labelless && (blanksKept || prev.match?.entry.kind === "group");

  const text = (raw: string, known?: Match | null) => {
    const seen = compact(raw);
    const m = known !== undefined ? known : cat.match(raw, table);
    const entry = m?.entry;
    if (!m?.exact) {
      const other = foreign(seen);
      if (other) foreignHits.set(other, (foreignHits.get(other) ?? 0) + 1);
    }
    if (entry?.kind === "head" && blockHead && blockHead.table !== null && entry.spec.table !== blockHead.table)
      blockHead = null;
    if (blockHead && (!entry || entry.kind === "head") && !(entry?.kind === "head" && entry.spec.role === "caption")) {
      // a captioned block's own header row
      flush();
      blockHead.texts.push(raw);
      if (entry) recognised++;
      return;
    }
    if (!entry) {
      if (CAPTION_LIKE.test(seen)) {
        flush();
        note(`表格中的栏目“${seen}”不属于 ${edition.id} 版表格`);
        blockHead = { table, block: null, texts: [] };
        return;
      }
      const prev = pending;
      if (chainsOnto(prev)) {
        pending = { label: seen, match: null, outer: [...prev.outer, prev.label].slice(-4), values: [] };
        return;
      }
      flush();
      pending = { label: seen, match: null, outer: [], values: [] };
      return;
    }
    recognised++;
    if (entry.kind === "head") {
      flush();
      table = entry.spec.table;
      if (m.exact) tablesSeen.add(entry.spec.table);
      else deviateHead(entry.spec, seen);
      headerContext = true;
      if (entry.spec.role === "caption") blockHead = { table: entry.spec.table, block: entry.spec.block, texts: [] };
      return;
    }
    // a row or group label
    const prev = pending;
    let outer: string[] = [];
    if (chainsOnto(prev)) {
      outer = [...prev.outer, prev.label].slice(-4);
      pending = null;
    } else flush();
    table = entry.spec.table;
    tablesSeen.add(entry.spec.table);
    headerContext = false;
    if (entry.kind === "row") closeBlockHead(entry.spec);
    pending = { label: seen, match: m, outer, values: [] };
  };

  const value = (v: SeenValue) => {
    if (pending) {
      pending.values.push(v);
      return;
    }
    if (isBlank(v.cell.text) || v.cell.vspan) return;
    const lastHead = blockHead?.texts.at(-1);
    if (blockHead && lastHead !== undefined && !cat.match(lastHead, table)) {
      // what looked like a header of an unknown block was the label of a row with values
      blockHead.texts.pop();
      pending = { label: compact(lastHead), match: null, outer: [], values: [v] };
      return;
    }
    const labelless = table ? cat.labelless.get(table) : undefined;
    if (labelless && headerContext) {
      pending = { label: "", match: null, labelless, outer: [], values: [v] };
      headerContext = false;
      recognised++;
      return;
    }
    // a block that starts with values under the heading of a table whose only body row has no label
    // (table 四 without its header rows, or its data row split off into a table of its own)
    const own = edition.sections.find((s) => s.number === cut.section)?.table;
    const ownRow = own === undefined ? undefined : cat.labelless.get(own);
    if (!started && ownRow) {
      table = ownRow.table;
      tablesSeen.add(ownRow.table);
      recognised++;
      pending = { label: "", match: null, labelless: ownRow, outer: [], values: [v] };
      return;
    }
    const key = table ?? "";
    orphans.set(key, [...(orphans.get(key) ?? []), compact(v.cell.text)]);
  };

  /** a text that is several official labels run together is read as those labels */
  const texts = (raw: string) => {
    const m = cat.match(raw, table);
    const parts = m ? null : cat.unglue(raw);
    if (parts) for (const t of parts) text(t);
    else text(raw, m);
  };

  /** a row label on a line of its own (between two parts of a split table), waiting for a row of values */
  let held = false;
  /** whether anything of the block was read yet */
  let started = false;
  for (const seg of joinWrapped(cat, cut.segments, blanksKept, table)) {
    width = seg.width;
    // a header row of a real grid: its texts with their columns, for telling the columns apart
    if (
      blanksKept &&
      seg.width > 0 &&
      seg.values.every((v) => isBlank(v.cell.text) || v.cell.vspan) &&
      seg.texts.some((t) => cat.match(t, table)?.entry.kind === "head")
    )
      seg.texts.forEach((t, i) => {
        const place = seg.places[i];
        const m = cat.match(t, table);
        // a caption starts a block of its own header rows
        if (m?.entry.kind === "head" && m.entry.spec.role === "caption") heads = [];
        else if (place) heads.push({ text: t, ...place });
      });
    if (held && seg.texts.length > 0) flush();
    held = false;
    for (const t of seg.texts) {
      texts(t);
      started ||= !isBlank(t);
    }
    for (const v of seg.values) {
      value(v);
      started ||= !isBlank(v.cell.text);
    }
    if (!blanksKept) continue;
    const p = pending as Pending | null;
    if (p && p.values.length === 0 && p.match?.entry.kind === "row" && seg.width === 1) held = true;
    else flush();
  }
  flush();
  return {
    recognised,
    items,
    deviations,
    notes,
    unrecognised,
    orphans,
    foreignHits,
    tablesSeen,
    rowsSeen,
    context: { table, blockHead, blockCertain, headerContext, heads, columns },
  };
}
