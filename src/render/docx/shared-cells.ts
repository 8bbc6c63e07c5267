/**
 * Table cells made once and shared by every table and every document that has them. A cell of an
 * official table holds one paragraph of plain text, so its XML depends on nothing but its text,
 * spans, alignment and width: docx builds and prepares it (`prepForXml`) the first time, and every
 * later use — the same label in every report of an edition, the same few numbers in most cells —
 * costs nothing. (Preparing docx's tree of a cell is most of what a table costs.) The cells are
 * kept in a bounded cache, forgotten all at once when it is full, so that a long batch of reports
 * with many different numbers does not grow it without end.
 */
import { TableCell, type IContext, type ITableCellOptions, type IXmlableObject } from "docx";

/** A cell whose XML is prepared once: it names no relationship, numbering or other part of its document. */
class PreparedCell extends TableCell {
  private prepared: IXmlableObject | undefined;

  override prepForXml(context: IContext): IXmlableObject | undefined {
    this.prepared ??= super.prepForXml(context);
    return this.prepared;
  }
}

/** enough for several editions' labels and the numbers of many reports (a report has ~300 cells) */
const MAX_CELLS = 4000;
const cells = new Map<string, TableCell>();

/** The cell `key` names (everything its XML depends on), made by `options` the first time. */
export function sharedCell(key: string, options: () => ITableCellOptions): TableCell {
  let cell = cells.get(key);
  if (!cell) {
    if (cells.size >= MAX_CELLS) cells.clear();
    cell = new PreparedCell(options());
    cells.set(key, cell);
  }
  return cell;
}
