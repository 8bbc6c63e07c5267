/**
 * Puts the numbers of the tables as seen into the edition's cell ids — only where the place is
 * certain (decisions §3: stated totals kept; issue 5: never guess silently). A row is recognised
 * by its label, tolerantly (labels.ts); its values are placed when their count fits the row's
 * slots. Otherwise the cells stay blank and the summary names them with what was seen there.
 * Label text that differs from the official text is reported as a deviation (rule RD-03).
 */
import { cellIndex } from "../model/editions/index.ts";
import type { CellDef, EditionDef } from "../model/types.ts";
import type { SeenLabel } from "../rules/context.ts";
import type { SeenCell, TableBlock } from "./blocks.ts";
import type { Catalogue, GroupSpec, HeadSpec, Match, RowSpec } from "./catalogue.ts";
import { compact, fuzzyDistance, labelKey } from "./labels.ts";
import { isBlank, isValueLike, readValue } from "./value-text.ts";

export interface Ambiguity {
  /** the cells that could not be placed with certainty (empty when the seen values belong to no cell) */
  readonly cells: string[];
  /** what was seen there */
  readonly seen: string;
  /** where, in words */
  readonly where: string;
}

export interface Placement {
  readonly cells: Record<string, number>;
  readonly typed: Record<string, string>;
  readonly units: Record<string, string>;
  readonly ambiguous: Ambiguity[];
  readonly deviations: SeenLabel[];
  readonly notes: string[];
  /** tables of the edition recognised in the input */
  readonly tablesSeen: Set<string>;
  /** labels recognised (a measure of whether the input held report tables at all) */
  recognised: number;
}

interface Segment {
  /** the label text as seen; empty for table 四's data row */
  readonly label: string;
  readonly match: Match | null;
  readonly labelless?: RowSpec;
  readonly outer: string[];
  readonly values: SeenCell[];
}

const CAPTION_LIKE = /^第.{1,5}条第[（(].{1,3}[)）]项$/;
const MAX_NOTES = 12;
/** a report's tables hold about 600 cells; far more is not a report, and reading it all would only take time */
const MAX_CELLS = 20_000;

class Placer {
  readonly out: Placement = {
    cells: {},
    typed: {},
    units: {},
    ambiguous: [],
    deviations: [],
    notes: [],
    tablesSeen: new Set(),
    recognised: 0,
  };
  private readonly index: ReadonlyMap<string, CellDef>;
  private readonly rowsSeen = new Set<RowSpec>();
  private readonly deviationKeys = new Set<string>();
  private readonly conflicted = new Set<string>();
  private table: string | null = null;
  /** after a caption, until the block's first row: the header texts seen */
  private blockHead: { table: string | null; block: number | null; texts: string[] } | null = null;
  private readonly blockCertain = new Map<string, boolean>();
  private segment: Segment | null = null;
  private headerContext = false;
  private blanksKept = true;
  /**
   * grid width (cells, spans expanded) of the row being read — a segment never outlives its row when
   * blanks are kept; 0 when the block is one long row (a text export without row breaks)
   */
  private rowWidth = 0;
  private readonly orphans = new Map<string, string[]>();
  private unrecognised = 0;
  private cellsRead = 0;
  /** labels seen that are another edition's official text, per edition */
  private readonly foreignHits = new Map<string, number>();

  constructor(
    private readonly cat: Catalogue,
    /** the other edition whose official text this is, if any (for messages) */
    private readonly foreignEdition: (text: string) => string | null,
  ) {
    this.index = cellIndex(cat.edition);
  }

  read(block: TableBlock): void {
    const before = {
      recognised: this.out.recognised,
      ambiguous: this.out.ambiguous.length,
      notes: this.out.notes.length,
      unrecognised: this.unrecognised,
      orphans: new Map(this.orphans),
    };
    this.readRows(block);
    if (this.out.recognised === before.recognised) {
      // nothing of a report table in it (a page's metadata table, a contact table): leave it out
      this.out.ambiguous.length = before.ambiguous;
      this.out.notes.length = before.notes;
      this.unrecognised = before.unrecognised;
      this.orphans.clear();
      for (const [k, v] of before.orphans) this.orphans.set(k, v);
      this.note(`略过了与年报表格无关的表格（${block.rows.length} 行）`);
    }
  }

  private readRows(block: TableBlock): void {
    this.blanksKept = block.blanksKept;
    rows: for (const row of block.rows) {
      this.rowWidth = block.rows.length > 1 ? row.length : 0;
      for (const cell of row) {
        if (cell.hspan) continue;
        if (++this.cellsRead > MAX_CELLS) {
          if (this.cellsRead === MAX_CELLS + 1)
            this.note(`表格内容过多（一份年报的表格约 600 格），只读取了前 ${MAX_CELLS} 格`);
          break rows;
        }
        if (cell.vspan || isBlank(cell.text) || isValueLike(cell.text)) this.value(cell);
        else this.text(cell.text);
      }
      if (this.blanksKept) this.flush();
    }
    this.flush();
  }

  finish(): Placement {
    this.flush();
    for (const [table, values] of this.orphans)
      this.out.ambiguous.push({
        cells: [],
        seen: values.join(" "),
        where: `${this.section(table)}：不能确定属于哪一行的数字`,
      });
    // rows missing from a table that was there
    for (const spec of this.cat.rows)
      if (spec.label !== "" && this.out.tablesSeen.has(spec.table) && !this.rowsSeen.has(spec))
        this.deviate(spec.table, spec.block, this.ids(spec), spec.label, "（缺少此行）");
    for (const [other, hits] of this.foreignHits)
      if (hits >= 3)
        this.note(
          `表格中有 ${hits} 处是 ${other} 版表格的写法：本年度应使用 ${this.cat.edition.id} 版（${this.cat.edition.basis}）表格`,
        );
    if (this.unrecognised > MAX_NOTES) this.note(`另有 ${this.unrecognised - MAX_NOTES} 处表格文字未能识别`);
    return this.out;
  }

  /* ---------------------------------------------------------------- cells */

  private text(raw: string): void {
    const seen = compact(raw);
    const m = this.cat.match(raw, this.table);
    const entry = m?.entry;
    if (!m?.exact) {
      const other = this.foreignEdition(seen);
      if (other) this.foreignHits.set(other, (this.foreignHits.get(other) ?? 0) + 1);
    }
    if (
      entry?.kind === "head" &&
      this.blockHead &&
      this.blockHead.table !== null &&
      entry.spec.table !== this.blockHead.table
    )
      this.blockHead = null;
    if (
      this.blockHead &&
      (!entry || entry.kind === "head") &&
      !(entry?.kind === "head" && entry.spec.role === "caption")
    ) {
      // a captioned block's own header row
      this.flush();
      this.blockHead.texts.push(raw);
      if (entry) this.out.recognised++;
      return;
    }
    if (!entry) {
      if (CAPTION_LIKE.test(seen)) {
        this.flush();
        this.note(`表格中的栏目“${seen}”不属于 ${this.cat.edition.id} 版表格`);
        this.blockHead = { table: this.table, block: null, texts: [] };
        return;
      }
      const prev = this.segment;
      if (
        prev &&
        prev.values.length === 0 &&
        !prev.labelless &&
        (this.blanksKept || prev.match?.entry.kind === "group")
      ) {
        this.segment = { label: seen, match: null, outer: [...prev.outer, prev.label].slice(-4), values: [] };
        return;
      }
      this.flush();
      this.segment = { label: seen, match: null, outer: [], values: [] };
      return;
    }
    this.out.recognised++;
    if (entry.kind === "head") {
      this.flush();
      this.table = entry.spec.table;
      if (m.exact) this.out.tablesSeen.add(entry.spec.table);
      if (!m.exact) this.deviateHead(entry.spec, seen);
      this.headerContext = true;
      if (entry.spec.role === "caption")
        this.blockHead = { table: entry.spec.table, block: entry.spec.block, texts: [] };
      return;
    }
    // a row or group label
    const prev = this.segment;
    let outer: string[] = [];
    if (
      prev &&
      prev.values.length === 0 &&
      !prev.labelless &&
      (this.blanksKept || prev.match?.entry.kind === "group")
    ) {
      outer = [...prev.outer, prev.label].slice(-4);
      this.segment = null;
    } else this.flush();
    this.table = entry.spec.table;
    this.out.tablesSeen.add(entry.spec.table);
    this.headerContext = false;
    if (entry.kind === "row") this.closeBlockHead(entry.spec);
    this.segment = { label: seen, match: m, outer, values: [] };
  }

  private value(cell: SeenCell): void {
    if (this.segment) {
      this.segment.values.push(cell);
      return;
    }
    if (isBlank(cell.text) || cell.vspan) return;
    const lastHead = this.blockHead?.texts.at(-1);
    if (this.blockHead && lastHead !== undefined && !this.cat.match(lastHead, this.table)) {
      // what looked like a header of an unknown block was the label of a row with values
      this.blockHead.texts.pop();
      this.segment = { label: compact(lastHead), match: null, outer: [], values: [cell] };
      return;
    }
    const labelless = this.table ? this.cat.labelless.get(this.table) : undefined;
    if (labelless && this.headerContext) {
      this.segment = { label: "", match: null, labelless, outer: [], values: [cell] };
      this.headerContext = false;
      return;
    }
    const key = this.table ?? "";
    this.orphans.set(key, [...(this.orphans.get(key) ?? []), compact(cell.text)]);
  }

  private flush(): void {
    const seg = this.segment;
    this.segment = null;
    if (!seg) return;
    const nonBlank = seg.values.filter((v) => !isBlank(v.text));
    const seenValues = seg.values.map((v) => (isBlank(v.text) ? "（空）" : compact(v.text))).join(" ");
    if (seg.labelless) {
      this.rowsSeen.add(seg.labelless);
      this.place(seg.labelless, seg.values, this.section(seg.labelless.table));
      return;
    }
    const entry = seg.match?.entry;
    if (!entry) {
      if (nonBlank.length > 0)
        this.out.ambiguous.push({
          cells: [],
          seen: seenValues,
          where: `${this.section(this.table)}：未识别的行“${seg.label}”`,
        });
      else if (++this.unrecognised <= MAX_NOTES) this.note(`未能识别的表格文字“${seg.label.slice(0, 40)}”`);
      return;
    }
    if (entry.kind === "group") {
      const group = entry.spec;
      this.checkOuter(group.rows[0], [...seg.outer, seg.label]);
      if (nonBlank.length === 0) return;
      const ids = group.rows.flatMap((r) => this.ids(r));
      this.out.ambiguous.push({
        cells: ids,
        seen: seenValues,
        where: `${this.section(group.table)}：“${seg.label}”一行没有分项，${this.cat.edition.id} 版表格在此分为 ${group.rows.length} 行（${group.rows.map((r) => r.label).join("；")}）`,
      });
      return;
    }
    if (entry.kind !== "row") return;
    const spec = entry.spec;
    this.rowsSeen.add(spec);
    if (!seg.match?.exact) this.deviate(spec.table, spec.block, this.ids(spec), spec.label, seg.label);
    this.checkOuter(spec, seg.outer);
    const where = `${this.section(spec.table, spec.block)} “${spec.label}”`;
    if (this.blockCertain.get(`${spec.table}#${spec.block}`) === false) {
      if (nonBlank.length > 0)
        this.out.ambiguous.push({
          cells: this.ids(spec),
          seen: seenValues,
          where: `${where}：表头与 ${this.cat.edition.id} 版不同，不能确定各数字所在的栏`,
        });
      return;
    }
    this.place(spec, seg.values, where);
  }

  /* ---------------------------------------------------------------- placing values */

  private place(spec: RowSpec, values: readonly SeenCell[], where: string): void {
    const ids = this.ids(spec);
    const slots = spec.slots;
    const nonBlank = values.filter((v) => !isBlank(v.text));
    const seenText = values.map((v) => (isBlank(v.text) ? "（空）" : compact(v.text))).join(" ");
    if (nonBlank.length === 0) return;
    let pairs: [string, SeenCell][] | null = null;
    if (this.blanksKept) {
      const cells = [...values];
      // blank cells past the last slot are an empty bordered cell — unless the row is wider than the
      // official grid: then a column was added somewhere (e.g. a 小计 column) and the values may have shifted
      const grid = this.cat.edition.tables.find((t) => t.id === spec.table)?.gridCols ?? 0;
      if (this.rowWidth <= grid) while (cells.length > slots.length && isBlank(cells.at(-1)?.text ?? "")) cells.pop();
      if (cells.length === slots.length) {
        const misfit = slots.some((s, i) => s === null && !isBlank(cells[i]?.text ?? ""));
        if (!misfit)
          pairs = slots.flatMap((s, i) => (s === null ? [] : [[s, cells[i] ?? { text: "" }] as [string, SeenCell]]));
      } else if (cells.length === ids.length) pairs = ids.map((id, i) => [id, cells[i] ?? { text: "" }]);
      else if (ids.length === 1 && nonBlank.length === 1 && ids[0] && nonBlank[0]) pairs = [[ids[0], nonBlank[0]]];
    } else if (nonBlank.length === ids.length) pairs = ids.map((id, i) => [id, nonBlank[i] ?? { text: "" }]);
    if (!pairs) {
      const lost = this.blanksKept ? "" : "（网页中空白单元格已丢失）";
      this.out.ambiguous.push({
        cells: ids,
        seen: seenText,
        where: `${where}：应有 ${ids.length} 个数，看到 ${this.blanksKept ? values.length : nonBlank.length} 个${lost}，不能确定各数字所在的栏`,
      });
      return;
    }
    for (const [id, cell] of pairs) this.put(id, cell, where);
  }

  private put(id: string, cell: SeenCell, where: string): void {
    const def = this.index.get(id);
    if (!def) return;
    if (cell.vspan) {
      this.out.ambiguous.push({ cells: [id], seen: compact(cell.text), where: `${where}：与上一行合并的单元格` });
      return;
    }
    const v = readValue(cell.text, def.kind, def.unitChoice);
    if (v.state === "blank") return;
    if (this.conflicted.has(id)) return;
    // a cell read twice (a row repeated): the same reading is kept; two different readings — a number
    // and a non-number too (a report file may hold only one of them) — leave it blank and named
    const seen = v.state === "number" ? `${v.value}${v.unit ?? ""}` : v.text;
    const number = this.out.cells[id];
    const before = number !== undefined ? `${number}${this.out.units[id] ?? ""}` : this.out.typed[id];
    if (before !== undefined) {
      if (before === seen) return;
      delete this.out.cells[id];
      delete this.out.typed[id];
      delete this.out.units[id];
      this.conflicted.add(id);
      this.out.ambiguous.push({
        cells: [id],
        seen: `${before} 和 ${seen}`,
        where: `${def.name}：表格中出现了两次，内容不同`,
      });
      return;
    }
    if (v.state === "invalid") {
      this.out.typed[id] = v.text;
      this.out.ambiguous.push({ cells: [id], seen: v.text, where: `${def.name}：${v.reason}` });
      return;
    }
    this.out.cells[id] = v.value;
    if (v.unit) this.out.units[id] = v.unit;
  }

  /* ---------------------------------------------------------------- captioned blocks */

  /** The header row of a captioned block decides whether its columns are the edition's columns. */
  private closeBlockHead(spec: RowSpec): void {
    const head = this.blockHead;
    this.blockHead = null;
    const key = `${spec.table}#${spec.block}`;
    if (this.blockCertain.has(key)) return;
    const expected = this.cat.blockHeads.get(key);
    if (!expected || !head || head.block !== spec.block) {
      this.blockCertain.set(key, true);
      return;
    }
    const corner = this.cat.blockCorner.get(key);
    const matches = (seen: string, official: string) => fuzzyDistance(labelKey(seen), labelKey(official)) !== null;
    const seen = head.texts.map(compact).filter((t) => t !== "" && !(corner && matches(t, corner)));
    const cornerSeen = head.texts.map(compact).find((t) => corner && t !== corner && matches(t, corner));
    if (corner && cornerSeen) this.deviateHeadText(spec.table, spec.block, corner, cornerSeen);
    if (seen.length === 0) {
      this.blockCertain.set(key, true);
      return;
    }
    const certain = seen.length === expected.length && seen.every((t, i) => matches(t, expected[i] ?? ""));
    this.blockCertain.set(key, certain);
    if (certain)
      seen.forEach((t, i) => t !== expected[i] && this.deviateHeadText(spec.table, spec.block, expected[i] ?? "", t));
    else {
      const cells = this.cat.rows
        .filter((r) => r.table === spec.table && r.block === spec.block)
        .flatMap((r) => this.ids(r));
      this.deviate(spec.table, spec.block, cells, expected.join("｜"), seen.join("｜"));
    }
  }

  /* ---------------------------------------------------------------- deviations */

  private checkOuter(spec: RowSpec | undefined, outer: readonly string[]): void {
    if (!spec) return;
    for (const raw of outer) {
      const seen = compact(raw);
      if (seen === "") continue;
      const official = spec.groups.find((g) => g === seen || fuzzyDistance(labelKey(seen), labelKey(g)) !== null);
      if (!official || official === seen) continue;
      const group: GroupSpec | undefined = this.cat.groups.find((g) => g.table === spec.table && g.label === official);
      this.deviate(
        spec.table,
        spec.block,
        group ? group.rows.flatMap((r) => this.ids(r)) : this.ids(spec),
        official,
        seen,
      );
    }
  }

  private deviateHead(head: HeadSpec, seen: string): void {
    this.deviate(head.table, head.block, [...head.cells], head.label, seen, head.role === "caption" ? "栏目" : "表头");
  }

  private deviateHeadText(table: string, block: number, official: string, seen: string): void {
    const head = this.cat.heads.find((h) => h.table === table && h.block === block && h.label === official);
    this.deviate(table, block, head ? [...head.cells] : [], official, seen, "表头");
  }

  private deviate(table: string, block: number, cells: string[], expected: string, seen: string, what = "标签"): void {
    const key = `${table}#${expected}#${seen}`;
    if (this.deviationKeys.has(key)) return;
    this.deviationKeys.add(key);
    const foreign = this.foreignEdition(seen);
    const where = `${this.section(table, what === "栏目" ? undefined : block)} ${what}${foreign ? `（“${seen}”是 ${foreign} 版的写法）` : ""}`;
    this.out.deviations.push({ where, cells, expected, seen });
  }

  /* ---------------------------------------------------------------- helpers */

  private ids(spec: RowSpec): string[] {
    return spec.slots.filter((s): s is string => s !== null);
  }

  private section(table: string | null, block?: number): string {
    const def = this.cat.edition.tables.find((t) => t.id === table);
    if (!def) return "表格";
    const caption =
      block === undefined
        ? undefined
        : this.cat.heads.find((h) => h.table === table && h.block === block && h.role === "caption");
    return caption ? `${def.section} ${caption.label}` : def.section;
  }

  private note(text: string): void {
    if (!this.out.notes.includes(text)) this.out.notes.push(text);
  }
}

/** Places the values of every table block; `others` are the other editions (to name a stray label's edition). */
export function placeTables(
  cat: Catalogue,
  tables: readonly TableBlock[],
  others: readonly { edition: EditionDef; texts: ReadonlySet<string> }[],
): Placement {
  const foreign = (text: string) => {
    if (cat.texts.has(text)) return null;
    return others.find((o) => o.texts.has(text))?.edition.id ?? null;
  };
  const placer = new Placer(cat, foreign);
  for (const t of tables) placer.read(t);
  return placer.finish();
}
