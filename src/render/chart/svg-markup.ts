/**
 * A small builder for SVG markup as text: every attribute value and every text node is escaped
 * here, so the graphic can go raw into the page, a standalone .svg file or a canvas without any
 * user string (an organisation's name) ever being read as markup. Numbers are rounded to 0.1.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const MARKUP = /[&<>"']/;

/** Text or an attribute value with `& < > " '` written as entities. */
export const escapeXml = (text: string): string =>
  MARKUP.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;

export type Attrs = Readonly<Record<string, string | number | undefined>>;

function attrs(a: Attrs): string {
  let out = "";
  for (const k in a) {
    const v = a[k];
    // a number needs no escaping; it is written to 0.1
    if (typeof v === "number") out += ` ${k}="${Math.round(v * 10) / 10}"`;
    else if (v !== undefined) out += ` ${k}="${escapeXml(v)}"`;
  }
  return out;
}

/** An element with children already made by this builder (or none). */
export const el = (name: string, a: Attrs, ...children: string[]): string =>
  children.length === 0 ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children.join("")}</${name}>`;

/** An element holding text (escaped). */
export const textEl = (name: string, a: Attrs, text: string): string =>
  `<${name}${attrs(a)}>${escapeXml(text)}</${name}>`;
