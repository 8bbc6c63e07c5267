/**
 * Table cells made once and shared by every table and every document that has them. A cell of an
 * official table holds one paragraph of plain text, so its XML depends on nothing but its text,
 * spans, alignment and width. docx builds and prepares (`prepForXml`) one cell of each shape, with
 * a placeholder for its text; every cell of that shape — the labels of every report of an edition,
 * and the figures, which differ from report to report — is that prepared XML with its own text put
 * in the placeholder's place (a few objects copied on the way down to the text). Preparing docx's
 * tree of a cell is most of what a table costs; this way a county's batch, every report with
 * figures of its own, pays it once per shape. docx escapes the text when it writes the XML.
 */
import { TableCell, type IContext, type ITableCellOptions, type IXmlableObject } from "docx";

/** a text no printed cell has: a private-use character */
const PLACEHOLDER = "\uE000";

/** The keys (object) or indexes (array) from a prepared tree down to its one placeholder string. */
type Path = readonly (string | number)[];

function findPlaceholder(node: unknown, path: (string | number)[] = []): Path | null {
  if (node === PLACEHOLDER) return path;
  if (node === null || typeof node !== "object") return null;
  for (const [key, child] of Array.isArray(node) ? node.entries() : Object.entries(node)) {
    const found = findPlaceholder(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** `tree` with the string at `path` replaced by `text`: only the objects on the path are copied. */
function withText(tree: unknown, path: Path, depth: number, text: string): unknown {
  if (depth === path.length) return text;
  const key = path[depth] as string | number;
  if (Array.isArray(tree)) {
    const copy: unknown[] = tree.slice();
    copy[key as number] = withText(tree[key as number], path, depth + 1, text);
    return copy;
  }
  const node = tree as Record<string, unknown>;
  return { ...node, [key]: withText(node[key as string], path, depth + 1, text) };
}

/** A cell of one shape, prepared once with the placeholder as its text. */
class TemplateCell extends TableCell {
  private prepared: { readonly xml: IXmlableObject | undefined; readonly path: Path | null } | undefined;

  /** this cell's XML with `text` in the placeholder's place (the placeholder's own XML when `text` is null) */
  xmlWith(context: IContext, text: string | null): IXmlableObject | undefined {
    if (!this.prepared) {
      const xml = super.prepForXml(context);
      this.prepared = { xml, path: findPlaceholder(xml) };
    }
    const { xml, path } = this.prepared;
    if (text === null || path === null) return xml;
    return withText(xml, path, 0, text) as IXmlableObject;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    return this.xmlWith(context, null);
  }
}

/**
 * A cell of a template's shape with a text of its own: it inherits the template's options (which
 * docx's table reads for spans and widths); its XML is the template's, prepared on the template.
 */
function textCellOf(template: TemplateCell, text: string): TableCell {
  const cell = Object.create(template) as TemplateCell;
  cell.prepForXml = (context: IContext) => template.xmlWith(context, text);
  return cell;
}

/** enough for every shape of several editions (a shape: spans, width, alignment, merge) */
const MAX_TEMPLATES = 2000;
const templates = new Map<string, TemplateCell>();
/** cells that hold no text, or one that is not a single plain run: made once each */
const whole = new Map<string, TableCell>();

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= MAX_TEMPLATES) map.clear();
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * The cell of shape `shapeKey` (everything its XML depends on but its text) holding `text`;
 * `options(text)` makes a cell of that shape with that text, its paragraph one plain run of it.
 * A text with a tab (a real tab in the run, not a plain run) or no text is a cell of its own.
 */
export function sharedCell(shapeKey: string, text: string, options: (text: string) => ITableCellOptions): TableCell {
  if (text === "" || text.includes("\t") || text.includes(PLACEHOLDER))
    return cached(whole, `${shapeKey} ${text}`, () => new TemplateCell(options(text)));
  const template = cached(templates, shapeKey, () => new TemplateCell(options(PLACEHOLDER)));
  return textCellOf(template, text);
}
