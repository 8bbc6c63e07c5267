/**
 * RD-10: the law's name, document numbers and frequent typos, each with the correction suggested.
 */
import { describe, expect, it } from "vitest";
import { seed000, seed002, seed003 } from "./narrative-seeds.ts";
import { findingsOf, marked, townReport, placeOf } from "./narrative-support.ts";

const rd10 = (text: string, year = 2021) => {
  const report = townReport(year, { overview: text });
  return findingsOf(report, "RD-10").map((f) => [marked(report, f), f.expected]);
};

describe("RD-10 law names and document numbers", () => {
  it("seed 000: 《中华人民共和国信息公开条例》 lacks 政府", () => {
    const report = townReport(2021, seed000);
    const found = findingsOf(report, "RD-10");
    expect(found.map((f) => [placeOf(f), marked(report, f), f.expected, f.severity])).toEqual([
      [["narrative.problems"], "《中华人民共和国信息公开条例》", "《中华人民共和国政府信息公开条例》", "W"],
    ]);
    expect(found[0]?.message).toBe(
      "五、存在的主要问题及改进情况中“《中华人民共和国信息公开条例》”名称有误，应为“《中华人民共和国政府信息公开条例》”",
    );
  });

  it("accepts the real names and numbers", () => {
    const clean =
      "根据《中华人民共和国政府信息公开条例》（国务院令第711号）、《政府信息公开条例》和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），" +
      "按照国办公开办函〔2019〕60号、国办公开办函〔2019〕61号和国办公开办函〔2021〕30号的要求编制，并参照《浙江省政府信息公开暂行办法》。";
    expect(rd10(clean)).toEqual([]);
  });

  it("flags misnamed laws, unknown numbers, wrong brackets and the old order number", () => {
    expect(rd10("依据《中华人民共和国政务公开条例》和《政府信息公开法》。")).toEqual([
      ["《中华人民共和国政务公开条例》", "《中华人民共和国政府信息公开条例》"],
      ["《政府信息公开法》", "《中华人民共和国政府信息公开条例》"],
    ]);
    expect(rd10("按照国办公开办函〔2021〕3号和国办公开办函〔2019〕16号要求。")).toEqual([
      ["国办公开办函〔2021〕3号", "国办公开办函〔2021〕30号"],
      ["国办公开办函〔2019〕16号", "国办公开办函〔2019〕61号"],
    ]);
    // a number far from the real ones is judged only where the text says it is the report format's
    expect(
      rd10("按照《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕12号）编制。"),
    ).toEqual([["国办公开办函〔2021〕12号", "国办公开办函〔2021〕30号"]]);
    expect(rd10("落实基层政务公开标准化规范化工作（国办公开办函〔2020〕5号、国办公开办函〔2021〕12号）。")).toEqual([]);
    expect(rd10("按照国办公开办函[2021]30号要求。")).toEqual([["国办公开办函[2021]30号", "国办公开办函〔2021〕30号"]]);
    expect(rd10("依据《政府信息公开信息处理费管理办法》（国办函〔2020〕190号）。")).toEqual([
      ["国办函〔2020〕190号", "国办函〔2020〕109号"],
    ]);
    expect(rd10("国办函〔2021〕12号另有规定。")).toEqual([]);
    expect(rd10("《中华人民共和国政府信息公开条例》（国务院令第492号）。")).toEqual([
      ["国务院令第492号", "国务院令第711号"],
    ]);
  });
});

describe("RD-10 typos", () => {
  it("seed 003: 公开、便民、高校", () => {
    const report = townReport(
      2021,
      seed003,
      {},
      { name: "永昌镇人民政府", shortName: "永昌镇", kind: "township", parent: "富阳区" },
    );
    const found = findingsOf(report, "RD-10");
    expect(found.map((f) => [placeOf(f), marked(report, f), f.expected])).toEqual([
      [["narrative.overview"], "高校", "高效"],
    ]);
    expect(found[0]?.message).toBe("一、总体情况中“高校”疑为错别字，应为“高效”");
  });

  it("seed 002: a doubled 》", () => {
    const report = townReport(
      2019,
      seed002,
      {},
      { name: "张村镇人民政府", shortName: "张村镇", kind: "township", parent: "" },
    );
    expect(findingsOf(report, "RD-10").map((f) => [marked(report, f), f.expected])).toEqual([["》》", "》"]]);
  });

  it("flags typos only where they are certainly wrong", () => {
    expect(rd10("申请人无正当理由逾期不补证的，不再处理。补证后申请内容仍不明确。")).toEqual([
      ["补证", "补正"],
      ["补证", "补正"],
    ]);
    expect(rd10("办理不动产补证业务，走访辖区高校。")).toEqual([]);
    expect(rd10("行政复义、部暑、再接再励。")).toEqual([
      ["行政复义", "行政复议"],
      ["部暑", "部署"],
      ["再接再励", "再接再厉"],
    ]);
    expect(rd10("依托自己经营的网站。")).toEqual([]);
  });
});
