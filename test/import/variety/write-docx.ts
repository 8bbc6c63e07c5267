/**
 * A `ClerkDocument` as a Word file, written the ways Word, WPS and converters write WordprocessingML:
 * merges by `w:gridSpan` and `w:vMerge` (Word's bare `<w:vMerge/>` for a continuation, WPS's
 * `w:val="continue"`), or by the legacy `w:hMerge`; a cell's text in several runs with proofing
 * marks and bookmarks between them; tables inside text boxes (`w:txbxContent`, with the VML
 * fallback copy Word adds); the whole body inside a one-cell layout table, or each table beside an
 * empty cell of a layout table; without borders; on a landscape page. Only what the importer and
 * LibreOffice read is written (no styles part).
 */
import { strToU8, zipSync } from "fflate";
import type { ClerkCell, ClerkDocument, ClerkTable } from "./clerk-document.ts";
import { slots } from "./clerk-document.ts";

export interface DocxOptions {
  /** how merges and runs are written */
  readonly dialect: "word" | "wps" | "legacy";
  /** each table inside a text box */
  readonly textBox?: boolean;
  /** `outer`: the whole body in a one-cell layout table; `beside`: each table in a layout table beside an empty cell */
  readonly layout?: "none" | "outer" | "beside";
  readonly borders?: boolean;
  readonly landscape?: boolean;
}

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'mc:Ignorable="wps"',
].join(" ");

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const FONT =
  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hint="eastAsia"/><w:sz w:val="21"/></w:rPr>';

/** Text as runs: Word breaks a line's text into several runs and puts proofing marks between them. */
function runs(text: string, dialect: DocxOptions["dialect"]): string {
  const lines = text.split("\n");
  return lines
    .map((line, i) => {
      const br = i > 0 ? `<w:r>${FONT}<w:br/></w:r>` : "";
      if (dialect !== "word" || line.length < 4)
        return `${br}<w:r>${FONT}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`;
      const at = Math.ceil(line.length / 2);
      return `${br}<w:r w:rsidRPr="00A1">${FONT}<w:t xml:space="preserve">${esc(line.slice(0, at))}</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_Hlk1"/><w:r>${FONT}<w:t xml:space="preserve">${esc(line.slice(at))}</w:t></w:r><w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/>`;
    })
    .join("");
}

const paragraph = (text: string, dialect: DocxOptions["dialect"], center = false) =>
  `<w:p><w:pPr>${center ? '<w:jc w:val="center"/>' : ""}</w:pPr>${runs(text, dialect)}</w:p>`;

const NO_BORDERS =
  '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const BORDERS =
  '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>';

function table(t: ClerkTable, options: DocxOptions, width: number): string {
  const grid = slots(t);
  const total = t.widths.reduce((s, w) => s + w, 0) || 1;
  const cols = t.widths.map((w) => Math.round((w / total) * width));
  const legacy = options.dialect === "legacy";
  const rows = t.rows.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < t.gridCols;) {
      const s = grid[r]?.[c];
      if (!s) {
        cells.push(`<w:tc><w:tcPr><w:tcW w:w="${cols[c] ?? 0}" w:type="dxa"/></w:tcPr><w:p/></w:tc>`);
        c++;
        continue;
      }
      const cell: ClerkCell = s.cell;
      const span = Math.min(cell.colspan, t.gridCols - c);
      const w = cols.slice(c, c + span).reduce((a, b) => a + b, 0);
      const restart = s.row === r && cell.rowspan > 1;
      const continues = s.row !== r;
      const vMerge = restart
        ? '<w:vMerge w:val="restart"/>'
        : continues
          ? options.dialect === "wps"
            ? '<w:vMerge w:val="continue"/>'
            : "<w:vMerge/>"
          : "";
      const text = continues ? "" : cell.text;
      const content = `${text === "" ? "<w:p/>" : paragraph(text, options.dialect, cell.kind !== "label" || cell.header)}`;
      if (legacy && span > 1) {
        // old writers: one cell per grid column, the first `restart`, the rest continuing
        for (let k = 0; k < span; k++)
          cells.push(
            `<w:tc><w:tcPr><w:tcW w:w="${cols[c + k] ?? 0}" w:type="dxa"/><w:hMerge${k === 0 ? ' w:val="restart"' : ""}/>${vMerge}</w:tcPr>${k === 0 ? content : "<w:p/>"}</w:tc>`,
          );
      } else
        cells.push(
          `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${vMerge}<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`,
        );
      c += span;
    }
    const head = row.kind === "head" ? "<w:tblHeader/>" : "";
    return `<w:tr><w:trPr><w:cantSplit/>${head}</w:trPr>${cells.join("")}</w:tr>`;
  });
  const borders = options.borders === false ? NO_BORDERS : BORDERS;
  return `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

/** A table in a text box: the DrawingML shape Word writes, and the VML copy for older readers. */
function textBox(inner: string): string {
  const box = (content: string) => `<w:txbxContent>${content}<w:p/></w:txbxContent>`;
  return `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5600000" cy="6000000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>${box(inner)}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="width:441pt;height:472pt"><v:textbox>${box(inner)}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

/** A layout table of one row: an empty narrow cell and the content beside it. */
const beside = (content: string, width: number) =>
  `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${NO_BORDERS}</w:tblPr><w:tblGrid><w:gridCol w:w="200"/><w:gridCol w:w="${width - 200}"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="200" w:type="dxa"/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:w="${width - 200}" w:type="dxa"/></w:tcPr>${content}<w:p/></w:tc></w:tr></w:tbl>`;

export function documentXml(doc: ClerkDocument, options: DocxOptions): string {
  const width = options.landscape ? 13600 : 8800;
  const inner = options.layout === "beside" ? width - 400 : width;
  const d = options.dialect;
  const parts: string[] = [paragraph(doc.title, d, true), ...doc.preamble.map((p) => paragraph(p, d))];
  for (const s of doc.sections) {
    parts.push(paragraph(s.heading, d));
    for (const item of s.items) {
      if (item.kind === "para") {
        parts.push(paragraph(item.text, d));
        continue;
      }
      let t = table(item, options, inner);
      if (options.textBox) t = textBox(t);
      else if (options.layout === "beside") t = beside(t, width);
      // Word keeps a paragraph after every table
      parts.push(t, "<w:p/>");
    }
  }
  parts.push(...doc.closing.map((p) => paragraph(p, d)));
  let body = parts.join("");
  if (options.layout === "outer")
    body = `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${NO_BORDERS}</w:tblPr><w:tblGrid><w:gridCol w:w="${width}"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${body}<w:p/></w:tc></w:tr></w:tbl><w:p/>`;
  const page = options.landscape
    ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1200" w:right="1400" w:bottom="1200" w:left="1400" w:header="850" w:footer="850" w:gutter="0"/>'
    : '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}<w:sectPr>${page}</w:sectPr></w:body></w:document>`;
}

/** The Word file: the document part, its relationships and content types. */
export function writeDocx(doc: ClerkDocument, options: DocxOptions): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(documentXml(doc, options)),
  });
}
