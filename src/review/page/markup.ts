/**
 * HTML written from code without an injection: `markup\`…${value}…\`` escapes every value put in
 * (text and attribute values alike, quotes included) unless it is already `Html` made this way;
 * arrays are joined. The review page is made only with it.
 */
import { escapeXml } from "../../render/chart/svg-markup.ts";

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** `& < > " '` as entities: the one escape the graphic's markup uses too */
export const escapeHtml = escapeXml;

function piece(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(piece).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

export function markup(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? "";
  values.forEach((v, i) => (out += piece(v) + (strings[i + 1] ?? "")));
  return new Html(out);
}

/** Markup made elsewhere and trusted as it is (the page's own script and style). */
export const raw = (text: string): Html => new Html(text);

/** Data for a `<script type="application/json">` block: JSON that cannot end the block or open a comment. */
export const jsonData = (value: unknown): Html =>
  new Html(
    JSON.stringify(value)
      .replace(/</g, "\\u003c")
      .replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029"),
  );
