/**
 * A `ClerkDocument` as text copied out of a PDF viewer: every cell on a line of its own (blank
 * cells leave nothing), a label wrapped in its narrow cell over several lines; in the header rows,
 * where the cells stand side by side, the viewer reads across the row, so the wrapped header
 * labels come interleaved line by line (`商业` `科研` … then `企业` `机构` …).
 */
import type { ClerkDocument, ClerkTable } from "./clerk-document.ts";

/** Characters a column of this relative width holds on one line. */
const perLine = (t: ClerkTable, col: number, span: number) => {
  const total = t.widths.reduce((s, w) => s + w, 0) || 1;
  const share = t.widths.slice(col, col + span).reduce((s, w) => s + w, 0) / total;
  return Math.max(2, Math.floor(share * 40));
};

const wrap = (text: string, width: number): string[] => {
  const chars = [...text.replace(/\n/g, "")];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(""));
  return out;
};

function tableLines(t: ClerkTable): string[] {
  const lines: string[] = [];
  for (const row of t.rows) {
    const cells = row.cells
      .filter((c) => c.text.trim() !== "")
      .map((c) => (c.kind === "label" ? wrap(c.text, perLine(t, c.col, c.colspan)) : [c.text]));
    if (row.kind === "head") {
      const depth = Math.max(0, ...cells.map((c) => c.length));
      for (let k = 0; k < depth; k++) for (const c of cells) if (c[k] !== undefined) lines.push(c[k] ?? "");
    } else for (const c of cells) lines.push(...c);
  }
  return lines;
}

export function writeViewerText(doc: ClerkDocument): string {
  const lines = [doc.title, ...doc.preamble];
  for (const s of doc.sections) {
    lines.push(s.heading);
    for (const item of s.items) lines.push(...(item.kind === "para" ? [item.text] : tableLines(item)));
  }
  lines.push(...doc.closing);
  return lines.join("\n");
}
