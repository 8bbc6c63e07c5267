/**
 * Issue 15, the importer's causes, each with the input that broke it — generated here, never
 * committed: nesting (10⁶ nested `<w:sdt>` in a small .docx, 200,000 nested tables, 300,000 nested
 * `<div>`) is walked without quadratic work and said in a note or a clear refusal; a small .docx
 * of millions of tiny paragraphs, cells or huge `gridSpan`s is refused by its counts, not only its
 * bytes; a Big5 page is read as Big5 and named as traditional text; an .mht whose HTML sits in a
 * nested multipart/alternative, or whose boundary text also appears in the body, is read; `十二` in
 * a value cell is a value typed wrongly, not a row label. The per-test timeout is the hang guard.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importReport, type ImportInput } from "../../src/import/index.ts";
import { MAX_MARKUP_DEPTH, MAX_MARKUP_NODES, MAX_TABLE_CELLS } from "../../src/import/limits.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string) =>
  zipSync(
    {
      "_rels/.rels": strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    },
    { level: 9 },
  );
const wp = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const REPORT_HEAD = ["西镇2021年政府信息公开工作年度报告", "一、总体情况", "略。"];
const REPORT_TAIL = ["六、其他需要报告的事项", "无。"];

async function outcome(input: ImportInput) {
  return importReport(input);
}
async function refusal(input: ImportInput): Promise<string> {
  const r = await importReport(input);
  if (r.ok) throw new Error("expected a refusal");
  expect(r.reason).toMatch(/[\u4e00-\u9fa5]/);
  return r.reason;
}

describe("nesting is walked in linear time and said", { timeout: 60_000 }, async () => {
  it("a small .docx of 10⁶ nested content controls: read, the deep part as text, with a note", async () => {
    const n = 1_000_000;
    const bytes = docx(
      `${REPORT_HEAD.map(wp).join("")}${"<w:sdt>".repeat(n)}${wp("深处的文字")}${"</w:sdt>".repeat(n)}${REPORT_TAIL.map(wp).join("")}`,
    );
    expect(bytes.length).toBeLessThan(64 * 1024);
    const r = await outcome({ name: "a.docx", bytes });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.narrative.other).toBe("无。");
    expect(r.summary.notes.join("\n")).toContain(`嵌套超过 ${MAX_MARKUP_DEPTH} 层`);
  });

  it("a page of 300,000 nested <div>: the text around it is read, the nesting is noted", async () => {
    const n = 300_000;
    const html = `<html><body><h1>西镇2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>略。</p>${"<div>".repeat(n)}深处${"</div>".repeat(n)}<p>六、其他需要报告的事项</p><p>无。</p></body></html>`;
    const r = await outcome({ name: "d.html", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.narrative.other).toBe("无。");
    expect(r.summary.notes.join("\n")).toMatch(/网页中有 [\d,]+ 个元素嵌套超过/);
  });

  it("a 6.6 MB page of 200,000 nested tables: refused for its size as markup, quickly and clearly", async () => {
    const n = 200_000;
    const html = `<html><body><p>一、总体情况</p>${"<table><tr><td>".repeat(n)}0${"</td></tr></table>".repeat(n)}</body></html>`;
    expect(html.length).toBeGreaterThan(6_000_000);
    expect(await refusal({ name: "t.html", text: html })).toBe(
      `网页的结构过于庞大（超过 ${MAX_MARKUP_NODES.toLocaleString("en-US")} 个元素），不像是一份年度报告，没有导入`,
    );
  });

  it("tables nested a few hundred deep around a real report table are layout: the report's cells are read", async () => {
    const inner =
      "<table border=1><tr><td colspan=4>第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr><tr><td>行政处罚</td><td colspan=3>7</td></tr></table>";
    const n = 120;
    const html = `<html><body><h1>西镇2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>略。</p><p>二、主动公开政府信息情况</p>${"<table><tr><td>".repeat(n)}${inner}${"</td></tr></table>".repeat(n)}<p>六、其他需要报告的事项</p><p>无。</p></body></html>`;
    const r = await outcome({ name: "n.html", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.cells["active.penalty.decisions"]).toBe(7);
  });
});

describe("a small .docx that would blow up the heap is refused by its counts", { timeout: 60_000 }, async () => {
  it("millions of tiny paragraphs (a few hundred KB zipped)", async () => {
    const bytes = docx("<w:p/>".repeat(3_000_000));
    expect(bytes.length).toBeLessThan(300 * 1024);
    expect(await refusal({ name: "p.docx", bytes })).toBe(
      `Word 文档的结构过于庞大（超过 ${MAX_MARKUP_NODES.toLocaleString("en-US")} 个元素），不像是一份年度报告，没有导入`,
    );
  });

  it("a table of hundreds of thousands of cells", async () => {
    const row = `<w:tr>${"<w:tc><w:p/></w:tc>".repeat(100)}</w:tr>`;
    const bytes = docx(`<w:tbl>${row.repeat(2_000)}</w:tbl>`);
    expect(bytes.length).toBeLessThan(300 * 1024);
    expect(await refusal({ name: "c.docx", bytes })).toBe(
      `Word 文档中的表格单元格过多（超过 ${MAX_TABLE_CELLS.toLocaleString("en-US")} 格），不像是一份年度报告，没有导入`,
    );
  });

  it("cells with huge gridSpans: the spans count, not only the cells", async () => {
    const row = `<w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="1000000"/></w:tcPr><w:p/></w:tc>'.repeat(3)}</w:tr>`;
    const bytes = docx(`<w:tbl>${row.repeat(20_000)}</w:tbl>`);
    expect(await refusal({ name: "s.docx", bytes })).toContain("表格单元格过多");
  });
});

/** Big5 bytes for a text, by inverting the platform's own Big5 decoder (no encoder ships with it). */
function big5(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("big5");
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return Uint8Array.from(out);
}

describe("what a file is, said rightly", async () => {
  const traditional = `<html><head><title>年報</title></head><body><h1>東鎮2021年政府信息公開工作年度報告</h1><p>一、總體情況</p><p>本年度政府信息公開工作開展順利，報告如下。</p><p>二、主動公開政府信息情況</p><p>三、收到和處理政府信息公開申請情況</p><p>五、存在的主要問題及改進情況</p><p>無。</p></body></html>`;

  it("a Big5 page without a declared charset is read as Big5 and named as traditional, not refused for a missing year", async () => {
    const reason = await refusal({ name: "big5.htm", bytes: big5(traditional) });
    expect(reason).not.toContain("没有找到报告年度");
    expect(reason).toContain("繁体字");
  });

  it("a Big5 page that declares its charset likewise", async () => {
    const declared = traditional.replace("<head>", '<head><meta charset="big5">');
    expect(await refusal({ name: "big5.htm", bytes: big5(declared) })).toContain("繁体字");
  });

  it("UTF-16 without a byte-order mark is read, and the summary says how", async () => {
    const text = ["西镇2021年政府信息公开工作年度报告", "一、总体情况", "略。", "六、其他需要报告的事项", "无。"].join(
      "\n",
    );
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const r = await outcome({ name: "a.txt", bytes });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.narrative.other).toBe("无。");
    expect(r.summary.notes).toContain("文件是 UTF-16 编码（没有字节顺序标记），已按 UTF-16LE 读取");
  });

  const page = `<html><body><h1>南镇2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>--BOUNDARY-42 这一行正文恰好写到了分隔符。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>`;
  const mht = (parts: string) =>
    strToU8(
      `From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="BOUNDARY-42"\r\n\r\n${parts}`,
    );

  it("an .mht whose HTML sits inside a nested multipart/alternative", async () => {
    const bytes = mht(
      `--BOUNDARY-42\r\nContent-Type: multipart/alternative; boundary="ALT-7"\r\n\r\n--ALT-7\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n纯文本\r\n--ALT-7\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(page.replace("--BOUNDARY-42 ", ""), "utf8").toString("base64")}\r\n--ALT-7--\r\n--BOUNDARY-42--\r\n`,
    );
    const r = await outcome({ name: "a.mht", bytes });
    if (!r.ok) throw new Error(r.reason);
    expect([r.report.org.shortName, r.report.narrative.other]).toEqual(["南镇", "无。"]);
  });

  it("an .mht whose boundary text also appears inside the page: only a line that is the boundary separates", async () => {
    const bytes = mht(`--BOUNDARY-42\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${page}\r\n--BOUNDARY-42--\r\n`);
    const r = await outcome({ name: "b.mht", bytes });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.narrative.overview).toBe("--BOUNDARY-42 这一行正文恰好写到了分隔符。");
    expect(r.report.narrative.other).toBe("无。");
  });

  it("`十二` in a value cell is that cell's value, typed wrongly — the row label stays the row's", async () => {
    const html = `<html><body><h1>北镇2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>略。</p><p>二、主动公开政府信息情况</p><table border=1>
      <tr><td colspan=4>第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
      <tr><td>行政规范性文件</td><td>十二</td><td>0</td><td>30</td></tr>
    </table><p>六、其他需要报告的事项</p><p>无。</p></body></html>`;
    const r = await outcome({ name: "n.html", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.cells).toMatchObject({ "active.normativeDocs.repealed": 0, "active.normativeDocs.valid": 30 });
    expect(r.report.typed).toEqual({ "active.normativeDocs.issued": "十二" });
    expect(r.summary.ambiguous.map((a) => a.cells)).toEqual([["active.normativeDocs.issued"]]);
    expect(r.summary.ambiguous.some((a) => a.where.includes("未识别的行"))).toBe(false);
  });

  it("tables that are only pictures (a web page's <img>, a Word file's drawing) are said to be pictures", async () => {
    const html = `<html><body><h1>北镇2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>略。</p><p>二、主动公开政府信息情况</p><p><img src="t1.png"></p><p>三、收到和处理政府信息公开申请情况</p><table><tr><td><img src="t2.png"></td></tr></table><p>六、其他需要报告的事项</p><p>无。</p></body></html>`;
    const r = await outcome({ name: "img.html", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.notes).toContain(
      "第二至四部分的表格是图片（2 张），其中的数字无法读取：表格各格为空白，请对照原件填写",
    );
    const word = docx(
      [...REPORT_HEAD, "二、主动公开政府信息情况"].map(wp).join("") +
        "<w:p><w:r><w:drawing><wp:inline/></w:drawing></w:r></w:p>" +
        REPORT_TAIL.map(wp).join(""),
    );
    const d = await outcome({ name: "img.docx", bytes: word });
    if (!d.ok) throw new Error(d.reason);
    expect(d.summary.notes.join("\n")).toContain("第二至四部分的表格是图片（1 张）");
  });
});
