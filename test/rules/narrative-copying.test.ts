/**
 * RD-07: signs of text copied from another body or another year — another town named as the
 * reporting body, another year written as the current one, and 五 copied from last year's report.
 */
import { describe, expect, it } from "vitest";
import { bigramSimilarity } from "../../src/rules/narrative/copied-text.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { seed000 } from "./narrative-seeds.ts";
import { findingsOf, marked, townReport, placeOf } from "./narrative-support.ts";

/** RD-07's three checks: another body's place names (a), another year (b), 五 copied from last year (c). */
const RD07 = ["RD-07a", "RD-07b", "RD-07c"];
const rd07 = (report: ReturnType<typeof townReport>) =>
  checkReport(report).findings.filter((f) => RD07.includes(f.rule));

describe("RD-07a another place as the reporting body", () => {
  it("seed 000: 兴国镇's report names 中山镇政务公开工作领导小组", () => {
    const report = townReport(2021, seed000);
    const found = rd07(report);
    expect(found.map((f) => [marked(report, f), f.expected, f.actual, placeOf(f), f.severity])).toEqual([
      ["中山镇", "兴国镇", "中山镇", ["narrative.overview"], "W"],
    ]);
    expect(found[0]?.message).toBe(
      "一、总体情况写到“中山镇政务公开工作领导”：本报告是兴国镇的报告，“中山镇”像是从其他单位的报告照搬来的，请核对",
    );
  });

  it("does not flag the body itself, its county, or unnamed 镇党委/区政府", () => {
    const clean = [
      "我镇及时调整充实兴国镇政务公开工作领导小组。",
      "本报告通过秦安县人民政府门户网站公布。",
      "在镇党委、政府的领导下，围绕镇党委中心工作，按照区人民政府统一部署。",
      "成立以镇党委书记为组长的政务公开工作领导小组，依托镇便民服务中心公开办事指南。",
      "学习借鉴中山镇政务公开的经验，与东山镇人民政府开展交流。",
      "原中山镇人民政府的档案已移交。",
      "社区党委、开发区党工委、各乡镇人民政府、城乡便民服务中心。",
    ];
    for (const text of clean) expect(rd07(townReport(2021, { overview: text })), text).toEqual([]);
  });

  it("checks 县/区 names only against a known county, and not for departments", () => {
    expect(
      rd07(townReport(2021, { overview: "现将甘谷县人民政府信息公开情况报告如下。" })).map((f) => f.actual),
    ).toEqual(["甘谷县"]);
    const noParent = townReport(
      2021,
      { overview: "现将甘谷县人民政府信息公开情况报告如下。" },
      {},
      { name: "兴国镇人民政府", shortName: "兴国镇", kind: "township", parent: "" },
    );
    expect(rd07(noParent)).toEqual([]);
    const department = townReport(
      2021,
      { overview: "中山镇人民政府" },
      {},
      { name: "秦安县教育局", shortName: "县教育局", kind: "department", parent: "秦安县" },
    );
    expect(rd07(department)).toEqual([]);
  });
});

describe("RD-07b another year as the current one", () => {
  it("flags 2019年，我镇… in a 2020 report and a 2019 title phrase", () => {
    const report = townReport(2020, {
      preamble: "现就兴国镇2019年政府信息公开工作报告如下。",
      overview: "2019年，我镇高度重视政府信息公开工作。",
    });
    const found = rd07(report);
    expect(found.map((f) => [placeOf(f)[0], marked(report, f), f.expected, f.actual])).toEqual([
      ["narrative.preamble", "现就兴国镇2019年政府信息公开工作报告", "2020年", "2019年"],
      ["narrative.overview", "2019年", "2020年", "2019年"],
    ]);
  });

  it("accepts next year's plans and references to last year", () => {
    const clean = townReport(2021, {
      overview: "2021年，我镇高度重视政府信息公开工作。2020年，我镇收到申请较少，今年有所增加。",
      problems: "2020年度报告中提出的问题，我镇已整改到位。2022年，我镇将继续加强政府信息公开工作。",
    });
    expect(rd07(clean)).toEqual([]);
  });

  it("catches a stale year wherever it dates the year's own work, also in the middle of a paragraph", () => {
    const stale = [
      ["本年度，我镇认真落实条例。2021年本单位未发生政府信息公开工作责任追究情况。", "2021年"],
      ["经自查，2021年本单位未发生责任追究情况。", "2021年"],
      ["我镇2021年共收到政府信息公开申请若干。", "2021年"],
      ["2021年度我镇主动公开政府信息120条。", "2021年度"],
      ["（三）2021年，我镇开展培训2次。", "2021年"],
    ] as const;
    for (const [text, words] of stale) {
      const report = townReport(2022, { overview: text });
      const found = rd07(report).filter((f) => f.rule === "RD-07b");
      expect(
        found.map((f) => [marked(report, f), f.expected, f.actual]),
        text,
      ).toEqual([[words, "2022年", "2021年"]]);
    }
  });

  it("stays silent for last year's report published, a document's title, 以来, and a comparison", () => {
    const quiet = [
      "我镇按时发布2021年政府信息公开工作年度报告。",
      "认真落实《2022年政务公开工作要点》。",
      "认真落实《2021年政务公开工作要点》，根据《兴国镇2021年政务公开工作方案》开展工作。",
      "2020年以来，我镇持续推进政务公开。",
      "2021年我镇收到申请较少，今年有所增加。",
      "截至2021年底，我镇现行有效规范性文件12件。",
      "2023年，我镇将继续加强政务公开。",
    ];
    for (const text of quiet)
      expect(
        rd07(townReport(2022, { overview: text })).filter((f) => f.rule === "RD-07b"),
        text,
      ).toEqual([]);
  });

  it("accepts telling that last year's report was published, but not a copied title of this one", () => {
    const clean = townReport(2021, {
      overview:
        "2021年1月，我镇按时发布2020年政府信息公开工作年度报告。按期编制并发布《兴国镇2020年政府信息公开工作年度报告》。",
    });
    expect(rd07(clean)).toEqual([]);
    const copied = townReport(2021, { preamble: "根据条例要求，编制兴国镇2020年政府信息公开工作年度报告。" });
    expect(rd07(copied).map((f) => f.actual)).toEqual(["2020年"]);
  });
});

describe("RD-07c 五 copied from last year", () => {
  const problems =
    "一是政府信息公开工作人员业务水平有待提高，对条例的学习不够深入。二是主动公开的内容还不够丰富，更新不够及时。下一步，我镇将加强业务培训，丰富公开内容，及时更新信息。";

  it("bigram similarity ignores digits and punctuation", () => {
    expect(bigramSimilarity("2020年，我镇加强培训。", "2021年我镇加强培训")).toBe(1);
    expect(bigramSimilarity("加强培训", "丰富内容")).toBe(0);
  });

  it("warns when 五 is ≥ 80 % like last year's, with the similarity", () => {
    const report = townReport(2021, { problems });
    report.previous = {
      year: 2020,
      edition: "gb2019",
      cells: {},
      narrative: { problems: problems.replace("更新不够及时", "更新较慢") },
    };
    const found = rd07(report);
    // about 五 as a whole (no range of it): an edit anywhere in 五 keeps the finding and its explanation
    expect(found.map((f) => [f.rule, placeOf(f), f.actual, f.target])).toEqual([
      ["RD-07c", ["narrative.problems"], "94%", { kind: "text", section: "problems", span: null, cells: [] }],
    ]);
  });

  it("is quiet for a rewritten 五, and says it was skipped when last year's report has no text", () => {
    const report = townReport(2021, { problems });
    report.previous = {
      year: 2020,
      edition: "gb2019",
      cells: {},
      narrative: {
        problems: "网站栏目设置不够合理，依申请公开的办理流程需要规范。我镇将优化栏目，规范办理流程，加强督查。",
      },
    };
    expect(rd07(report)).toEqual([]);
    const noText = townReport(2021, { problems });
    noText.previous = { year: 2020, edition: "gb2019", cells: {} };
    expect(checkReport(noText).skipped.get("RD-07c")).toBe(
      "上年报告没有“五、存在的主要问题及改进情况”正文，与上年雷同的核对未进行",
    );
    expect(checkReport(townReport(2021, { problems })).skipped.has("RD-07c")).toBe(false);
  });

  it("reads last year's text from the `prev` option too", () => {
    const prev = townReport(2020, { problems });
    const found = findingsOf(townReport(2021, { problems }), "RD-07c", { prev });
    expect(found.map((f) => f.actual)).toEqual(["100%"]);
  });
});
