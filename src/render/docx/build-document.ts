/**
 * The report view → the Word document as docx describes it (pure; packing is `pack.ts`): title,
 * preface, the six sections with their paragraphs and tables, the sign-off; A4 with the GB/T 9704
 * margins and the 22 × 28 document grid; page numbers `— 1 —` odd right / even left, one 4号
 * character in from the edge (GB/T 9704 §7.5); a draft carries the red 草稿 mark in the header of
 * every page. Reference: format.md §6, decisions §6.
 */
import {
  AlignmentType,
  type Document,
  DocumentGridType,
  Footer,
  Header,
  ImportedXmlComponent,
  Paragraph,
  TextRun,
  type Table,
} from "docx";
import type { ParagraphView, ReportView, Run } from "../view-model.ts";
import { buildTable } from "./build-table.ts";
import { perKey } from "../../model/memo.ts";
import { CHAR, GRID, LINE, MARGIN, PAGE, SIZE } from "./page-setup.ts";
import { ReportDocument } from "./report-document.ts";
import { INLINE_HEADING, type StyleId } from "./styles.ts";
import { textRuns } from "./text-runs.ts";

const joined = (runs: readonly Run[]): string => runs.map((r) => r.text).join("");

/** How a paragraph sits among its neighbours: space above it, and whether it keeps with the next. */
interface Placing {
  readonly spaceBefore: number;
  readonly keepNext: boolean;
}

const LOOSE: Placing = { spaceBefore: 0, keepNext: false };

const paragraph = (style: StyleId, children: TextRun[], placing: Placing = LOOSE) =>
  new Paragraph({
    style,
    ...(placing.spaceBefore > 0 ? { spacing: { before: placing.spaceBefore } } : {}),
    ...(placing.keepNext ? { keepNext: true } : {}),
    children,
  });

function narrative(p: ParagraphView, placing: Placing): Paragraph {
  if (p.placeholder) return paragraph("BodyText", textRuns(joined(p.body), { color: "808080" }), placing);
  if (p.level === 0) return paragraph("BodyText", textRuns(joined(p.body)), placing);
  const head = joined(p.head);
  const body = joined(p.body);
  // a heading on its own line is a real heading (Word's navigation pane lists it)
  if (body === "") return paragraph(p.level === 2 ? "Heading2" : "Heading3", textRuns(head), placing);
  const lead = p.level === 2 ? { style: INLINE_HEADING } : {};
  return paragraph("BodyText", [...textRuns(head, lead), ...textRuns(body)], placing);
}

/** one 4号 character (14 pt) in twips */
const NUMBER_INSET = (SIZE.pageNumber / 2) * 20;

/** the PAGE field with `1` as its shown value, as Word writes it (viewers that never update fields show a number) */
const FIELD = {
  begin: ImportedXmlComponent.fromXmlString('<w:fldChar w:fldCharType="begin"/>'),
  instruction: ImportedXmlComponent.fromXmlString('<w:instrText xml:space="preserve"> PAGE </w:instrText>'),
  separate: ImportedXmlComponent.fromXmlString('<w:fldChar w:fldCharType="separate"/>'),
  end: ImportedXmlComponent.fromXmlString('<w:fldChar w:fldCharType="end"/>'),
};
const pageField = () => [
  new TextRun({ children: [FIELD.begin] }),
  new TextRun({ children: [FIELD.instruction] }),
  new TextRun({ children: [FIELD.separate] }),
  new TextRun("1"),
  new TextRun({ children: [FIELD.end] }),
];

const pageNumber = (side: "odd" | "even") =>
  new Footer({
    children: [
      new Paragraph({
        style: "Footer",
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent:
          side === "odd"
            ? { left: 0, right: NUMBER_INSET, firstLine: 0 }
            : { left: NUMBER_INSET, right: 0, firstLine: 0 },
        children: [new TextRun("— "), ...pageField(), new TextRun(" —")],
      }),
    ],
  });

/** the footers of every document (docx copies a footer's paragraphs into each document it is in) */
const PAGE_NUMBERS = { default: pageNumber("odd"), even: pageNumber("even") };

const draftMark = (note: string) =>
  new Header({
    children: [
      paragraph("Header", [
        new TextRun({ text: "草稿", bold: true }),
        new TextRun({ text: `\u3000${note}`, size: SIZE.draftNote }),
      ]),
    ],
  });

/** the headers of every draft with `note` */
const draftMarks = perKey(
  (note: string) => note,
  (note: string) => ({ default: draftMark(note), even: draftMark(note) }),
);

/**
 * A paragraph after a table gets the space above its characters that it has after a line of text
 * (the blank part of a 28.95 pt line), so that `五、` does not sit on table 四's last rule.
 */
const AFTER_TABLE = LINE - CHAR;

export function buildDocument(view: ReportView): Document {
  const body: (Paragraph | Table)[] = [paragraph("Title", textRuns(view.title))];
  let afterTable = false;
  const add = (block: Paragraph | Table, isTable = false) => {
    body.push(block);
    afterTable = isTable;
  };
  // the sign-off never stands alone on a page: the last paragraph before it keeps with it
  const signed = view.closing.length > 0;
  const last = view.sections.at(-1);
  const placing = (keepNext = false): Placing => ({ spaceBefore: afterTable ? AFTER_TABLE : 0, keepNext });
  for (const p of view.preamble) add(narrative(p, placing()));
  for (const section of view.sections) {
    add(paragraph("Heading1", textRuns(section.heading), placing()));
    section.paragraphs.forEach((p, i) =>
      add(narrative(p, placing(signed && section === last && i === section.paragraphs.length - 1))),
    );
    if (section.table) add(buildTable(section.table), true);
  }
  view.closing.forEach((line, i) =>
    add(
      paragraph("Closing", textRuns(line), { spaceBefore: i === 0 ? LINE : 0, keepNext: i < view.closing.length - 1 }),
    ),
  );

  const note = view.draftNote;
  return new ReportDocument({
    title: view.draft ? `【草稿】${view.title}` : view.title,
    creator: view.meta.org || "nianbao",
    description: `${view.meta.year}年度 · ${view.meta.basis}`,
    lastModifiedBy: "nianbao",
    // the styles part comes whole from `package-parts.ts`: docx need not write its own
    styles: { importedStyles: [] },
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, gutter: 0 } },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE, charSpace: GRID.charSpace },
        },
        ...(note === null ? {} : { headers: draftMarks(note) }),
        footers: PAGE_NUMBERS,
        children: body,
      },
    ],
  });
}
