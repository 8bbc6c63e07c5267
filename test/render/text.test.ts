/** Text on its way to output: control characters removed, heading levels, links, the standard preface. */
import { describe, expect, it } from "vitest";
import { cleanLine, cleanText } from "../../src/render/clean-text.ts";
import { linkRuns, paragraphsOf, safeHref } from "../../src/render/paragraphs.ts";
import { preambleParagraphs } from "../../src/render/preamble.ts";
import { getEdition } from "../../src/model/editions/index.ts";
import { fullReport } from "../builders.ts";

describe("cleaning", () => {
  it("removes control and XML-illegal characters, keeps tabs and line breaks, normalises CR LF", () => {
    expect(cleanText("a\u0000b\u0007c\u000Bd\u001Fe\u007Ff\uFFFEg\uD800h\r\ni\tj\u2028k")).toBe("abcdefgh\ni\tj\nk");
    expect(cleanText("😀")).toBe("😀");
  });
  it("makes one-line fields one line", () => expect(cleanLine("  兴国镇\n人民政府\t ")).toBe("兴国镇 人民政府"));
});

describe("paragraphs", () => {
  it("knows （一） and 1. headings and splits the heading sentence from the text after it", () => {
    const ps = paragraphsOf("（一）主动公开情况。本年度公开信息100条。\n  \n1.加强培训\n2.5万元已用于建设\n普通段落");
    expect(ps.map((p) => [p.level, p.head.map((r) => r.text).join(""), p.body.map((r) => r.text).join("")])).toEqual([
      [2, "（一）主动公开情况。", "本年度公开信息100条。"],
      [3, "1.加强培训", ""],
      [0, "", "2.5万元已用于建设"],
      [0, "", "普通段落"],
    ]);
  });

  it("takes （一） typed with half-width brackets as the same heading, printed as typed", () => {
    const ps = paragraphsOf("(二)依申请公开\n(三）政府信息管理。严格执行保密审查。\n(1)不是二级标题");
    expect(ps.map((p) => [p.level, p.head.map((r) => r.text).join(""), p.body.map((r) => r.text).join("")])).toEqual([
      [2, "(二)依申请公开", ""],
      [2, "(三）政府信息管理。", "严格执行保密审查。"],
      [0, "", "(1)不是二级标题"],
    ]);
  });

  it("keeps a long numbered paragraph without an early heading sentence as text after its number", () => {
    const long =
      "（一）本年度共收到政府信息公开申请5件，其中自然人申请4件，法人或其他组织申请1件，均已按期答复，无行政复议和诉讼案件发生";
    const late =
      "1.加强业务培训，每季度组织一次信息员培训，重要政策同步推出图解，完善考核机制，把信息报送情况纳入站所年度考核。";
    const ps = paragraphsOf(`${long}\n${late}\n（二）不以句号结尾的短标题\n（三）网站http://www.x.gov.cn`);
    expect(ps.map((p) => [p.level, p.head.map((r) => r.text).join(""), p.body.map((r) => r.text).join("")])).toEqual([
      [2, "（一）", long.slice(3)],
      [3, "1.", late.slice(2)],
      [2, "（二）不以句号结尾的短标题", ""],
      [2, "（三）网站http://www.x.gov.cn", ""], // the colon of an address ends no heading sentence
    ]);
  });

  it("links only well-formed http(s) addresses", () => {
    expect(linkRuns("见http://www.qinan.gov.cn。")).toEqual([
      { text: "见", href: null },
      { text: "http://www.qinan.gov.cn", href: "http://www.qinan.gov.cn/" },
      { text: "。", href: null },
    ]);
    expect(linkRuns("javascript:alert(1) 和 data:text/html,x")).toEqual([
      { text: "javascript:alert(1) 和 data:text/html,x", href: null },
    ]);
    // Chinese written straight after an address is not part of it, nor is a sentence's full stop
    expect(linkRuns("本报告在http://www.yunxi.gov.cn公布，也可见https://a.cn/x?y=1&z=2.")).toEqual([
      { text: "本报告在", href: null },
      { text: "http://www.yunxi.gov.cn", href: "http://www.yunxi.gov.cn/" },
      { text: "公布，也可见", href: null },
      { text: "https://a.cn/x?y=1&z=2", href: "https://a.cn/x?y=1&z=2" },
      { text: ".", href: null },
    ]);
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("HTTPS://example.cn/a?b=1")).toBe("https://example.cn/a?b=1");
    expect(safeHref("http://")).toBeNull();
  });

  it("links an address only when it goes where it says: no user part, no look-alike host, not cut short", () => {
    // issue 15: `https://x.gov.cn@evil.example/` reads as x.gov.cn and goes to evil.example
    for (const spoof of [
      "https://x.gov.cn@evil.example/",
      "https://x.gov.cn:pw@evil.example/a",
      "https://x.gov.cn%40y@evil.example/",
      "https://www.yunxі.gov.cn/", // Cyrillic і: the browser goes to xn--…
      "http://evil%2eexample/",
    ])
      expect(safeHref(spoof), spoof).toBeNull();
    expect(linkRuns("详见 https://x.gov.cn@evil.example/ 。")).toEqual([
      { text: "详见 https://x.gov.cn@evil.example/ 。", href: null },
    ]);
    // an ASCII address cut short by a look-alike letter is not linked as its first half
    expect(linkRuns("见 http://www.yunxі.gov.cn/ 。").every((r) => r.href === null)).toBe(true);
    // the real host, written as the browser reads it, still links
    expect(safeHref("http://xn--yunx-4na.gov.cn/")).toBe("http://xn--yunx-4na.gov.cn/");
    expect(safeHref("https://WWW.Qinan.gov.cn:8443/a")).toBe("https://www.qinan.gov.cn:8443/a");
  });

  it("invisible bidirectional controls and zero-width characters never reach the printed text", () => {
    const ps = paragraphsOf("本机关\u200b无\u202e其他事项\u2066。");
    expect(ps.map((p) => p.body.map((r) => r.text).join(""))).toEqual(["本机关无其他事项。"]);
  });
});

describe("the standard preface", () => {
  const edition = getEdition("gb2021");
  if (!edition) throw new Error("gb2021");

  it("states the legal basis, the edition's 文号, the six parts, the period, where to read it and whom to ask", () => {
    const report = fullReport("gb2021");
    report.narrative.preamble = "";
    const text = preambleParagraphs(report, edition).map((p) => p.body.map((r) => r.text).join(""));
    expect(text).toHaveLength(2);
    expect(text[0]).toContain("《中华人民共和国政府信息公开条例》");
    expect(text[0]).toContain("国办公开办函〔2021〕30号");
    expect(text[0]).toContain("由兴国镇人民政府编制");
    expect(text[0]).toContain("一、总体情况；二、主动公开政府信息情况；");
    expect(text[0]).toContain("本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。");
    expect(text[1]).toBe(
      "本报告电子版可在“中国秦安”（http://www.qinan.gov.cn）查阅和下载。如对本报告有任何疑问，请与兴国镇办公室联系（地址：兴国镇人民路1号；邮编：741600；电话：0938-6521510；传真：0938-6521510；电子邮箱：xg@example.cn）。",
    );
    const link = preambleParagraphs(report, edition)[1]?.body.find((r) => r.href !== null);
    expect(link).toEqual({ text: "http://www.qinan.gov.cn", href: "http://www.qinan.gov.cn/" });
  });

  it("states the period once when the clerk wrote it with 至, 到, — or ~ (RD-09 accepts all four)", () => {
    const report = fullReport("gb2021");
    for (const between of ["至", "到", "—", "~"]) {
      report.narrative.preamble = `本报告统计期限为2022年1月1日${between}12月31日。`;
      const text = preambleParagraphs(report, edition)
        .map((p) => p.body.map((r) => r.text).join(""))
        .join("");
      expect(text, between).toBe(report.narrative.preamble);
    }
  });

  it("prints a non-http address as text and leaves out what is empty", () => {
    const report = fullReport("gb2021");
    report.narrative.preamble = "";
    report.publication = { site: "", url: "javascript:alert(1)", date: "" };
    report.contact = { office: "", phone: "123", fax: "", email: "", address: "", postcode: "" };
    const [, tail] = preambleParagraphs(report, edition);
    expect(tail?.body).toEqual([
      { text: "本报告电子版可在", href: null },
      { text: "javascript:alert(1)", href: null },
      { text: "查阅和下载。", href: null },
      { text: "如对本报告有任何疑问，请与本机关联系（电话：123）。", href: null },
    ]);
  });

  it("closes the clerk's last sentence before adding the period, also after an address", () => {
    const report = fullReport("gb2021");
    report.narrative.preamble = "本报告在县政府网站公布，网址为http://www.x.gov.cn";
    const [first] = preambleParagraphs(report, edition);
    expect(first?.body).toEqual([
      { text: "本报告在县政府网站公布，网址为", href: null },
      { text: "http://www.x.gov.cn", href: "http://www.x.gov.cn/" },
      { text: "。本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。", href: null },
    ]);
    report.narrative.preamble = "本报告在县政府网站公布";
    expect(
      preambleParagraphs(report, edition)[0]
        ?.body.map((r) => r.text)
        .join(""),
    ).toBe("本报告在县政府网站公布。本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。");
  });

  it("keeps the clerk's own preface as written when it states a period", () => {
    const report = fullReport("gb2021");
    report.narrative.preamble = "本报告统计期限自2022年1月1日至12月31日止。";
    expect(preambleParagraphs(report, edition).map((p) => p.body.map((r) => r.text).join(""))).toEqual([
      report.narrative.preamble,
    ]);
  });
});
