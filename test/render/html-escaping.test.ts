/** Hostile text in every field stays text on the page: no element, attribute, link or control character comes from it. */
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { CONTROL, HOSTILE, HOSTILE_URL, hostileReport } from "../support/hostile.ts";

describe.each(["gb2019", "gb2021"])("a hostile %s report as a web page", (editionId) => {
  const html = renderReportHtml(hostileReport(editionId), { draft: true });
  const doc = parseDocument(html);
  const elements = DomUtils.findAll(() => true, doc.children);
  const text = DomUtils.textContent(doc);

  it("creates no script, image or other element from the text", () => {
    const names = new Set(elements.map((e) => e.name));
    for (const name of names)
      expect([
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "article",
        "p",
        "strong",
        "h1",
        "h2",
        "h3",
        "h4",
        "section",
        "span",
        "div",
        "table",
        "caption",
        "colgroup",
        "col",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "br",
        "a",
      ]).toContain(name);
  });

  it("has no event-handler attribute and links only to http(s)", () => {
    for (const el of elements)
      for (const attr of Object.keys(el.attribs)) expect(attr.startsWith("on"), `${el.name} ${attr}`).toBe(false);
    const hrefs = elements.filter((e) => e.name === "a").map((e) => e.attribs.href ?? "");
    expect(hrefs).toEqual(["http://example.cn/a"]);
    expect(html).not.toContain(`href="${HOSTILE_URL}"`);
  });

  it("shows every hostile string as visible text, Handlebars syntax included", () => {
    for (const tag of ["简称", "网站", "办公室", "电话", "地址", "邮编", "问题", "其他", "输入"])
      expect(text).toContain(`${tag}${HOSTILE}`);
    expect(text).toContain(HOSTILE_URL);
    expect(text).toContain("{{constructor.constructor 'alert(3)'}}");
  });

  it("drops control characters", () => {
    for (const ch of CONTROL) expect(html.includes(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
  });
});
