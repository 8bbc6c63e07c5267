/**
 * Web pages as county portals publish them: Word-made table markup (`nowrap`, fixed widths, `<p>`
 * and `<span>` in cells, `&nbsp;` for blanks), the article inside layout tables, a metadata
 * table, hidden elements, scripts, site chrome and footer — in UTF-8 and in GB2312.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReport } from "../../src/import/index.ts";
import { readReportFile, writeReportFile } from "../../src/import/report-file.ts";
import { editionOf } from "../builders.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

const QINGSHAN: Record<string, number> = {
  "active.normativeDocs.issued": 2,
  "active.normativeDocs.repealed": 1,
  "active.normativeDocs.valid": 5,
  "active.licensing.decisions": 12,
  "active.penalty.decisions": 3,
  "active.fees.amountWan": 0.35,
  "apply.newReceived.natural": 4,
  "apply.newReceived.commercial": 1,
  "apply.newReceived.total": 5,
  "apply.carriedOver.natural": 1,
  "apply.carriedOver.total": 1,
  "apply.result.granted.natural": 2,
  "apply.result.granted.commercial": 1,
  "apply.result.granted.total": 3,
  "apply.result.unable.notHeld.natural": 1,
  "apply.result.unable.notHeld.total": 1,
  "apply.result.total.natural": 3,
  "apply.result.total.commercial": 1,
  "apply.result.total.total": 4,
  "apply.carryForward.natural": 2,
  "apply.carryForward.total": 2,
  "review.adminReview.upheld": 1,
  "review.adminReview.total": 1,
};

describe("a CMS page (青山街道 2022)", async () => {
  for (const name of ["cms-qingshan-2022.html", "cms-qingshan-2022-gbk.htm", "cms-qingshan-2022.mht"])
    it(`${name}: every cell, the organisation, the narrative; chrome, hidden text and the footer left out`, async () => {
      const r = await importReport({ name, bytes: fixture(name) });
      if (!r.ok) throw new Error(r.reason);
      const zeros = Object.fromEntries(editionOf("gb2021").cells.map((c) => [c.id, 0]));
      expect(r.report.cells).toEqual({ ...zeros, ...QINGSHAN });
      expect(r.summary).toMatchObject({ source: "html", recovered: 200, blank: [], ambiguous: [], deviations: [] });
      expect(r.summary.findings).toEqual([]);
      expect(r.report.org).toEqual({
        name: "青山街道办事处",
        shortName: "青山街道",
        kind: "township",
        parent: "青山区",
      });
      expect([r.report.year, r.report.edition, r.report.publication.date]).toEqual([2022, "gb2021", "2023-01-18"]);
      expect(r.report.contact).toMatchObject({
        office: "青山街道党政办公室",
        address: "青山区建设路8号",
        postcode: "430080",
        phone: "027-86861234",
      });
      expect(r.report.narrative).toEqual({
        preamble: expect.stringMatching(/^根据《中华人民共和国政府信息公开条例》.*027-86861234）。$/),
        overview:
          "2022年，青山街道认真贯彻落实《条例》，全年主动公开政府信息126条。\n（一）主动公开\n全年收到政府信息公开申请5件，上年结转1件。\n（二）监督保障\n本年度开展了工作考核、社会评议，未发生责任追究情况。",
        problems:
          "一是公开内容的及时性有待提高。二是工作人员业务水平有待加强。\n下一步，青山街道将加强培训，提高公开质量。",
        other: "本年度未收取信息处理费。",
      });
      expect(r.summary.notes).toEqual(["略过了与年报表格无关的表格（2 行）"]);
    });
});

describe("other wrappings of the same page", async () => {
  it("the single-file web page (.mht, GB2312, quoted-printable) served as a .doc", async () => {
    const r = await importReport({ name: "2022年报.doc", bytes: fixture("cms-qingshan-2022.mht") });
    expect(
      r.ok && [r.summary.source, r.summary.recovered, r.report.cells["apply.newReceived.total"], r.report.org.name],
    ).toEqual(["html", 200, 5, "青山街道办事处"]);
  });

  it("an article in a two-column layout table (a sidebar beside the text) is read as text, not as a data table", async () => {
    const sidebar = "<ul><li>首页</li><li>政务公开</li></ul>";
    const article = `<div><h2>2021年河口镇政府信息公开工作年度报告</h2><p>一、总体情况</p><p>${"本年度，河口镇认真贯彻落实《条例》，".repeat(12)}</p><p>六、其他需要报告的事项</p><p>无。</p></div>`;
    const r = await importReport({
      name: "p.html",
      text: page(`<table><tr><td>${sidebar}</td><td>${article}</td></tr></table>`),
    });
    if (!r.ok) throw new Error(r.reason);
    expect([r.report.year, r.report.org.shortName, r.report.narrative.other]).toEqual([2021, "河口镇", "无。"]);
    expect(r.report.narrative.overview).toMatch(/^本年度，河口镇认真贯彻落实/);
  });
});

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const HEAD =
  "<h1>石桥镇2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度工作正常。</p><p>二、主动公开政府信息情况</p>";

describe("messy tables", async () => {
  it("a 2019 table in a 2021 report: columns it cannot be sure of stay blank and are named", async () => {
    const html = page(`${HEAD}<table border=1>
      <tr><td colspan=4>第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
      <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
      <tr><td>规范性文件</td><td>3</td><td>3</td><td>40</td></tr>
      <tr><td colspan=4>第二十条第（五）项</td></tr>
      <tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
      <tr><td>行政许可</td><td>10</td><td>-1</td><td>25</td></tr>
      <tr><td>其他对外管理服务事项</td><td>2</td><td>0</td><td>7</td></tr>
      <tr><td colspan=4>第二十条第（九）项</td></tr>
      <tr><td>政府集中采购</td><td>4</td><td>20.5</td><td></td></tr>
    </table><p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p>`);
    const r = await importReport({ name: "a.html", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.cells).toEqual({});
    const where = r.summary.ambiguous.map((a) => [a.cells.length, a.seen]);
    expect(where).toEqual([
      [3, "0 0 0"],
      [3, "3 3 40"],
      [1, "10 -1 25"],
      [0, "2 0 7"],
      [0, "4 20.5 （空）"],
    ]);
    expect(r.summary.ambiguous[2]?.cells).toEqual(["active.licensing.decisions"]);
    expect(r.summary.ambiguous[3]?.where).toContain("未识别的行“其他对外管理服务事项”");
    expect(r.summary.deviations.map((d) => [d.seen, d.expected])).toContainEqual([
      "本年新制作数量｜本年新公开数量｜对外公开总数量",
      "本年制发件数｜本年废止件数｜现行有效件数",
    ]);
    expect(r.summary.deviations.find((d) => d.seen === "规范性文件")?.where).toContain("gb2019 版的写法");
    expect(r.summary.notes).toContain("表格中的栏目“第二十条第（九）项”不属于 gb2021 版表格");
    expect(r.summary.notes).toContain(
      "表格中有 10 处是 gb2019 版表格的写法：本年度应使用 gb2021 版（国办公开办函〔2021〕30号）表格",
    );
  });

  it("rowspan on a value, a cell that says “—”, a number written twice differently, units in cells", async () => {
    const html = page(`${HEAD}<table border=1>
      <tr><td colspan=4>第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td rowspan=2>0</td><td>—</td><td>0件</td></tr>
      <tr><td>行政规范性文件</td><td>1</td><td>6</td></tr>
      <tr><td colspan=4>第二十条第（八）项</td></tr>
      <tr><td>信息内容</td><td colspan=3>本年收费金额（单位：万元）</td></tr>
      <tr><td>行政事业性收费</td><td colspan=3>1.5万元</td></tr>
      <tr><td>行政事业性收费</td><td colspan=3>2</td></tr>
    </table><p>六、其他需要报告的事项</p><p>无。</p>`);
    const r = await importReport({ name: "b.htm", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.cells).toEqual({
      "active.regulations.issued": 0,
      "active.regulations.valid": 0,
      "active.normativeDocs.repealed": 1,
      "active.normativeDocs.valid": 6,
    });
    expect(r.report.typed).toEqual({ "active.regulations.repealed": "—" });
    expect(r.summary.ambiguous.map((a) => [a.cells, a.seen])).toEqual([
      [["active.regulations.repealed"], "—"],
      [["active.normativeDocs.issued"], "0"],
      [["active.fees.amountWan"], "1.5 和 2"],
    ]);
    expect(r.summary.ambiguous[1]?.where).toContain("与上一行合并的单元格");
  });

  it("a page without any table but with the six headings keeps the narrative and says the tables are empty", async () => {
    const html = page(
      `<h1>民意乡2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>全年公开信息30条。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>公开不够及时。</p><p>六、其他需要报告的事项</p><p>无。</p>`,
    );
    const r = await importReport({ name: "c.html", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.cells).toEqual({});
    expect(r.summary.blank).toHaveLength(editionOf("gb2021").cells.length);
    expect(r.summary.notes).toContain("没有找到表格：表格各格为空白");
    expect(r.report.narrative).toMatchObject({
      overview: "全年公开信息30条。",
      problems: "公开不够及时。",
      other: "无。",
    });
    expect(r.report.org.name).toBe("民意乡人民政府");
  });

  it("a table 三 with an added 小计 column: values do not shift left even when the 总计 column is blank", async () => {
    const head = [
      "自然人",
      "法人或其他组织小计",
      "商业企业",
      "科研机构",
      "社会公益组织",
      "法律服务机构",
      "其他",
      "总计",
    ];
    const row = (label: string, values: string[]) =>
      `<tr><td colspan=3>${label}</td>${values.map((v) => `<td>${v}</td>`).join("")}</tr>`;
    const html = page(`${HEAD}<p>三、收到和处理政府信息公开申请情况</p><table border=1>
      <tr><td rowspan=2 colspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=8>申请人情况</td></tr>
      <tr>${head.map((h) => `<td>${h}</td>`).join("")}</tr>
      ${row("一、本年新收政府信息公开申请数量", ["1", "20", "2", "3", "4", "5", "6", ""])}
      ${row("二、上年结转政府信息公开申请数量", ["1", "", "2", "3", "4", "5", "6", ""])}
    </table><p>六、其他需要报告的事项</p><p>无。</p>`);
    const r = await importReport({ name: "e.html", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.cells).toEqual({});
    expect(r.summary.ambiguous.map((a) => [a.cells[1], a.seen])).toEqual([
      ["apply.newReceived.commercial", "1 20 2 3 4 5 6 （空）"],
      ["apply.carriedOver.commercial", "1 （空） 2 3 4 5 6 （空）"],
    ]);
  });

  it("two numbers on two lines of one cell are not read as one number", async () => {
    const html = page(`${HEAD}<table border=1>
      <tr><td colspan=4>第二十条第（五）项</td></tr>
      <tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr>
      <tr><td>行政许可</td><td colspan=3><p>1</p><p>2</p></td></tr>
      <tr><td colspan=4>第二十条第（八）项</td></tr>
      <tr><td>信息内容</td><td colspan=3>本年收费金额（单位：万元）</td></tr>
      <tr><td>行政事业性收费</td><td colspan=3>0 .35</td></tr>
    </table><p>六、其他需要报告的事项</p><p>无。</p>`);
    const r = await importReport({ name: "f.html", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.cells).toEqual({});
    expect(r.report.typed).toEqual({ "active.licensing.decisions": "1 2", "active.fees.amountWan": "0 .35" });
    expect(r.summary.ambiguous.map((a) => a.cells)).toEqual([
      ["active.licensing.decisions"],
      ["active.fees.amountWan"],
    ]);
  });

  it("a row repeated with a number once and a dash once leaves the cell blank and the report file readable", async () => {
    const html = page(`${HEAD}<table border=1>
      <tr><td colspan=4>第二十条第（六）项</td></tr>
      <tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr>
      <tr><td>行政处罚</td><td colspan=3>3</td></tr>
      <tr><td>行政强制</td><td colspan=3>—</td></tr>
      <tr><td>行政处罚</td><td colspan=3>无</td></tr>
      <tr><td>行政强制</td><td colspan=3>0</td></tr>
      <tr><td>行政强制</td><td colspan=3>0</td></tr>
    </table><p>六、其他需要报告的事项</p><p>无。</p>`);
    const r = await importReport({ name: "g.html", text: html });
    if (!r.ok) throw new Error(r.reason);
    expect([r.report.cells, r.report.typed]).toEqual([{}, undefined]);
    expect(r.summary.ambiguous.filter((a) => a.where.includes("出现了两次")).map((a) => [a.cells[0], a.seen])).toEqual([
      ["active.penalty.decisions", "3 和 无"],
      ["active.compulsion.decisions", "— 和 0"],
    ]);
    expect(readReportFile(writeReportFile(r.report)).ok).toBe(true);
  });
});
