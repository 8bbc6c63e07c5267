/**
 * Reading a .docx back for tests: its parts (unzipped with fflate), whether a part is well-formed
 * XML (a strict parser, jsdom's), and its tables as grids with the merges expanded — each grid position holds the text of the cell covering it, found through
 * `w:gridSpan` and `w:vMerge` exactly as a word processor resolves them.
 */
import { strFromU8, unzipSync } from "fflate";
import { DomUtils, parseDocument } from "htmlparser2";
import { createRequire } from "node:module";

type Node = ReturnType<typeof parseDocument>["children"][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

export function docxParts(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** A lenient parse for reading parts back (htmlparser2 never rejects anything: use `xmlError` to judge). */
export function parseXml(xml: string) {
  return parseDocument(xml, { xmlMode: true });
}

/** jsdom (a dev dependency without bundled types), loaded on first use */
type Jsdom = { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
let xmlParser: DOMParser | undefined;

/** Why `xml` is not well-formed XML with namespaces (a strict parser's message), or null when it is. */
export function xmlError(xml: string): string | null {
  if (!xmlParser) {
    const { JSDOM } = createRequire(import.meta.url)("jsdom") as Jsdom;
    xmlParser = new new JSDOM("").window.DOMParser();
  }
  const doc = xmlParser.parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  return error ? (error.textContent ?? "parsererror") : null;
}

const children = (el: Element, name: string): Element[] =>
  el.children.filter((c): c is Element => "attribs" in c && (c as Element).name === name);

const child = (el: Element, name: string): Element | undefined => children(el, name)[0];

/** The text of the runs (`w:t`) inside an element or a whole parsed part, tabs as `\t`. */
export function textOf(el: { children: Node[] }): string {
  return DomUtils.findAll((e) => e.name === "w:t" || e.name === "w:tab", el.children)
    .map((e) => (e.name === "w:tab" ? "\t" : DomUtils.textContent(e)))
    .join("");
}

export interface DocxCell {
  readonly text: string;
  readonly gridSpan: number;
  /** "restart", "continue" or null */
  readonly vMerge: string | null;
  readonly width: number;
}

export interface DocxTable {
  readonly gridCols: number[];
  readonly tableWidth: number;
  readonly layout: string | null;
  readonly rows: { readonly header: boolean; readonly cantSplit: boolean; readonly cells: DocxCell[] }[];
  /** text at every grid position, merged cells expanded (a vMerge continue shows the restart cell's text) */
  readonly grid: string[][];
  /** the grid position of the cell covering each position: `r,c` of its top-left */
  readonly owner: string[][];
}

export function docxTables(documentXml: string): DocxTable[] {
  const doc = parseXml(documentXml);
  const tables = DomUtils.findAll((e) => e.name === "w:tbl", doc.children);
  return tables.map((tbl) => {
    const tblPr = child(tbl, "w:tblPr");
    const gridCols = children(child(tbl, "w:tblGrid") as Element, "w:gridCol").map((g) => Number(g.attribs["w:w"]));
    const grid: string[][] = [];
    const owner: string[][] = [];
    const rows = children(tbl, "w:tr").map((tr, r) => {
      const trPr = child(tr, "w:trPr");
      const cells = children(tr, "w:tc").map((tc): DocxCell => {
        const tcPr = child(tc, "w:tcPr");
        const span = tcPr && child(tcPr, "w:gridSpan");
        const vMerge = tcPr && child(tcPr, "w:vMerge");
        const width = tcPr && child(tcPr, "w:tcW");
        return {
          text: textOf(tc),
          gridSpan: span ? Number(span.attribs["w:val"]) : 1,
          vMerge: vMerge ? (vMerge.attribs["w:val"] ?? "continue") : null,
          width: width ? Number(width.attribs["w:w"]) : 0,
        };
      });
      grid[r] = [];
      owner[r] = [];
      let c = 0;
      for (const cell of cells) {
        for (let k = 0; k < cell.gridSpan; k++) {
          const above = cell.vMerge === "continue" ? owner[r - 1]?.[c + k] : undefined;
          const [or, oc] = above ? above.split(",").map(Number) : [r, c];
          (owner[r] as string[])[c + k] = `${or},${oc}`;
          (grid[r] as string[])[c + k] = above ? (grid[or as number]?.[oc as number] ?? "") : cell.text;
        }
        c += cell.gridSpan;
      }
      return {
        header: !!(trPr && child(trPr, "w:tblHeader")),
        cantSplit: !!(trPr && child(trPr, "w:cantSplit")),
        cells,
      };
    });
    const tblW = tblPr && child(tblPr, "w:tblW");
    const layout = tblPr && child(tblPr, "w:tblLayout");
    return {
      gridCols,
      tableWidth: tblW ? Number(tblW.attribs["w:w"]) : 0,
      layout: layout ? (layout.attribs["w:type"] ?? null) : null,
      rows,
      grid,
      owner,
    };
  });
}

/** The text of a whole part. */
export const partText = (xml: string): string => textOf(parseXml(xml));

export { DomUtils };
