/**
 * Hostile text in every field stays text on the page: no element, attribute, link or control character comes from it —
 * not in the tables and text, not in the graphic's SVG, not in the data island, which holds the report file exactly.
 */
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { CONTROL, HOSTILE, HOSTILE_URL, hostileReport } from "../support/hostile.ts";
import { writeReportFile } from "../../src/import/report-file.ts";

describe.each(["gb2019", "gb2021"])("a hostile %s report as a web page", (editionId) => {
  const report = hostileReport(editionId);
  const html = renderReportHtml(report, { draft: true, reportFile: writeReportFile });
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
        // the graphic (一图读懂), drawn by nianbao
        "svg",
        "desc",
        "defs",
        "pattern",
        "rect",
        "circle",
        "line",
        "text",
        "tspan",
        "g",
        // the data island
        "script",
      ]).toContain(name);
  });

  it("has one script element, the data island, which is JSON and holds the report file exactly", () => {
    const scripts = elements.filter((e) => e.name === "script");
    expect(scripts.map((e) => e.attribs)).toEqual([{ type: "application/json", id: "nianbao-report" }]);
    const island = DomUtils.textContent(scripts);
    expect(island).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(island)).toEqual(JSON.parse(writeReportFile(report)));
  });

  it("keeps the graphic's text as text: its title, description and labels are the cleaned strings", () => {
    const svgs = elements.filter((e) => e.name === "svg");
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      const title = DomUtils.findOne((e) => e.name === "title", svg.children);
      expect(DomUtils.textContent(title ?? [])).toContain(`简称${HOSTILE}2`);
      expect(DomUtils.findAll((e) => e.name === "img" || e.name === "script", svg.children)).toEqual([]);
    }
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
