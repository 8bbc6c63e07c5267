/**
 * Sentences from the figures: what each section offers, that blank figures are never put into
 * words, and the 2019/2021 differences (documents, fees, 信息处理费).
 */
import { describe, expect, it } from "vitest";
import { suggestedSentences } from "../../src/model/narrative-sentences.ts";
import { fullReport } from "../builders.ts";
import { townReport } from "../rules/narrative-support.ts";

const texts = (report: ReturnType<typeof fullReport>, key: Parameters<typeof suggestedSentences>[1]) =>
  suggestedSentences(report, key).map((s) => s.text);

describe("suggestedSentences", () => {
  it("overview of a 2021 report: applications, results, review, documents and fees from the tables", () => {
    const report = townReport(
      2021,
      {},
      {
        "apply.newReceived.natural": 3,
        "apply.newReceived.commercial": 1,
        "apply.carriedOver.natural": 1,
        "apply.result.granted.natural": 2,
        "apply.result.denied.thirdParty.natural": 1,
        "apply.result.other.misc.commercial": 1,
        "apply.carryForward.natural": 1,
        "active.normativeDocs.issued": 2,
        "active.normativeDocs.valid": 7,
        "active.fees.amountWan": 0.0125,
      },
    );
    expect(suggestedSentences(report, "overview")).toEqual([
      {
        label: "收到申请",
        text: "本年新收政府信息公开申请4件，其中自然人3件、法人或其他组织1件；上年结转政府信息公开申请1件。",
      },
      {
        label: "办理结果",
        text: "本年度办结政府信息公开申请4件，其中予以公开2件、不予公开1件、其他处理1件；结转下年度继续办理1件。",
      },
      { label: "行政复议和行政诉讼", text: "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。" },
      { label: "规章和行政规范性文件", text: "本年制发行政规范性文件2件，废止0件，现行有效7件。" },
      { label: "行政事业性收费", text: "本年行政事业性收费金额0.0125万元。" },
    ]);
  });

  it("2019 edition: 新制作/新公开 documents, no 收费金额 and no 信息处理费", () => {
    const report = fullReport("gb2019");
    expect(texts(report, "overview").at(-1)).toBe("本年新制作规范性文件5件，新公开6件，对外公开总数量16件。");
    expect(texts(report, "overview").some((t) => t.includes("万元"))).toBe(false);
    expect(texts(report, "other")).toEqual([]);
  });

  it("六 of a 2021 report: 未收取信息处理费, and the 逾期未缴费 count when there is one", () => {
    expect(texts(townReport(2021), "other")).toEqual(["本年度未收取信息处理费。"]);
    const unpaid = townReport(2021, {}, { "apply.newReceived.natural": 2, "apply.result.other.feeUnpaid.natural": 2 });
    expect(texts(unpaid, "other")).toEqual([
      "本年度未收取信息处理费。",
      "本年度申请人逾期未按收费通知要求缴纳信息处理费而不再处理的政府信息公开申请2件。",
    ]);
  });

  it("never puts a blank figure into words", () => {
    const report = townReport(2021);
    delete report.cells["apply.newReceived.natural"];
    delete report.cells["review.suitDirect.pending"];
    const overview = texts(report, "overview");
    expect(overview.some((t) => t.includes("新收"))).toBe(false);
    expect(overview.some((t) => t.includes("行政诉讼"))).toBe(false);
    expect(overview.some((t) => t.includes("办结"))).toBe(true);
  });

  it("preamble: basis of the edition, statistics period, site and contact", () => {
    expect(texts(fullReport("gb2021"), "preamble")).toEqual([
      "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）的要求，编制本报告。",
      "本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
      "本报告通过中国秦安（http://www.qinan.gov.cn）公布。",
      "如对本报告有疑问，请与兴国镇办公室联系（地址：兴国镇人民路1号，电话：0938-6521510，邮编：741600，电子邮箱：xg@example.cn）。",
    ]);
    expect(texts(townReport(2021), "preamble")).toHaveLength(2);
    expect(texts(townReport(2021), "problems")).toEqual([]);
  });
});
