/**
 * The report view → the Word document tree (pure; writing XML and zipping are elsewhere).
 * Title, preface, the six sections with their paragraphs and tables, the sign-off; page numbers
 * `— 1 —` odd right / even left, one 4号 character in from the edge (GB/T 9704 §7.5); a draft
 * carries the red 草稿 mark in the header of every page. Reference: format.md §6, decisions §6.
 */
import type { ParagraphView, ReportView, Run } from "../view-model.ts";
import { buildTable } from "./build-table.ts";
import { LINE, SIZE } from "./page-setup.ts";
import { paragraph, run, type WBlock, type WPageParts, type WParagraph, type WordDocument } from "./word-tree.ts";

const joined = (runs: readonly Run[]): string => runs.map((r) => r.text).join("");

function narrative(p: ParagraphView): WParagraph {
  if (p.placeholder) return paragraph("Normal", [run(joined(p.body), { color: "808080" })]);
  if (p.level === 0) return paragraph("Normal", [run(joined(p.body))]);
  const head = joined(p.head);
  const body = joined(p.body);
  // a heading on its own line is a real heading (Word's navigation pane lists it)
  if (body === "") return paragraph(p.level === 2 ? "Heading2" : "Heading3", [run(head)]);
  return paragraph("Normal", [run(head, { font: p.level === 2 ? "kaiti" : "fangsong" }), run(body)]);
}

/** one 4号 character (14 pt) in twips */
const NUMBER_INSET = (SIZE.pageNumber / 2) * 20;

const pageNumber = (side: "odd" | "even"): WParagraph =>
  paragraph("Footer", [run("— "), run("1", { field: "PAGE" }), run(" —")], {
    align: side === "odd" ? "right" : "left",
    indent: side === "odd" ? { left: 0, right: NUMBER_INSET } : { left: NUMBER_INSET, right: 0 },
  });

const draftMark = (note: string): WParagraph =>
  paragraph("Header", [run("草稿", { bold: true }), run(`\u3000${note}`)]);

export function buildDocument(view: ReportView): WordDocument {
  const body: WBlock[] = [paragraph("Title", [run(view.title)]), ...view.preamble.map(narrative)];
  for (const section of view.sections) {
    body.push(paragraph("Heading1", [run(section.heading)], { keepNext: true }));
    for (const p of section.paragraphs) body.push(narrative(p));
    if (section.table) body.push(buildTable(section.table));
  }
  view.closing.forEach((line, i) => body.push(paragraph("Closing", [run(line)], { spaceBefore: i === 0 ? LINE : 0 })));

  const headers: WPageParts | null =
    view.draftNote === null ? null : { odd: [draftMark(view.draftNote)], even: [draftMark(view.draftNote)] };
  return {
    meta: {
      title: view.draft ? `【草稿】${view.title}` : view.title,
      creator: view.meta.org || "nianbao",
      description: `${view.meta.year}年度 · ${view.meta.basis}`,
    },
    body,
    headers,
    footers: { odd: [pageNumber("odd")], even: [pageNumber("even")] },
  };
}
