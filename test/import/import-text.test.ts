/**
 * Pasted text other than Word's export: rows copied from a browser table (cells between tabs,
 * blank cells kept), and flattened lines where a row's numbers share the label's line. A row is
 * placed only when its numbers fit its columns; label matching tolerates the usual variants.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReport } from "../../src/import/index.ts";
import { compact, editDistance, fuzzyDistance, labelKey, numeralValue } from "../../src/import/labels.ts";
import { headingNumber } from "../../src/import/headings.ts";

const HEAD = ["南岭乡2020年政府信息公开工作年度报告", "一、总体情况", "全年工作正常。"];

async function imported(lines: string[]) {
  const r = await importReport({ name: "粘贴的文字", text: lines.join("\n") });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe("rows copied from a browser table", async () => {
  it("places cells between tabs, keeps blank cells blank, reads merged label cells that the copy left out", async () => {
    const r = await imported([
      ...HEAD,
      "二、主动公开政府信息情况",
      "第二十条第（五）项",
      "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
      "行政许可\t20\t-2\t31",
      "其他对外管理服务事项\t5\t\t4",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t1\t4",
      "三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t1\t3",
      "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
      "2、其他法律行政法规禁止公开\t1\t0\t0\t0\t0\t0\t1",
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议\t行政诉讼",
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉",
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
      "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
      "五、存在的主要问题及改进情况",
      "无。",
    ]);
    expect(r.report.year).toBe(2020);
    const cells = r.report.cells;
    expect([
      cells["active.licensing.prevItems"],
      cells["active.licensing.delta"],
      cells["active.licensing.decisions"],
    ]).toEqual([20, -2, 31]);
    expect([
      cells["active.otherServices.prevItems"],
      cells["active.otherServices.delta"],
      cells["active.otherServices.decisions"],
    ]).toEqual([5, undefined, 4]);
    expect(r.summary.blank).toContain("active.otherServices.delta");
    expect(cells["apply.newReceived.otherOrg"]).toBe(1);
    expect(cells["apply.newReceived.total"]).toBe(4);
    expect(cells["apply.result.granted.total"]).toBe(3);
    expect(cells["apply.result.denied.lawProhibited.natural"]).toBe(1);
    expect(cells["review.suitAfterReview.total"]).toBe(0);
    expect(r.summary.deviations.map((d) => d.seen).filter((s) => s !== "（缺少此行）")).toEqual([
      "2、其他法律行政法规禁止公开",
    ]);
    // the rows left out of this partial table are named
    expect(r.summary.deviations.filter((d) => d.seen === "（缺少此行）").map((d) => d.expected)).toContain("规章");
    expect(r.summary.ambiguous).toEqual([]);
  });
});

describe("flattened lines", async () => {
  it("numbers on the label's line are placed when they fill the row, and named when they do not", async () => {
    const r = await imported([
      ...HEAD,
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "规章 0 0 0",
      "规范性文件 2 2 17",
      "第二十条第（八）项",
      "行政事业性收费 3",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1",
      "二、上年结转政府信息公开申请数量 0 0 0",
      "五、存在的主要问题及改进情况",
      "无。",
    ]);
    const c = r.report.cells;
    expect([c["active.regulations.made"], c["active.normativeDocs.publicTotal"], c["apply.newReceived.total"]]).toEqual(
      [0, 17, 1],
    );
    expect(r.summary.ambiguous.map((a) => [a.cells[0], a.seen])).toEqual([
      ["active.fees.prevItems", "3"],
      ["apply.carriedOver.natural", "0 0 0"],
    ]);
    expect(c["apply.carriedOver.natural"]).toBeUndefined();
  });
});

describe("encodings of saved text", async () => {
  const utf8 = readFileSync(new URL("../fixtures/import/seed-000-xingguo-2021.txt", import.meta.url));
  const want = await importReport({ name: "a.txt", bytes: new Uint8Array(utf8) });

  it("Word's text export in GBK with CRLF line ends, and Notepad's UTF-16 with a BOM, read like UTF-8", async () => {
    const gbk = await importReport({
      name: "年报.txt",
      bytes: new Uint8Array(readFileSync(new URL("../fixtures/import/seed-000-xingguo-2021-gbk.txt", import.meta.url))),
    });
    const text = utf8.toString("utf8");
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const wide = await importReport({ name: "年报.txt", bytes: utf16 });
    if (!want.ok || !gbk.ok || !wide.ok) throw new Error("import failed");
    for (const r of [gbk, wide]) {
      expect(r.report.cells).toEqual(want.report.cells);
      expect(r.report.narrative).toEqual(want.report.narrative);
      expect(r.summary.deviations).toEqual(want.summary.deviations);
    }
  });

  it("Word's text export without the empty lines between table rows still places every cell", async () => {
    const lines = readFileSync(
      new URL("../fixtures/import/seed-003-yongchang-2021.txt", import.meta.url),
      "utf8",
    ).split("\n");
    const joined = lines.filter(
      (l, i) => !(l.trim() === "" && lines[i - 1]?.startsWith("\t") && lines[i + 1]?.startsWith("\t")),
    );
    const r = await imported(joined);
    expect([r.summary.recovered, r.summary.ambiguous]).toEqual([200, []]);
  });

  it("a title with the year first: 2021年兴国镇政府信息公开工作年度报告", async () => {
    const r = await imported([
      "2021年城南镇政府信息公开工作年度报告",
      "一、总体情况",
      "略。",
      "六、其他需要报告的事项",
      "无。",
    ]);
    expect([r.report.year, r.report.org.shortName, r.report.org.name]).toEqual([2021, "城南镇", "城南镇人民政府"]);
  });
});

describe("narrative", async () => {
  it("a table of contents before the text is skipped; a closing 特此报告 is kept, a signature and date are not", async () => {
    const r = await imported([
      "北关街道2022年政府信息公开工作年度报告",
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
      "本报告依据《条例》编制。",
      "一、总体情况",
      "全年公开信息50条。",
      "五、存在的主要问题及改进情况",
      "公开不够及时。",
      "六、其他需要报告的事项",
      "本年度未收取信息处理费。",
      "特此报告",
      "北关街道办事处",
      "2023年1月16日",
    ]);
    expect(r.report.narrative).toEqual({
      preamble: "本报告依据《条例》编制。",
      overview: "全年公开信息50条。",
      problems: "公开不够及时。",
      other: "本年度未收取信息处理费。\n特此报告",
    });
    expect(r.report.publication.date).toBe("2023-01-16");
    expect(r.summary.notes).toContain("略过了目录中的 6 个章节标题");
  });

  it("paragraphs indented by a tab (and a signature set apart from its date by tabs) are text, not table cells", async () => {
    const r = await imported([
      "东镇2021年政府信息公开工作年度报告",
      "\t本报告由东镇人民政府编制。联系电话：\t0938-1234567",
      "\t",
      "\t一、总体情况",
      "\t（一）主动公开",
      "\t",
      "\t本年度，东镇认真贯彻落实《条例》，全年主动公开信息30条。",
      "二、主动公开政府信息情况",
      "\t第二十条第（五）项",
      "\t信息内容",
      "\t本年处理决定数量",
      "",
      "\t行政许可",
      "\t7",
      "五、存在的主要问题及改进情况",
      "\t公开不够及时。",
      "六、其他需要报告的事项",
      "\t本年度未收取信息处理费。",
      "\t\t东镇人民政府\t2022年1月20日",
    ]);
    expect(r.report.narrative).toEqual({
      preamble: "本报告由东镇人民政府编制。联系电话：\t0938-1234567",
      overview: "（一）主动公开\n本年度，东镇认真贯彻落实《条例》，全年主动公开信息30条。",
      problems: "公开不够及时。",
      other: "本年度未收取信息处理费。",
    });
    expect(r.report.publication.date).toBe("2022-01-20");
    expect(r.report.cells).toEqual({ "active.licensing.decisions": 7 });
    expect(r.summary.notes.filter((n) => n.includes("略过"))).toEqual([]);
  });
});

describe("label text", async () => {
  it("keys fold width, whitespace, numbering forms and punctuation", async () => {
    expect(labelKey("（ 三 ）不予\n以公开")).toEqual({ num: 3, body: "不予以公开" });
    expect(labelKey("2、 上年结转")).toEqual({ num: 2, body: "上年结转" });
    expect(labelKey("1.5")).toEqual({ num: null, body: "15" });
    expect(labelKey("—、总体情况")).toEqual({ num: 1, body: "总体情况" });
    expect(labelKey("(二)部分公开(区分处理的,只计这一情形,不计其他情形)")).toEqual(
      labelKey("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    );
    expect([numeralValue("十二"), numeralValue("二十"), numeralValue("7"), numeralValue("甲")]).toEqual([
      12,
      20,
      7,
      Number.NaN,
    ]);
    expect(compact(" 结果\n维持\u3000")).toBe("结果维持");
  });

  it("a typo is tolerated; a different number or a short different word is not", async () => {
    const d = (a: string, b: string) => fuzzyDistance(labelKey(a), labelKey(b));
    expect(
      d(
        "1.申请人无正当理由逾期不补证，行政机关不再处理其政府信息公开申请",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      ),
    ).toBe(1);
    expect(d("第二十六条第（六）项", "第二十条第（六）项")).toBe(1);
    expect(d("规范性文件", "行政规范性文件")).toBe(2);
    expect(d("第二十条第（九）项", "第二十条第（八）项")).toBeNull();
    expect(d("2.重复申请", "3.重复申请")).toBeNull();
    expect(d("行政许可", "行政处罚")).toBeNull();
    expect(editDistance("abcdef", "abcxyz", 2)).toBe(3);
  });

  it("section headings with their variants and numbering artefacts, and what is not a heading", async () => {
    expect(
      [
        "1、 总体情况",
        "—、总体情况",
        "总体情况",
        "[bookmark: _GoBack]二、主动公开政府信息情况",
        "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "5、 存在的主要问题及改进情况",
        "五、政府信息公开工作存在的主要问题及改进情况",
        "六、其他需要报告的事项：",
      ].map(headingNumber),
    ).toEqual([1, 1, 1, 2, 4, 5, 5, 6]);
    expect(
      [
        "（一）主动公开政府信息情况",
        "三、本年度办理结果",
        "四、结转下年度继续办理",
        "一、本年新收政府信息公开申请数量",
        "总体情况良好，全年公开信息100条。",
      ].map(headingNumber),
    ).toEqual([null, null, null, null, null]);
  });
});
