/**
 * Test material for the importer, made from a report by nianbao's own view of it (the one the Word
 * and web outputs are drawn from): the report as markdown the way PDF converters and OCR/LLM tools
 * write it (pipe tables split into several with stray label lines between them, cells shifted by an
 * empty leading cell, spans repeated), as text a crawler flattened (a row's cells joined so that the
 * digits run together, rows run into each other), and with OCR slips in the labels and in names. Each
 * variant is deterministic; the cells the importer must find are the report's own.
 */
import { buildViewModel, type ParagraphView, type TableView } from "../../src/render/view-model.ts";
import type { Report } from "../../src/model/types.ts";

const paragraph = (p: ParagraphView) => [...p.head, ...p.body].map((r) => r.text).join("");

/** A table as a grid of cell texts; a span's copies are empty, or repeat the text when `repeat`. */
export function grid(table: TableView, repeat = false, label: (text: string) => string = (t) => t): string[][] {
  const rows = [...table.head, ...table.body];
  const out: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    for (const cell of row.cells) {
      const text = cell.kind === "empty" ? "" : cell.kind === "label" ? label(cell.text) : cell.text;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) {
          const line = (out[r + dr] ??= []);
          line[cell.col + dc] = dr === 0 && dc === 0 ? text : repeat && cell.kind === "label" ? text : "";
        }
    }
  });
  return out.map((line) => Array.from({ length: table.gridCols }, (_, i) => line[i] ?? ""));
}

interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly table: TableView | null;
}

function documentOf(report: Report): { title: string; preamble: string[]; sections: Section[]; closing: string[] } {
  const view = buildViewModel(report, { draft: false });
  return {
    title: view.title,
    preamble: view.preamble.map(paragraph),
    sections: view.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.map(paragraph),
      table: s.table,
    })),
    closing: [...view.closing],
  };
}

const pipe = (cells: readonly string[]) =>
  `| ${cells.map((c) => c.replace(/\n/g, "<br>").replace(/\|/g, "\\|")).join(" | ")} |`;
const delimiter = (n: number) => `|${Array.from({ length: n }, () => "---").join("|")}|`;

export interface MarkdownOptions {
  /** split a table at each block and group label, the label on a line of its own between the parts */
  readonly split?: boolean;
  /** repeat a span's text in each cell it covers (as some OCR/LLM tools do) */
  readonly repeatSpans?: boolean;
  /** leave out the cells a rowspan from above covers (as converters that copy the HTML rows do) */
  readonly omitCovered?: boolean;
  /** OCR slips made in the tables' labels (see `labelSlips`) */
  readonly slips?: LabelSlips;
}

/** Whether grid cell (r, c) is empty because a label above spans down over it. */
function coveredFromAbove(rows: readonly string[][], r: number, c: number): boolean {
  for (let k = r - 1; k >= 0; k--) {
    const above = rows[k]?.[c] ?? "";
    if (above !== "") return !/^\d/.test(above);
  }
  return false;
}

/** Rows that start a part of their own when a table is split: a caption, or the first row under a group label. */
function splitPoints(rows: readonly string[][]): Map<number, string> {
  const at = new Map<number, string>();
  rows.forEach((row, r) => {
    const first = row[0] ?? "";
    if (r > 0 && row.every((c) => c === first || c === "") && /^第.+条第/.test(first)) at.set(r, first);
    const group = row[1] ?? "";
    if (r > 0 && /^（[三四五六]）/.test(group) && group !== (rows[r - 1]?.[1] ?? "")) at.set(r, group);
  });
  return at;
}

export function toMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const doc = documentOf(report);
  const lines = [`# ${doc.title}`, "", ...doc.preamble.flatMap((p) => [p, ""])];
  for (const s of doc.sections) {
    lines.push(`## ${s.heading}`, "");
    for (const p of s.paragraphs) lines.push(p, "");
    if (!s.table) continue;
    const rows = grid(s.table, options.repeatSpans, options.slips?.slip);
    const cuts = options.split ? splitPoints(rows) : new Map<number, string>();
    let open = false;
    rows.forEach((row, r) => {
      const label = cuts.get(r);
      let cells = row;
      if (label !== undefined) {
        lines.push("", label, "");
        open = false;
        // a caption row is the stray line itself; under a group label the rows start with empty cells
        if (/^第/.test(label)) return;
        cells = row.map((c) => (c === label ? "" : c));
      }
      // a converter that drops the cells a rowspan covers: the row starts further left
      if (options.omitCovered && r > 0)
        cells = cells.filter((c, i) => c !== "" || i >= 3 || !coveredFromAbove(rows, r, i));
      if (!open) lines.push(pipe(cells), delimiter(cells.length));
      else lines.push(pipe(cells));
      open = true;
    });
    lines.push("");
  }
  lines.push(...doc.closing);
  return lines.join("\n");
}

export interface FlattenOptions {
  /** the whole table on one line (rows run into each other), else one row a line */
  readonly oneLine?: boolean;
  readonly slips?: LabelSlips;
}

/** The report as a crawler flattened it: a table row's cell texts joined without any separator. */
export function toFlattened(report: Report, options: FlattenOptions = {}): string {
  const doc = documentOf(report);
  const lines = [doc.title, ...doc.preamble];
  for (const s of doc.sections) {
    lines.push(s.heading, ...s.paragraphs);
    if (!s.table) continue;
    const rows = grid(s.table, false, options.slips?.slip).map((row) => row.join(""));
    if (options.oneLine) lines.push(rows.join(""));
    else lines.push(...rows.filter((r) => r !== ""));
  }
  lines.push(...doc.closing);
  return lines.join("\n");
}

/** OCR slips: look-alike characters, a character dropped or added, full- and half-width mixed. */
const LOOK_ALIKE: readonly [string, string][] = [
  ["申请", "申清"],
  ["予以公开", "子以公开"],
  ["办理结果", "办埋结果"],
  ["行政法规禁止公开", "行政止公开"],
  ["行政复议", "行政法复议"],
  ["保护第三方", "保护第二方"],
  ["没有现成信息", "没有现戍信息"],
  ["信访举报投诉类", "信访举报投拆类"],
  ["结转下年度", "结转下年庋"],
  ["结果纠正", "结果纠止"],
  ["（一）", "(一)"],
  ["（二）", "（二)"],
  ["1.", "1．"],
  ["3.", "3、"],
];

export interface LabelSlips {
  /** applies the next slips that fit to a label's text (each slip once) */
  readonly slip: (label: string) => string;
  /** the slips made: the official label and the label as slipped */
  readonly made: (readonly [string, string])[];
}

/** OCR slips for the tables' labels, each made once, in the first label it fits. */
export function labelSlips(): LabelSlips {
  const left = [...LOOK_ALIKE];
  const made: [string, string][] = [];
  const slip = (label: string) => {
    let out = label;
    for (let i = 0; i < left.length; i++) {
      const [from, to] = left[i] ?? ["", ""];
      if (from === "" || !out.includes(from)) continue;
      out = out.replace(from, to);
      left.splice(i--, 1);
    }
    if (out !== label) made.push([label, out]);
    return out;
  };
  return { slip, made };
}

/** Names misread throughout a text (沭阳 → 沐阳): the words as OCR gave them. */
export function misreadNames(text: string, names: readonly (readonly [string, string])[]): string {
  return names.reduce((t, [from, to]) => t.split(from).join(to), text);
}
