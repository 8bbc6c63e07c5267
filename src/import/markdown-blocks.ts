/**
 * Markdown as PDF converters and OCR/LLM tools write a report: `#` headings, paragraphs, pipe
 * tables. One official table often comes out as several pipe tables with stray label lines between
 * them (`（四）无法提供` on its own line) — those are read as one table with the stray line as a row
 * of its own, so the label still heads the rows after it; `<br>` in a cell is a line break, `**`
 * emphasis and `\|` escapes are undone. Cells keep their places (an empty leading cell stays a
 * cell; the placement step decides what it means).
 */
import type { Block, SeenCell } from "./blocks.ts";
import { headingNumber } from "./headings.ts";
import { compact } from "./labels.ts";

const PIPE_ROW = /^\s*\|.*\|\s*$|^[^|]+\|[^|]+\|/;
const DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** a stray line between two pipe tables: short, no sentence */
const STRAY = /^[^。！？!?]{1,60}$/;

/** Whether text reads as markdown with pipe tables (a delimiter row under a header row). */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.slice(0, 200_000).split(/\r?\n/);
  return lines.some((l, i) => DELIMITER.test(l) && l.includes("-") && PIPE_ROW.test(lines[i - 1] ?? ""));
}

const unemphasise = (s: string) =>
  s
    .replace(/\*\*([^*]*)\*\*/g, "$1")
    .replace(/__([^_]*)__/g, "$1")
    .replace(/(^|[^\\])\*([^*]+)\*/g, "$1$2");

function cells(line: string): SeenCell[] {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  const out: SeenCell[] = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && s[i + 1] === "|") {
      cur += "|";
      i++;
    } else if (c === "|") {
      out.push({ text: cellText(cur) });
      cur = "";
    } else cur += c;
  }
  out.push({ text: cellText(cur) });
  return out;
}

const cellText = (raw: string) => unemphasise(raw.replace(/<br\s*\/?>/gi, "\n")).trim();

/** A markdown line as a paragraph: heading marks, quotes, list bullets and emphasis removed. */
function paragraphText(line: string): string {
  return unemphasise(
    line
      .replace(/^\s{0,3}#{1,6}\s+/, "")
      .replace(/\s+#+\s*$/, "")
      .replace(/^\s*>\s?/, "")
      .replace(/^\s*[-*+]\s+(?=\S)/, ""),
  ).replace(/<br\s*\/?>/gi, "");
}

export function markdownBlocks(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let rows: SeenCell[][] | null = null;
  /** stray lines and blank lines seen since the last pipe row of the open table */
  let between: string[] = [];
  const close = () => {
    if (rows && rows.length > 0) blocks.push({ kind: "table", rows, blanksKept: true });
    rows = null;
    for (const l of between) blocks.push({ kind: "para", text: paragraphText(l) });
    between = [];
  };
  for (const line of lines) {
    if (DELIMITER.test(line) && line.includes("-")) continue;
    if (PIPE_ROW.test(line)) {
      const t: SeenCell[][] = rows ?? [];
      // the stray label lines between two parts of a table are rows of their own
      for (const l of between) if (compact(l) !== "") t.push([{ text: paragraphText(l).trim() }]);
      between = [];
      t.push(cells(line));
      rows = t;
      continue;
    }
    if (rows) {
      const isStray =
        compact(line) === "" ||
        (STRAY.test(line.trim()) && !/^\s{0,3}#/.test(line) && headingNumber(paragraphText(line)) === null);
      if (isStray && between.length < 4) {
        between.push(line);
        continue;
      }
      close();
    }
    blocks.push({ kind: "para", text: paragraphText(line) });
  }
  close();
  return blocks;
}
