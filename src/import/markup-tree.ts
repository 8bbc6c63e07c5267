/**
 * A light element tree built with htmlparser2's streaming parser, for the DOCX document XML
 * (xmlMode) and for web pages (HTML mode, which closes what CMS editors leave open and decodes
 * entities). Element names lose their namespace prefix (`w:tc` → `tc`).
 */
import { Parser } from "htmlparser2";

export interface XNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XNode | string)[];
}

const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "math", "object", "iframe", "title"]);

const MAX_DEPTH = 400;
const INLINE = new Set([
  "span",
  "a",
  "b",
  "i",
  "u",
  "em",
  "strong",
  "font",
  "small",
  "big",
  "sub",
  "sup",
  "label",
  "abbr",
  "code",
]);

export function parseTree(text: string, xml: boolean): XNode {
  const root: XNode = { name: "#root", attrs: {}, children: [] };
  const stack: XNode[] = [root];
  let skipping = 0;
  /** elements nested deeper than MAX_DEPTH are flattened into their ancestor (no walker can overflow) */
  let flattened = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const local = xml ? (name.split(":").pop() ?? name) : name;
        if (skipping > 0 || (!xml && SKIP_CONTENT.has(local))) {
          skipping++;
          return;
        }
        if (stack.length >= MAX_DEPTH) {
          flattened++;
          // keep the line break a flattened block element made
          if (!xml && !INLINE.has(local)) stack.at(-1)?.children.push({ name: "br", attrs: {}, children: [] });
          return;
        }
        const node: XNode = { name: local, attrs, children: [] };
        stack.at(-1)?.children.push(node);
        stack.push(node);
      },
      ontext(data) {
        if (skipping > 0) return;
        stack.at(-1)?.children.push(data);
      },
      onclosetag() {
        if (skipping > 0) {
          skipping--;
          return;
        }
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: xml, decodeEntities: true, lowerCaseTags: !xml, recognizeSelfClosing: true },
  );
  parser.write(text);
  parser.end();
  return root;
}

/** Attribute by local name (`w:val` and `val` alike). */
export function attr(node: XNode, local: string): string | undefined {
  if (node.attrs[local] !== undefined) return node.attrs[local];
  for (const [k, v] of Object.entries(node.attrs)) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

export const childElements = (node: XNode, name?: string): XNode[] =>
  node.children.filter((c): c is XNode => typeof c !== "string" && (name === undefined || c.name === name));

/** Whether any descendant element has the name. */
export function hasDescendant(node: XNode, name: string): boolean {
  for (const c of node.children) if (typeof c !== "string" && (c.name === name || hasDescendant(c, name))) return true;
  return false;
}
