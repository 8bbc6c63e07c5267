/**
 * The bounds on what the importer reads from an untrusted file, in one place: a real report is a
 * Word file or page well under 1 MB, a few hundred paragraphs and about 600 table cells, a PDF of
 * a few pages. Far beyond these, a file is refused (or cut, where the summary says so) with a
 * clear message, in the app and the CLI alike — never a hang or a blown heap.
 */

/** files above this size are refused before they are read */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** a part of a .docx may not unpack to more than this */
export const MAX_DOCX_PART = 64 * 1024 * 1024;
/** elements nested deeper than this are read as text of their ancestor */
export const MAX_MARKUP_DEPTH = 400;
/** nodes (elements and text runs) of one document's markup tree */
export const MAX_MARKUP_NODES = 600_000;
/** paragraphs of a document (a 100-page report has a few thousand) */
export const MAX_PARAGRAPHS = 60_000;
/** table cells of one document, spans expanded (a report's tables hold about 600) */
export const MAX_TABLE_CELLS = 20_000;
/** grid columns of one table, spans expanded (the widest official table has 15) */
export const MAX_TABLE_COLS = 200;
/** pages of a PDF (a report has 5–20) */
export const MAX_PDF_PAGES = 80;
/** text pieces of one PDF page (a dense table page has about 1,000) */
export const MAX_PDF_ITEMS_PER_PAGE = 20_000;
/** drawing operations of one PDF page considered for table lines */
export const MAX_PDF_OPS_PER_PAGE = 200_000;
/** seconds a PDF may take to read before it is given up */
export const PDF_TIME_LIMIT_MS = 30_000;
/** characters of a page's data island (a report file of two years' text is well under 200 KB) */
export const MAX_ISLAND_CHARS = 2 * 1024 * 1024;
