/**
 * Reads the tables of a .docx (unzipped with fflate) as text grids with merges expanded
 * (gridSpan across, vMerge down), so a test can ask what a given row/column cell holds.
 */
import { strFromU8, unzipSync } from "fflate";

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export function documentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const doc = files["word/document.xml"];
  if (!doc) throw new Error("no word/document.xml in the file");
  return strFromU8(doc);
}

/** Every table of the document body as rows of cell texts, merged cells repeated. */
export function docxTables(bytes: Uint8Array): string[][][] {
  const xml = documentXml(bytes);
  const tables: string[][][] = [];
  for (const tbl of xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)) {
    const grid: string[][] = [];
    for (const tr of (tbl[1] ?? "").matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
      const row: string[] = [];
      const r = grid.length;
      for (const tc of tr[0].matchAll(/<w:tc[ >]([\s\S]*?)<\/w:tc>/g)) {
        const body = tc[1] ?? "";
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(body)?.[1] ?? 1);
        const vmerge = /<w:vMerge(?: w:val="(\w+)")?\s*\/>/.exec(body);
        const col = row.length;
        let text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1] ?? "")).join("");
        if (vmerge && vmerge[1] !== "restart") text = grid[r - 1]?.[col] ?? "";
        for (let i = 0; i < span; i++) row.push(text);
      }
      grid.push(row);
    }
    tables.push(grid);
  }
  return tables;
}

/** The text in the row whose first cell is `label`, at grid column `col`. */
export function cellText(table: string[][], label: string, col: number): string | undefined {
  return table.find((row) => row[0] === label)?.[col];
}
