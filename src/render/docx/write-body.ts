/**
 * The Word tree → WordprocessingML: paragraphs, runs, tables, and the body with its section
 * properties (A4, GB/T 9704 margins, 22-line grid, odd/even footers). Elements are written in the
 * order the OOXML schema gives, which Word insists on.
 */
import { LINE, MARGIN, PAGE, TEXT_WIDTH } from "./page-setup.ts";
import { rFonts } from "./styles-xml.ts";
import type { WBlock, WCell, WParagraph, WRow, WRun, WTable } from "./word-tree.ts";
import { xmlText } from "./xml.ts";

function textRun(rPr: string, text: string): string {
  if (text === "") return "";
  const open = `<w:r>${rPr}`;
  if (!text.includes("\t")) return `${open}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
  return `${open}${text
    .split("\t")
    .map((part) => (part === "" ? "" : `<w:t xml:space="preserve">${xmlText(part)}</w:t>`))
    .join("<w:tab/>")}</w:r>`;
}

export function runXml(r: WRun): string {
  const props =
    (r.font ? rFonts(r.font) : "") +
    (r.bold ? "<w:b/><w:bCs/>" : "") +
    (r.color ? `<w:color w:val="${r.color}"/>` : "");
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : "";
  if (r.field === null) return textRun(rPr, r.text);
  return (
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve"> ${r.field} </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
    textRun(rPr, r.text) +
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

const JC = { left: "left", center: "center", right: "right" } as const;

export function paragraphXml(p: WParagraph): string {
  let pPr = `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) pPr += "<w:keepNext/>";
  if (p.spaceBefore > 0) pPr += `<w:spacing w:before="${p.spaceBefore}"/>`;
  if (p.indent)
    pPr += `<w:ind w:left="${p.indent.left}" w:right="${p.indent.right}" w:firstLineChars="0" w:firstLine="0"/>`;
  if (p.align) pPr += `<w:jc w:val="${JC[p.align]}"/>`;
  let runs = "";
  for (const r of p.runs) runs += runXml(r);
  return `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const TABLE_PROPS =
  `<w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:jc w:val="center"/>` +
  `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
  `<w:tblLayout w:type="fixed"/>` +
  // narrow cell padding (1 mm a side) so two 五号 characters fit a column of the 15-column table
  `<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>` +
  `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;

function cellXml(c: WCell, keep: string): string {
  let tcPr = `<w:tcW w:w="${c.width}" w:type="dxa"/>`;
  if (c.gridSpan > 1) tcPr += `<w:gridSpan w:val="${c.gridSpan}"/>`;
  if (c.vMerge === "restart") tcPr += '<w:vMerge w:val="restart"/>';
  else if (c.vMerge === "continue") tcPr += "<w:vMerge/>";
  tcPr += '<w:vAlign w:val="center"/>';
  const jc = c.align === "left" ? '<w:jc w:val="left"/>' : "";
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>${keep}${jc}</w:pPr>${textRun("", c.text)}</w:p></w:tc>`;
}

/** every row at least 6 mm high, so the tables read like the printed forms */
const ROW_HEIGHT = '<w:trHeight w:val="340" w:hRule="atLeast"/>';

/** `keep`: the row keeps with the next one, so a table that fits on a page is not split */
function rowXml(r: WRow, keep: boolean): string {
  const keepNext = keep ? "<w:keepNext/>" : "";
  let cells = "";
  for (const c of r.cells) cells += cellXml(c, keepNext);
  return `<w:tr><w:trPr><w:cantSplit/>${ROW_HEIGHT}${r.header ? "<w:tblHeader/>" : ""}</w:trPr>${cells}</w:tr>`;
}

export function tableXml(t: WTable): string {
  let grid = "";
  for (const w of t.columns) grid += `<w:gridCol w:w="${w}"/>`;
  let rows = "";
  t.rows.forEach((r, i) => (rows += rowXml(r, i < t.rows.length - 1)));
  return `<w:tbl>${TABLE_PROPS}<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

export const blockXml = (b: WBlock): string => (b.type === "paragraph" ? paragraphXml(b) : tableXml(b));

/** Relationship ids of the header and footer parts, as the package writes them. */
export interface PageRefs {
  readonly headers: { readonly odd: string; readonly even: string } | null;
  readonly footers: { readonly odd: string; readonly even: string };
}

export function sectionXml(refs: PageRefs): string {
  const ref = (kind: "header" | "footer", type: "default" | "even", id: string) =>
    `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`;
  return (
    "<w:sectPr>" +
    (refs.headers ? ref("header", "default", refs.headers.odd) + ref("header", "even", refs.headers.even) : "") +
    ref("footer", "default", refs.footers.odd) +
    ref("footer", "even", refs.footers.even) +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${MARGIN.top}" w:right="${MARGIN.right}" w:bottom="${MARGIN.bottom}" w:left="${MARGIN.left}" w:header="${MARGIN.header}" w:footer="${MARGIN.footer}" w:gutter="0"/>` +
    `<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="${LINE}"/>` +
    "</w:sectPr>"
  );
}
