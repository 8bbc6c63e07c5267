/**
 * A light element tree for the DOCX document XML (xml mode) and for web pages (HTML mode, which
 * closes what CMS editors leave open and decodes entities), built on htmlparser2's tokenizer with a
 * stack of our own: linear in the input whatever its nesting (htmlparser2's own parser keeps its
 * open elements with `unshift`, quadratic in the depth). Bounded: elements nested deeper than
 * MAX_DEPTH are flattened into their ancestor (a block element leaves a line break), and a tree of
 * more than MAX_NODES nodes is not built at all. Element names lose their namespace prefix
 * (`w:tc` → `tc`).
 */
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { MAX_MARKUP_DEPTH, MAX_MARKUP_NODES } from "./limits.ts";

export interface XNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XNode | string)[];
}

export interface MarkupTree {
  readonly root: XNode;
  /** elements nested deeper than the bound, read as text of their ancestor */
  readonly flattened: number;
  /** the input held more nodes than the bound: the tree stops there */
  readonly tooLarge: boolean;
}

/** elements whose content is not text a reader sees */
const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "math", "object", "iframe", "title"]);

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

/** HTML elements without content (never pushed on the stack) */
const VOID = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** HTML: opening one of these closes the open elements listed (as browsers and htmlparser2 do) */
const P = ["p"];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p"];
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["tr", ["tr", "th", "td"]],
      ["th", ["th", "td"]],
      ["td", ["th", "td"]],
      ["li", ["li"]],
      ["option", ["option"]],
      ["dd", ["dd", "dt"]],
      ["dt", ["dd", "dt"]],
      ["tbody", ["thead", "tbody", "tr", "td", "th"]],
      ["tfoot", ["thead", "tbody", "tr", "td", "th"]],
      ["thead", ["tr", "td", "th"]],
      ...["h1", "h2", "h3", "h4", "h5", "h6"].map((h) => [h, HEADINGS] as [string, string[]]),
      ...[
        "p",
        "address",
        "article",
        "aside",
        "blockquote",
        "details",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "pre",
        "section",
        "table",
        "ul",
      ].map((b) => [b, P] as [string, string[]]),
    ] as [string, string[]][]
  ).map(([k, v]) => [k, new Set(v)]),
);

/** a closing tag does not reach out of these (browsers ignore a `</div>` whose `<div>` is outside the table cell) */
const SCOPE = new Set(["table", "td", "th"]);
const TABLE_PARTS = new Set(["table", "thead", "tbody", "tfoot", "tr", "td", "th", "body", "html"]);

const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({});
const BR = (): XNode => ({ name: "br", attrs: NO_ATTRS, children: [] });

class TreeBuilder implements TokenizerCallbacks {
  readonly root: XNode = { name: "#root", attrs: {}, children: [] };
  private readonly stack: XNode[] = [this.root];
  private skipping = 0;
  private skipName = "";
  /** per element name: open elements beyond the depth bound, waiting for their closing tag */
  private readonly deep = new Map<string, number>();
  flattened = 0;
  nodes = 0;
  tooLarge = false;
  private tag: { name: string; attrs: Record<string, string> } | null = null;
  private attrName = "";
  private attrValue = "";

  constructor(
    private readonly text: string,
    private readonly xml: boolean,
    private readonly stop: () => void,
  ) {}

  private slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  private localName(raw: string): string {
    return this.xml ? (raw.split(":").pop() ?? raw) : raw.toLowerCase();
  }

  private count(): boolean {
    if (++this.nodes <= MAX_MARKUP_NODES) return true;
    if (!this.tooLarge) {
      this.tooLarge = true;
      this.stop();
    }
    return false;
  }

  private top(): XNode {
    return this.stack[this.stack.length - 1] ?? this.root;
  }

  ontext(start: number, end: number): void {
    this.addText(this.slice(start, end));
  }

  ontextentity(cp: number): void {
    this.addText(String.fromCodePoint(cp));
  }

  private addText(s: string): void {
    if (this.skipping > 0 || s === "") return;
    const children = this.top().children;
    const last = children[children.length - 1];
    if (typeof last === "string") children[children.length - 1] = last + s;
    else if (this.count()) children.push(s);
  }

  oncdata(start: number, end: number, offset: number): void {
    if (this.xml) this.addText(this.slice(start, end - offset));
  }

  onopentagname(start: number, end: number): void {
    this.tag = { name: this.localName(this.slice(start, end)), attrs: {} };
  }

  onattribname(start: number, end: number): void {
    const raw = this.slice(start, end);
    this.attrName = this.xml ? raw : raw.toLowerCase();
    this.attrValue = "";
  }

  onattribdata(start: number, end: number): void {
    this.attrValue += this.slice(start, end);
  }

  onattribentity(cp: number): void {
    this.attrValue += String.fromCodePoint(cp);
  }

  onattribend(): void {
    if (this.tag && !Object.hasOwn(this.tag.attrs, this.attrName)) this.tag.attrs[this.attrName] = this.attrValue;
    this.attrValue = "";
  }

  onopentagend(): void {
    const tag = this.tag;
    this.tag = null;
    if (tag) this.open(tag.name, tag.attrs, false);
  }

  onselfclosingtag(): void {
    const tag = this.tag;
    this.tag = null;
    if (tag) this.open(tag.name, tag.attrs, true);
  }

  private open(name: string, attrs: Record<string, string>, selfClosing: boolean): void {
    if (this.skipping > 0) {
      if (!selfClosing && name === this.skipName) this.skipping++;
      return;
    }
    if (!this.xml && SKIP_CONTENT.has(name)) {
      if (!selfClosing) {
        this.skipping = 1;
        this.skipName = name;
      }
      return;
    }
    if (!this.xml) {
      const closes = IMPLIES_CLOSE.get(name);
      if (closes) while (this.stack.length > 1 && closes.has(this.top().name)) this.stack.pop();
    }
    const empty = selfClosing || (!this.xml && VOID.has(name));
    if (this.stack.length >= MAX_MARKUP_DEPTH) {
      // too deep: the element's text stays in its ancestor; a block element keeps its line break
      this.flattened++;
      if (!empty) this.deep.set(name, (this.deep.get(name) ?? 0) + 1);
      if (!this.xml && !INLINE.has(name) && this.count()) this.top().children.push(BR());
      return;
    }
    if (!this.count()) return;
    const node: XNode = { name, attrs: Object.keys(attrs).length === 0 ? NO_ATTRS : attrs, children: [] };
    this.top().children.push(node);
    if (!empty) this.stack.push(node);
  }

  onclosetag(start: number, end: number): void {
    const name = this.localName(this.slice(start, end));
    if (this.skipping > 0) {
      if (name === this.skipName) this.skipping--;
      return;
    }
    const deep = this.deep.get(name) ?? 0;
    if (deep > 0) {
      this.deep.set(name, deep - 1);
      return;
    }
    if (!this.xml && VOID.has(name)) {
      if (name === "br" && this.count()) this.top().children.push(BR());
      return;
    }
    for (let i = this.stack.length - 1; i > 0; i--) {
      const node = this.stack[i];
      if (node?.name === name) {
        this.stack.length = i;
        return;
      }
      // html: a closing tag does not reach out of a table cell or table it does not belong to
      if (!this.xml && node && SCOPE.has(node.name) && !TABLE_PARTS.has(name)) break;
    }
    // `</p>` without an open `<p>` is an empty paragraph (a line break to a reader)
    if (!this.xml && name === "p" && this.count()) this.top().children.push({ name: "p", attrs: {}, children: [] });
  }

  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

export function parseTree(text: string, xml: boolean): MarkupTree {
  let tokenizer: Tokenizer | null = null;
  const builder = new TreeBuilder(text, xml, () => tokenizer?.pause());
  tokenizer = new Tokenizer({ xmlMode: xml, decodeEntities: true, recognizeSelfClosing: true }, builder);
  tokenizer.write(text);
  if (!builder.tooLarge) tokenizer.end();
  return { root: builder.root, flattened: builder.flattened, tooLarge: builder.tooLarge };
}

/** Attribute by local name (`w:val` and `val` alike). */
export function attr(node: XNode, local: string): string | undefined {
  if (node.attrs[local] !== undefined) return node.attrs[local];
  for (const [k, v] of Object.entries(node.attrs)) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

export const childElements = (node: XNode, name?: string): XNode[] =>
  node.children.filter((c): c is XNode => typeof c !== "string" && (name === undefined || c.name === name));

/**
 * Whether any descendant element has the name: depth-first, stopping at the first one found (so a
 * cell around a nested table is not read to its end at every level of nesting), iterative.
 */
export function hasDescendant(node: XNode, name: string): boolean {
  const stack: XNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) continue;
    for (let i = n.children.length - 1; i >= 0; i--) {
      const c = n.children[i];
      if (typeof c === "string" || c === undefined) continue;
      if (c.name === name) return true;
      stack.push(c);
    }
  }
  return false;
}
