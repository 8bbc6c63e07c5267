/**
 * The .docx unzipped and read back: GB/T 9704 page setup and the 22 × 28 document grid, fonts with
 * East Asian slots, styles, page numbers, and every table's grid with the merges expanded, for both
 * editions. Each edition's document is rendered once before its tests, so each test stands alone.
 */
import { DomUtils } from "htmlparser2";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/model/types.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { fullReport } from "../builders.ts";
import { docxParts, docxTables, parseXml, partText, textOf, xmlError } from "../support/docx-grid.ts";
import { CONTROL, HOSTILE, hostileReport } from "../support/hostile.ts";
import { expectedGrids } from "../support/view-grid.ts";

const elements = (xml: string, name: string) => DomUtils.findAll((e) => e.name === name, parseXml(xml).children);
const attr = (xml: string, name: string) => elements(xml, name).map((e) => e.attribs);
const style = (styles: string, id: string) => {
  const el = DomUtils.findOne((e) => e.name === "w:style" && e.attribs["w:styleId"] === id, parseXml(styles).children);
  if (!el) throw new Error(`style ${id} missing`);
  return DomUtils.getOuterHTML(el, { xmlMode: true, decodeEntities: false });
};
const twips = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** docx stamps the package properties with the time of packing; everything else is the report's */
const withoutTimes = (parts: Map<string, string>) =>
  new Map(
    [...parts].map(([path, xml]) => [path, xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "<dcterms:$1><")]),
  );

describe.each(["gb2019", "gb2021"])("the %s Word document", (editionId) => {
  const report = fullReport(editionId);
  let parts: Map<string, string> = new Map();
  const part = (path: string) => {
    const xml = parts.get(path);
    if (xml === undefined) throw new Error(`${path} missing`);
    return xml;
  };
  beforeAll(async () => {
    parts = docxParts(await renderReportDocx(report, { draft: false }));
  }, 60_000);

  it("is a package of well-formed parts, the same parts each time", async () => {
    const again = docxParts(await renderReportDocx(report, { draft: false }));
    expect(withoutTimes(again)).toEqual(withoutTimes(parts));
    expect(part("docProps/core.xml")).toMatch(/<dcterms:created[^>]*>\d{4}-\d\d-\d\dT/);
    for (const p of [
      "_rels/.rels",
      "word/document.xml",
      "word/_rels/document.xml.rels",
      "word/styles.xml",
      "word/settings.xml",
      "word/fontTable.xml",
      "word/footer1.xml",
      "word/footer2.xml",
      "docProps/core.xml",
    ])
      expect(parts.has(p), p).toBe(true);
    for (const [path, xml] of parts) expect(xmlError(xml), path).toBeNull();
    expect([...parts.keys()][0], "the content types come first, as Word writes them").toBe("[Content_Types].xml");
    expect(parts.has("word/header1.xml")).toBe(false);
    expect(part("word/document.xml")).not.toContain("草稿");
  }, 60_000);

  it("holds no theme: no theme part, nothing that refers to one, no theme font or colour anywhere", () => {
    expect([...parts.keys()].filter((p) => /theme/i.test(p))).toEqual([]);
    expect(part("[Content_Types].xml")).not.toContain("theme");
    expect(part("word/_rels/document.xml.rels")).not.toContain("theme");
    for (const [path, xml] of parts) if (path !== "word/settings.xml") expect(xml, path).not.toMatch(/theme|Theme/);
    // the settings say only which language the theme fonts would be for
    expect(part("word/settings.xml").match(/<w:theme[A-Za-z]*/g)).toEqual(["<w:themeFontLang"]);
  });

  it("sets A4 with the GB/T 9704 margins 37/35/28/26 mm and the 22-line, 28-character grid", () => {
    const doc = part("word/document.xml");
    expect(attr(doc, "w:pgSz")).toEqual([{ "w:w": "11906", "w:h": "16838", "w:orient": "portrait" }]);
    expect(attr(doc, "w:pgMar")[0]).toMatchObject({
      "w:top": String(twips(37)),
      "w:bottom": String(twips(35)),
      "w:left": String(twips(28)),
      "w:right": String(twips(26)),
    });
    expect(twips(37)).toBe(2098);
    const [grid] = attr(doc, "w:docGrid");
    expect(grid).toMatchObject({ "w:type": "linesAndChars", "w:linePitch": "579" });
    // 22 lines of 579 twips in the 225 mm 版心
    expect(Math.floor(twips(225) / 579)).toBe(22);
    // Word's cell: the Normal style's size + charSpace / 4096 pt; 28 of them in the 156 mm text width
    const styles = part("word/styles.xml");
    const normal = style(styles, "Normal");
    expect(normal, "Normal sets no size: it is the grid's reference").not.toContain("<w:sz ");
    const defaults = DomUtils.findOne((e) => e.name === "w:rPrDefault", parseXml(styles).children);
    const reference =
      Number(DomUtils.findOne((e) => e.name === "w:sz", defaults?.children ?? [])?.attribs["w:val"]) / 2;
    const cell = reference + Number(grid?.["w:charSpace"]) / 4096;
    expect(28 * cell * 20).toBeLessThanOrEqual(8844);
    expect(29 * cell * 20).toBeGreaterThan(8844);
    // the body's 16 pt characters fill Word's cell, and fit one to a cell where a word processor
    // reckons the cell from 12 pt when Normal sets no size (LibreOffice)
    expect(cell).toBeGreaterThan(15.5);
    expect(12 + Number(grid?.["w:charSpace"]) / 4096).toBeGreaterThanOrEqual(16);
  });

  it("names fonts in every slot with the East Asian hint, and a fallback for each GB2312 name", () => {
    const all = [...parts.entries()].filter(([p]) => p.startsWith("word/")).flatMap(([, xml]) => attr(xml, "w:rFonts"));
    expect(all.length).toBeGreaterThan(5);
    for (const f of all) {
      expect(Object.keys(f).sort()).toEqual(["w:ascii", "w:cs", "w:eastAsia", "w:hAnsi", "w:hint"]);
      expect(f["w:hint"]).toBe("eastAsia");
    }
    const styles = part("word/styles.xml");
    expect(styles).not.toMatch(/Theme|Calibri|等线/);
    expect(attr(styles, "w:lang")[0]).toMatchObject({ "w:eastAsia": "zh-CN" });
    const fonts = elements(part("word/fontTable.xml"), "w:font").map((f) => [
      f.attribs["w:name"],
      DomUtils.findOne((e) => e.name === "w:altName", f.children)?.attribs["w:val"],
    ]);
    expect(fonts).toEqual(
      expect.arrayContaining([
        ["仿宋_GB2312", "仿宋"],
        ["楷体_GB2312", "楷体"],
        ["方正小标宋简体", "宋体"],
      ]),
    );
  });

  it("styles the title 2号小标宋 centred, the body 3号仿宋 with exact 28.95 pt lines and a two-character indent, headings 黑体/楷体", () => {
    const styles = part("word/styles.xml");
    const title = style(styles, "Title");
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(style(styles, "Normal")).toContain('w:eastAsia="仿宋_GB2312"');
    const body = style(styles, "BodyText");
    expect(body).toContain('<w:basedOn w:val="Normal"/>');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toMatch(/w:line="579" w:lineRule="exact"|w:lineRule="exact" w:line="579"/);
    expect(body).toMatch(/w:firstLineChars="200"/);
    expect(body).toMatch(/w:firstLine="640"/);
    // no squeezing: the grid sets 28 characters a line, the text keeps its own spacing
    for (const id of ["Normal", "BodyText", "Heading1", "Heading2", "Heading3"])
      expect(style(styles, id), id).not.toMatch(/<w:spacing w:val=/);
    const bodyParagraphs = elements(part("word/document.xml"), "w:pStyle").filter(
      (e) => e.attribs["w:val"] === "BodyText",
    );
    expect(bodyParagraphs.length).toBeGreaterThan(3);
    expect(style(styles, "Heading1")).toContain('w:eastAsia="黑体"');
    expect(style(styles, "Heading2")).toContain('w:eastAsia="楷体_GB2312"');
    expect(style(styles, "Heading1")).toContain('<w:outlineLvl w:val="0"/>');
    const table = style(styles, "TableText");
    expect(table).toContain('<w:sz w:val="21"/>');
    expect(table).toContain('<w:snapToGrid w:val="0"/>');
  });

  it("numbers pages — 1 — in 4号宋体, odd pages right and even pages left, one character in", () => {
    expect(part("word/settings.xml")).toContain("<w:evenAndOddHeaders/>");
    const refs = attr(part("word/document.xml"), "w:footerReference").map((r) => r["w:type"]);
    expect(refs).toEqual(["default", "even"]);
    const odd = part("word/footer1.xml");
    const even = part("word/footer2.xml");
    for (const [xml, side, inset] of [
      [odd, "right", "w:right"],
      [even, "left", "w:left"],
    ] as const) {
      expect(attr(xml, "w:jc")).toEqual([{ "w:val": side }]);
      expect(attr(xml, "w:ind")[0]?.[inset]).toBe("280");
      expect(elements(xml, "w:instrText").map((e) => DomUtils.textContent(e).trim())).toEqual(["PAGE"]);
      expect(partText(xml)).toBe("— 1 —");
    }
    const footer = style(part("word/styles.xml"), "Footer");
    expect(footer).toContain(
      '<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体" w:hint="eastAsia"/>',
    );
    expect(footer).toContain('<w:sz w:val="28"/>');
  });

  it("opens with the title and has the six headings in order", () => {
    const paragraphs = elements(part("word/document.xml"), "w:p").filter((p) =>
      DomUtils.findOne((e) => e.name === "w:pStyle" && /^(Title|Heading1)$/.test(e.attribs["w:val"] ?? ""), p.children),
    );
    expect(paragraphs.map((p) => textOf(p))).toEqual([
      `兴国镇${report.year}年政府信息公开工作年度报告`,
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
  });

  it("gives the heading after a table the space above it that it has after a line of text", () => {
    const body = DomUtils.findOne((e) => e.name === "w:body", parseXml(part("word/document.xml")).children);
    const blocks = (body?.children ?? []).filter((c) => "name" in c && (c.name === "w:p" || c.name === "w:tbl"));
    const after = blocks.flatMap((b, i) => ("name" in b && b.name === "w:tbl" && blocks[i + 1] ? [blocks[i + 1]] : []));
    expect(after).toHaveLength(3);
    for (const p of after) {
      const spacing = DomUtils.findOne((e) => e.name === "w:spacing", p && "children" in p ? p.children : []);
      // the blank part of a 579-twip line above 16 pt (320-twip) characters
      expect(spacing?.attribs["w:before"]).toBe(String(579 - 320));
    }
  });

  it("lays out every table with the official merges, every label and value in place, 8844 twips wide", () => {
    // every cell's text is centred between its rules, by the tables' style
    const doc = part("word/document.xml");
    const tableStyles = attr(doc, "w:tblStyle").map((a) => a["w:val"]);
    expect(tableStyles).toHaveLength(docxTables(doc).length);
    for (const id of tableStyles)
      expect(style(part("word/styles.xml"), id ?? "")).toContain('<w:tcPr><w:vAlign w:val="center"/>');
    const tables = docxTables(doc);
    const expected = expectedGrids(report);
    expect(tables).toHaveLength(expected.length);
    tables.forEach((table, i) => {
      const want = expected[i];
      if (!want) throw new Error("table");
      const id = want.table.id;
      expect(table.tableWidth, id).toBe(8844);
      expect(table.layout, id).toBe("fixed");
      expect(table.gridCols.length, id).toBe(want.table.gridCols);
      expect(
        table.gridCols.reduce((s, w) => s + w, 0),
        id,
      ).toBe(8844);
      expect(table.rows.length, id).toBe(want.table.rows.length);
      table.rows.forEach((row, r) => {
        expect(
          row.cells.reduce((s, c) => s + c.gridSpan, 0),
          `${id} row ${r}`,
        ).toBe(table.gridCols.length);
        let c = 0;
        for (const cell of row.cells) {
          expect(cell.width, `${id} ${r},${c} width`).toBe(
            table.gridCols.slice(c, c + cell.gridSpan).reduce((s, w) => s + w, 0),
          );
          c += cell.gridSpan;
        }
        expect(row.cantSplit).toBe(true);
        expect(row.header, `${id} row ${r} header`).toBe(want.table.rows[r]?.kind === "head");
      });
      expect(table.grid, id).toEqual(want.text);
      expect(table.owner, id).toEqual(want.owner);
      for (const v of want.values) expect(table.grid[v.r]?.[v.c], v.id).toBe(v.text);
    });
  });
});

/** `r` with figures of its own: every input cell a number no other report given `seed` has */
const ownFigures = (r: Report, seed: number): Report => ({
  ...r,
  cells: Object.fromEntries(Object.keys(r.cells).map((id, k) => [id, 1000 + ((seed * 7919 + k * 104729) % 99000)])),
});

describe("Word documents one after another", () => {
  // the tables' cells are made once and shared by every document that has them (shared-cells.ts)
  it("give each report its own figures, and a report the same document whatever was rendered before", async () => {
    const first = fullReport("gb2021");
    const before = docxParts(await renderReportDocx(first, { draft: false }));
    // more reports with figures of their own than the shared cells keep at once (~200 new cells each)
    const others = Array.from({ length: 25 }, (_, i) => ownFigures(first, i + 1));
    for (const other of others) {
      const doc = docxParts(await renderReportDocx(other, { draft: false })).get("word/document.xml") ?? "";
      const tables = docxTables(doc);
      expect(doc, "the shared cells' placeholder for their text").not.toContain("\uE000");
      expectedGrids(other).forEach((want, i) => expect(tables[i]?.grid, want.table.id).toEqual(want.text));
    }
    const after = docxParts(await renderReportDocx(first, { draft: false }));
    expect(withoutTimes(after)).toEqual(withoutTimes(before));
  }, 120_000);
});

describe("the well-formedness check", () => {
  it("(control) rejects what a word processor would: a tag left open, a repeated attribute, an unbound prefix", () => {
    expect(xmlError(`<w:document xmlns:w="urn:w"><w:body/></w:document>`)).toBeNull();
    for (const bad of [`<w:p xmlns:w="urn:w"><w:r></w:p>`, `<w:p xmlns:w="urn:w" w:a="1" w:a="2"/>`, `<w:p/>`])
      expect(xmlError(bad), bad).not.toBeNull();
  });
});

describe("a draft Word document", () => {
  it("carries the red 草稿 mark in the header of odd and even pages", async () => {
    const parts = docxParts(await renderReportDocx(fullReport("gb2021"), { draft: true }));
    for (const p of ["word/header1.xml", "word/header2.xml"]) {
      const xml = parts.get(p) ?? "";
      expect(partText(xml)).toMatch(/^草稿\u3000本稿/);
    }
    const doc = parts.get("word/document.xml") ?? "";
    expect(attr(doc, "w:headerReference").map((r) => r["w:type"])).toEqual(["default", "even"]);
    expect(parts.get("docProps/core.xml")).toContain(
      "<dc:title>【草稿】兴国镇2022年政府信息公开工作年度报告</dc:title>",
    );
  });
});

describe.each(["gb2019", "gb2021"])("a hostile %s report as a Word document", (editionId) => {
  it("keeps every string as text, every part well-formed, and no control character", async () => {
    const parts = docxParts(await renderReportDocx(hostileReport(editionId), { draft: true }));
    const doc = parts.get("word/document.xml") ?? "";
    const text = partText(doc);
    for (const tag of ["简称", "网站", "办公室", "问题", "其他", "输入"]) expect(text).toContain(`${tag}${HOSTILE}`);
    expect(elements(doc, "w:hyperlink")).toHaveLength(0);
    for (const [path, xml] of parts) {
      expect(xmlError(xml), path).toBeNull();
      for (const ch of CONTROL) expect(xml.includes(ch), `${path} U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
    }
  });
});
