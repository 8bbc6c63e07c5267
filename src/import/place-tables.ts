/**
 * Puts the numbers of the tables as seen into the edition's cell ids — only where the place is
 * certain (decisions §3: stated totals kept; issue 5: never guess silently). Three steps:
 * each table block is cut into label + values segments (table-segments.ts, pure); the segments are
 * read against the edition's catalogue — which label is which row, which header starts which block
 * (read-segments.ts); then the values are placed (fit-values.ts), rows whose digits ran together are
 * settled by the tables' identities (resolve-runs.ts), and a cell read twice differently is named.
 * A cell that cannot be placed with certainty stays blank and the summary names it with what was
 * seen there; label text that differs from the official text is a deviation (rule RD-03).
 */
import { cellIndex } from "../model/editions/index.ts";
import type { CellDef, EditionDef } from "../model/types.ts";
import type { SeenLabel } from "../rules/context.ts";
import type { SeenCell, TableBlock } from "./blocks.ts";
import type { Catalogue } from "./catalogue.ts";
import { forcedByDigits, isDigitRun, splitRuns } from "./digit-runs.ts";
import { fitValues } from "./fit-values.ts";
import { compact, halfWidth } from "./labels.ts";
import { MAX_TABLE_CELLS } from "./limits.ts";
import { readSegments, startContext, type RowRead, type TableRead } from "./read-segments.ts";
import { resolveRuns, type RunRow } from "./resolve-runs.ts";
import { identitiesOf } from "./table-identities.ts";
import { cutTable } from "./table-segments.ts";
import { isBlank, readValue } from "./value-text.ts";

export interface Ambiguity {
  /** the cells that could not be placed with certainty (empty when the seen values belong to no cell) */
  readonly cells: string[];
  /** what was seen there */
  readonly seen: string;
  /** where, in words */
  readonly where: string;
}

/** Cells whose numbers ran together and were split by the tables' identities. */
export interface Resolved {
  readonly cells: string[];
  /** the run(s) as seen */
  readonly seen: string;
  /** where, in words, and the numbers found */
  readonly where: string;
}

export interface Placement {
  readonly cells: Record<string, number>;
  readonly typed: Record<string, string>;
  readonly units: Record<string, string>;
  readonly ambiguous: Ambiguity[];
  readonly resolved: Resolved[];
  readonly deviations: SeenLabel[];
  readonly notes: string[];
  /** tables of the edition recognised in the input */
  readonly tablesSeen: ReadonlySet<string>;
  /** labels recognised (a measure of whether the input held report tables at all) */
  readonly recognised: number;
}

const MAX_NOTES = 12;

/** What was seen in a row's value cells, for messages. */
export const seenText = (values: readonly { cell: SeenCell }[]): string =>
  values.map((v) => (isBlank(v.cell.text) ? "（空）" : compact(v.cell.text))).join(" ");

/** The values of a row whose digits may have run together, as the runs to cut (null when they are not such runs). */
function runsOf(row: RowRead): string[][] | null {
  const nonBlank = row.values.filter((v) => !isBlank(v.cell.text));
  if (nonBlank.length === 0) return null;
  const texts = nonBlank.map((v) => halfWidth(compact(v.cell.text)));
  if (!texts.every(isDigitRun)) return null;
  // a label's number may have run into the last run (`…00000002.其他法律…`): both readings are weighed
  const readings: string[][] = [texts];
  nonBlank.forEach((v, i) => {
    for (const alt of v.cell.alternatives ?? [])
      if (isDigitRun(alt)) readings.push(readings[0]?.map((t, j) => (j === i ? alt : t)) ?? []);
  });
  return readings;
}

class Cells {
  readonly cells: Record<string, number> = {};
  readonly typed: Record<string, string> = {};
  readonly units: Record<string, string> = {};
  readonly ambiguous: Ambiguity[] = [];
  private readonly conflicted = new Set<string>();

  constructor(private readonly index: ReadonlyMap<string, CellDef>) {}

  /** Puts what a cell's text says into the cell; a cell read twice differently is left blank and named. */
  put(id: string, cell: SeenCell, where: string): void {
    const def = this.index.get(id);
    if (!def) return;
    if (cell.vspan) {
      this.ambiguous.push({ cells: [id], seen: compact(cell.text), where: `${where}：与上一行合并的单元格` });
      return;
    }
    if (cell.unclear) {
      this.ambiguous.push({ cells: [id], seen: cell.text, where: `${where}：${cell.unclear}` });
      return;
    }
    const v = readValue(cell.text, def.kind, def.unitChoice);
    if (v.state === "blank" || this.conflicted.has(id)) return;
    const seen = v.state === "number" ? `${v.value}${v.unit ?? ""}` : v.text;
    const number = this.cells[id];
    const before = number !== undefined ? `${number}${this.units[id] ?? ""}` : this.typed[id];
    if (before !== undefined) {
      if (before === seen) return;
      delete this.cells[id];
      delete this.typed[id];
      delete this.units[id];
      this.conflicted.add(id);
      this.ambiguous.push({
        cells: [id],
        seen: `${before} 和 ${seen}`,
        where: `${def.name}：表格中出现了两次，内容不同`,
      });
      return;
    }
    if (v.state === "invalid") {
      this.typed[id] = v.text;
      this.ambiguous.push({ cells: [id], seen: v.text, where: `${def.name}：${v.reason}` });
      return;
    }
    this.cells[id] = v.value;
    if (v.unit) this.units[id] = v.unit;
  }
}

/** Places the values of every table block; `others` are the other editions (to name a stray label's edition). */
export function placeTables(
  cat: Catalogue,
  tables: readonly TableBlock[],
  others: readonly { edition: EditionDef; texts: ReadonlySet<string> }[],
): Placement {
  const foreign = (text: string) =>
    cat.texts.has(text) ? null : (others.find((o) => o.texts.has(text))?.edition.id ?? null);
  const reads: TableRead[] = [];
  const notes: string[] = [];
  const note = (t: string) => !notes.includes(t) && notes.push(t);
  let context = startContext();
  let budget = MAX_TABLE_CELLS;
  for (const block of tables) {
    const cut = cutTable(block, budget);
    budget -= cut.segments.reduce((n, s) => n + s.texts.length + s.values.length, 0);
    const read = readSegments(cat, cut, context, foreign);
    if (read.recognised > 0) {
      reads.push(read);
      context = read.context;
    } else note(`略过了与年报表格无关的表格（${block.rows.length} 行）`);
    if (cut.cut) {
      note(`表格内容过多（一份年报的表格约 600 格），只读取了前 ${MAX_TABLE_CELLS} 格`);
      break;
    }
  }
  const out = new Cells(cellIndex(cat.edition));
  const deviations: SeenLabel[] = [];
  const deviationKeys = new Set<string>();
  const addDeviation = (d: SeenLabel & { key: string }) => {
    if (deviationKeys.has(d.key)) return;
    deviationKeys.add(d.key);
    deviations.push({ where: d.where, cells: d.cells, expected: d.expected, seen: d.seen });
  };
  const tablesSeen = new Set<string>();
  const rowsSeen = new Set<unknown>();
  const orphans = new Map<string, string[]>();
  const foreignHits = new Map<string, number>();
  const unrecognised: string[] = [];
  let recognised = 0;
  const runRows: { row: RowRead; runs: string[][] }[] = [];
  const resolved: Resolved[] = [];
  for (const read of reads) {
    recognised += read.recognised;
    for (const t of read.tablesSeen) tablesSeen.add(t);
    for (const s of read.rowsSeen) rowsSeen.add(s);
    for (const n of read.notes) note(n);
    for (const d of read.deviations) addDeviation(d);
    for (const [k, v] of read.orphans) orphans.set(k, [...(orphans.get(k) ?? []), ...v]);
    for (const [k, v] of read.foreignHits) foreignHits.set(k, (foreignHits.get(k) ?? 0) + v);
    unrecognised.push(...read.unrecognised);
    for (const item of read.items) {
      if (item.kind === "ambiguous") {
        out.ambiguous.push(item.ambiguity);
        continue;
      }
      const row = item.row;
      const nonBlank = row.values.filter((v) => !isBlank(v.cell.text));
      if (nonBlank.length === 0) continue;
      const pairs = row.values.some((v) => v.cell.alternatives) ? null : fitValues(row.spec, row.values, row.fit);
      if (pairs) {
        for (const [id, cell] of pairs) out.put(id, cell, row.where);
        continue;
      }
      const ids = row.spec.slots.filter((s): s is string => s !== null);
      const runs = runsOf(row);
      const shorter = row.fit.blanksKept ? row.values.length < ids.length : nonBlank.length <= ids.length;
      if (runs && shorter) {
        if (identitiesOf(cat.edition).some((idn) => idn.terms.some((t) => ids.includes(t.cell)))) {
          runRows.push({ row, runs });
          continue;
        }
        // no identity checks this row: only the digits themselves can settle it
        const forced = forcedByDigits(runs, ids.length);
        if (forced) {
          ids.forEach((id, j) => out.put(id, { text: String(forced[j] ?? "") }, row.where));
          resolved.push({
            cells: ids,
            seen: seenText(row.values),
            where: `${row.where}：数字连在一起，只有一种拆法：${forced.join(" ")}`,
          });
          continue;
        }
      }
      out.ambiguous.push({
        cells: ids,
        seen: seenText(row.values),
        where: countMessage(row, ids.length, nonBlank.length),
      });
    }
  }
  resolved.push(...settleRuns(cat, runRows, out));
  for (const [table, values] of orphans)
    out.ambiguous.push({
      cells: [],
      seen: values.join(" "),
      where: `${sectionName(cat, table)}：不能确定属于哪一行的数字`,
    });
  // rows missing from a table that was there
  for (const spec of cat.rows)
    if (spec.label !== "" && tablesSeen.has(spec.table) && !rowsSeen.has(spec))
      addDeviation({
        key: `${spec.table}#${spec.label}#（缺少此行）`,
        where: `${sectionName(cat, spec.table, spec.block)} 标签`,
        cells: spec.slots.filter((s): s is string => s !== null),
        expected: spec.label,
        seen: "（缺少此行）",
      });
  for (const [other, hits] of foreignHits)
    if (hits >= 3)
      note(
        `表格中有 ${hits} 处是 ${other} 版表格的写法：本年度应使用 ${cat.edition.id} 版（${cat.edition.basis}）表格`,
      );
  for (const u of unrecognised.slice(0, MAX_NOTES)) note(`未能识别的表格文字“${u.slice(0, 40)}”`);
  if (unrecognised.length > MAX_NOTES) note(`另有 ${unrecognised.length - MAX_NOTES} 处表格文字未能识别`);
  return {
    cells: out.cells,
    typed: out.typed,
    units: out.units,
    ambiguous: out.ambiguous,
    resolved,
    deviations,
    notes,
    tablesSeen,
    recognised,
  };
}

function countMessage(row: RowRead, wanted: number, nonBlank: number): string {
  const lost = row.fit.blanksKept ? "" : "（网页中空白单元格已丢失）";
  return `${row.where}：应有 ${wanted} 个数，看到 ${row.fit.blanksKept ? row.values.length : nonBlank} 个${lost}，不能确定各数字所在的栏`;
}

/** Rows whose digits ran together: cut every way the digits allow, then let the identities decide. */
function settleRuns(cat: Catalogue, runRows: readonly { row: RowRead; runs: string[][] }[], out: Cells): Resolved[] {
  const resolved: Resolved[] = [];
  const rows: RunRow[] = [];
  const kept: { row: RowRead; ids: string[] }[] = [];
  const taken = new Set<string>();
  for (const { row, runs } of runRows) {
    const ids = row.spec.slots.filter((s): s is string => s !== null);
    const cuts: number[][] = [];
    let tooMany = false;
    for (const reading of runs) {
      const c = splitRuns(reading, ids.length);
      if (c === null) tooMany = true;
      else cuts.push(...c);
    }
    const nonBlank = row.values.filter((v) => !isBlank(v.cell.text)).length;
    if (tooMany || cuts.length === 0 || ids.some((id) => taken.has(id) || out.cells[id] !== undefined)) {
      out.ambiguous.push({
        cells: ids,
        seen: seenText(row.values),
        where: tooMany
          ? `${row.where}：数字连在一起，可能的拆分过多，不能确定`
          : countMessage(row, ids.length, nonBlank),
      });
      continue;
    }
    for (const id of ids) taken.add(id);
    rows.push({ ids, candidates: cuts });
    kept.push({ row, ids });
  }
  const verdicts = resolveRuns(rows, out.cells, identitiesOf(cat.edition));
  verdicts.forEach((v, i) => {
    const k = kept[i];
    if (!k) return;
    const seen = seenText(k.row.values);
    if (!v.ok) {
      out.ambiguous.push({ cells: k.ids, seen, where: `${k.row.where}：数字连在一起，${v.why}` });
      return;
    }
    k.ids.forEach((id, j) => out.put(id, { text: String(v.values[j] ?? "") }, k.row.where));
    resolved.push({ cells: k.ids, seen, where: `${k.row.where}：按表中的勾稽关系拆分为 ${v.values.join(" ")}` });
  });
  return resolved;
}

export function sectionName(cat: Catalogue, table: string | null, block?: number): string {
  const def = cat.edition.tables.find((t) => t.id === table);
  if (!def) return "表格";
  const caption =
    block === undefined
      ? undefined
      : cat.heads.find((h) => h.table === table && h.block === block && h.role === "caption");
  return caption ? `${def.section} ${caption.label}` : def.section;
}
