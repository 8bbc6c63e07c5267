/** Every template compiles in strict mode and renders both editions; both loaders give the same page. */
import { readdirSync, readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { COMPILE_OPTIONS } from "../../src/render/html/compile-options.ts";
import { htmlPage, renderReportHtml, TEMPLATE_LOADER } from "../../src/render/html/render-html.ts";
import { pageTemplate as nodePageTemplate, TEMPLATE_LOADER as NODE_LOADER } from "../../src/render/html/templates.ts";
import { fullReport } from "../builders.ts";
import { writeReportFile } from "../../src/import/report-file.ts";

const ROOT = new URL("../../templates/", import.meta.url);
const files = [
  ...readdirSync(ROOT).filter((f) => f.endsWith(".hbs")),
  ...readdirSync(new URL("partials/", ROOT)).map((f) => `partials/${f}`),
];

describe("templates", () => {
  it("are all .hbs files (the page and its partials)", () => {
    expect(files).toContain("report.hbs");
    expect(files.every((f) => f.endsWith(".hbs"))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)("%s compiles in strict mode with known helpers only", (file) => {
    const source = readFileSync(new URL(file, ROOT), "utf8");
    expect(() => Handlebars.precompile(source, COMPILE_OPTIONS)).not.toThrow();
    expect(source).not.toMatch(/\{\{\{/); // never unescaped output
  });

  it("refuse a context with a missing field (strict lookups)", () => {
    const page = htmlPage(fullReport("gb2021"), { draft: false, reportFile: writeReportFile }) as Record<
      string,
      unknown
    >;
    const { title: _dropped, ...withoutTitle } = page;
    expect(() => nodePageTemplate()(withoutTitle)).toThrow(/"title" not defined/);
  });

  it("load through the precompiled Vite loader here and the file-reading loader under Node, with the same output", () => {
    expect(TEMPLATE_LOADER).toBe("vite-precompiled");
    expect(NODE_LOADER).toBe("node-fs");
    for (const editionId of ["gb2019", "gb2021"])
      for (const draft of [false, true]) {
        const report = fullReport(editionId);
        const page = htmlPage(report, { draft, reportFile: writeReportFile });
        expect(renderReportHtml(report, { draft, reportFile: writeReportFile })).toBe(nodePageTemplate()(page));
      }
  });
});

describe("the page", () => {
  const report = fullReport("gb2021");
  report.narrative.preamble = ""; // the standard preface, with the site's address as a link
  const html = renderReportHtml(report, { draft: false, reportFile: writeReportFile });

  it("is one self-contained UTF-8 zh-CN document with no script and no external resource", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    // the one script element is the data island, JSON that never runs; url() names only the graphic's own patterns
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script type="application/json" id="nianbao-report">']);
    expect(html.replace(/<script type="application\/json" id="nianbao-report">[^<]*<\/script>/, "")).not.toMatch(
      /<script|<link|<img|<iframe|src=|@import/i,
    );
    expect(html.match(/url\([^)]*\)/g)?.every((u) => /^url\(#nb-chart(?:-wide)?-[a-z]+\)$/.test(u))).toBe(true);
    expect(html.match(/href="[^"]*"/g)).toEqual(['href="http://www.qinan.gov.cn/"']);
  });

  it("names each table by a caption, its section heading, and puts its head rows in thead", () => {
    const doc = parseDocument(html);
    const tables = DomUtils.findAll((e) => e.name === "table", doc.children);
    expect(tables).toHaveLength(3);
    const firstChild = (t: (typeof tables)[number]) => DomUtils.findOne(() => true, t.children, false);
    expect(tables.map((t) => firstChild(t)?.name)).toEqual(["caption", "caption", "caption"]);
    expect(tables.map((t) => DomUtils.textContent(firstChild(t) ?? []))).toEqual([
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]);
    expect(tables.map((t) => DomUtils.findAll((e) => e.name === "thead", t.children).length)).toEqual([0, 1, 1]);
  });

  it("has a print stylesheet for A4 and keeps table heads on each printed page", () => {
    expect(html).toContain("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
    expect(html).toContain("thead { display: table-header-group; }");
  });

  it("shows 草稿 only in a draft", () => {
    expect(html).not.toContain("草稿");
    const draft = renderReportHtml(fullReport("gb2021"), { draft: true, reportFile: writeReportFile });
    expect(draft).toContain('<p role="note" class="nb-draft"');
    expect(draft).toContain("<title>【草稿】兴国镇2022年政府信息公开工作年度报告</title>");
  });
});
