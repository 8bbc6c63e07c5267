/**
 * The review's parts on their own: bodies matched by name (full, short, within the area), last
 * year's report unique or ambiguous; exact sums in millionths with 元 and 万元 brought together; the
 * copy check's sketches (standard statements out, short sections out) and its groups; the roster;
 * the year under review; two files of one body; a report of another year.
 */
import { describe, expect, it } from "vitest";
import { editionForYear } from "../../src/model/editions/index.ts";
import { aggregate } from "../../src/review/aggregate.ts";
import { BodyYearIndex, bodyNames } from "../../src/review/body-match.ts";
import { copiedBetween } from "../../src/review/copied-between.ts";
import { COPIED_BETWEEN } from "../../src/review/cross-body-rules.ts";
import { crossBody, parseRoster, yearUnderReview } from "../../src/review/cross-body.ts";
import { fromMillionths, millionths, MoneySum } from "../../src/review/exact-sum.ts";
import { readBody } from "../../src/review/read-body.ts";
import type { BodyResult } from "../../src/review/review-types.ts";
import { minHash, ownWriting, similarity, sketchesOf } from "../../src/review/text-sketch.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { writeReportFile } from "../../src/import/report-file.ts";
import type { Report } from "../../src/model/types.ts";
import { fullReport } from "../builders.ts";
import { bodyReport, seeded } from "../support/county.ts";

const org = (name: string, shortName = "") => ({ name, shortName });

async function bodyOf(report: Report, file: string): Promise<BodyResult> {
  const read = await readBody({ file, bytes: new TextEncoder().encode(writeReportFile(report)) });
  if (!read.ok) throw new Error(read.reason);
  return read.body;
}

describe("bodies matched by name", () => {
  it("by full or short name, blanks and full-width forms ignored, and within an area without its name", () => {
    expect(bodyNames(org("兴国镇人民政府", "兴国镇"))).toEqual(["兴国镇人民政府", "兴国镇"]);
    expect(bodyNames(org(" 兴国镇 人民政府"))).toEqual(["兴国镇人民政府", "兴国镇"]);
    expect(bodyNames(org("东城街道办事处"))).toEqual(["东城街道办事处", "东城街道"]);
    expect(bodyNames(org("ＡＢ局"))).toEqual(["AB局"]);
    expect(bodyNames(org("青山县教育局"), "青山县")).toEqual(["青山县教育局", "教育局"]);
    expect(bodyNames(org("县教育局"), "青山县人民政府")).toEqual(["县教育局", "教育局"]);
    // without an area nothing is cut off
    expect(bodyNames(org("县教育局"))).toEqual(["县教育局"]);
  });

  it("last year's report: the one of the year before; none, with the files, when two claim it", () => {
    const a = { org: org("兴国镇人民政府", "兴国镇"), year: 2023 };
    const index = new BodyYearIndex([
      { file: "2023.json", report: a },
      { file: "2023.docx", report: { org: org("兴国镇"), year: 2023 } },
      { file: "中山.json", report: { org: org("中山镇人民政府", "中山镇"), year: 2023 } },
    ]);
    expect(index.lastYear({ org: org("中山镇"), year: 2024 }).used?.file).toBe("中山.json");
    expect(index.lastYear({ org: org("兴国镇人民政府"), year: 2024 }).ambiguous?.map((e) => e.file)).toEqual([
      "2023.json",
      "2023.docx",
    ]);
    expect(index.lastYear({ org: org("青石镇"), year: 2024 })).toEqual({});
    expect(index.sameBodyYear({ file: "2023.json", report: a }).map((e) => e.file)).toEqual(["2023.docx"]);
  });
});

describe("exact sums", () => {
  it("reads a value as millionths and back, refusing what has more decimals than a report may", () => {
    expect(millionths(5949.088667)).toBe(5949088667n);
    expect(millionths(-3)).toBe(-3000000n);
    expect(millionths(0.1234567)).toBeNull();
    expect(fromMillionths(5949088667n)).toBe(5949.088667);
    expect(fromMillionths(-2500000n)).toBe(-2.5);
  });

  it("adds thousands of amounts without drift, and 元 to 万元 exactly", () => {
    const sum = new MoneySum();
    for (let i = 0; i < 10_000; i++) sum.add(0.1, "万元");
    expect(sum.in("万元")).toBe(1000);
    const mixed = new MoneySum();
    mixed.add(25.5, "万元");
    mixed.add(1234.56, "元");
    expect(mixed.in("万元")).toBe(25.623456);
    expect(mixed.in("元")).toBe(256234.56);
    const fine = new MoneySum();
    fine.add(0.01, "元");
    fine.add(0.001, "元");
    expect(fine.in("万元")).toBeNull(); // 0.000001 1 万元 is a millionth; 0.0000011 is not
    expect(fine.in("元")).toBe(0.011);
  });

  it("sums 2019's 采购总金额 in one unit where bodies chose 元 and 万元, and says so", async () => {
    const wan = fullReport("gb2019", 1);
    wan.units = { "active.procurement.amount": "万元" };
    wan.cells["active.procurement.amount"] = 25.5;
    const yuan = fullReport("gb2019", 2);
    yuan.org = { ...yuan.org, name: "中山镇人民政府", shortName: "中山镇" };
    yuan.units = { "active.procurement.amount": "元" };
    yuan.cells["active.procurement.amount"] = 1234.56;
    const bodies = [await bodyOf(wan, "a.json"), await bodyOf(yuan, "b.json")];
    const agg = aggregate(bodies, [], wan.year, "秦安县");
    expect(agg?.cells["active.procurement.amount"]).toBe(25.623456);
    expect(agg?.units).toEqual({ "active.procurement.amount": "万元" });
    expect(agg?.notes.join()).toContain("已换算为万元相加");
    // 2019's signed 本年增/减 adds up with its sign
    expect(agg?.cells["active.licensing.delta"]).toBe(
      (wan.cells["active.licensing.delta"] ?? 0) + (yuan.cells["active.licensing.delta"] ?? 0),
    );
    expect(checkReport(agg?.report ?? wan).findings.filter((f) => f.rule === "R2'-05")).toEqual([]);
  });
});

describe("copied text across bodies", () => {
  const random = seeded(7);
  const words = () =>
    Array.from({ length: 200 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 2000))).join("");

  it("leaves out the standard 信息处理费 statement and sections too short to be a body's own writing", () => {
    const edition = editionForYear(2024);
    expect(ownWriting("本年度未收取信息处理费。", edition)).toBe("");
    expect(ownWriting("我单位本年度未收取信息处理费。另有其他事项报告如下", edition)).toBe("另有其他事项报告如下");
    const report = bodyReport("兴国镇人民政府", "兴国镇", "township", 3);
    expect(sketchesOf(report, edition, COPIED_BETWEEN).map((s) => s.section)).toEqual(["overview", "problems"]);
  });

  it("estimates how alike two texts are from their signatures", () => {
    const a = words();
    const b = words();
    expect(similarity(minHash(a, 5, 64), minHash(a, 5, 64))).toBe(1);
    expect(similarity(minHash(a, 5, 64), minHash(b, 5, 64))).toBeLessThan(0.1);
    const edited = `${a.slice(0, 150)}${b.slice(0, 30)}${a.slice(150)}`;
    expect(similarity(minHash(a, 5, 64), minHash(edited, 5, 64))).toBeGreaterThan(0.6);
  });

  it("groups bodies that share one text into one finding, and leaves distinct texts alone", () => {
    const shared = words();
    const bodies = Array.from({ length: 40 }, (_, i): BodyResult => {
      const text = i < 3 ? shared : words();
      return {
        file: `${i}.json`,
        org: { name: `第${i}镇`, shortName: "", kind: "township" },
        year: 2024,
        sketches: [{ section: "problems", length: text.length, signature: minHash(text, 5, 64) }],
      } as unknown as BodyResult;
    });
    const found = copiedBetween(bodies, COPIED_BETWEEN);
    expect(found).toHaveLength(1);
    expect(found[0]?.files).toEqual(["0.json", "1.json", "2.json"]);
    expect(found[0]?.message).toContain("3 个机关");
    // the same text in another year's report is not a copy between bodies of one year
    const other = bodies.map((b, i) => (i === 1 ? { ...b, year: 2023 } : b));
    expect(copiedBetween(other, COPIED_BETWEEN)[0]?.files).toEqual(["0.json", "2.json"]);
  });
});

describe("the set of files", () => {
  it("reads a roster: the area on the first line, a body a line, notes and blanks ignored", () => {
    expect(parseRoster("\uFEFF青山县\n# 乡镇\n城关镇人民政府\r\n\n  河口镇人民政府 \n城关镇人民政府\n")).toEqual({
      area: "青山县",
      bodies: ["城关镇人民政府", "河口镇人民政府"],
    });
  });

  it("takes the year of most reports, the later on a tie", () => {
    expect(yearUnderReview([{ year: 2023 }, { year: 2024 }, { year: 2024 }])).toBe(2024);
    expect(yearUnderReview([{ year: 2023 }, { year: 2024 }])).toBe(2024);
    expect(yearUnderReview([])).toBeNull();
  });

  it("flags two files of one body and year, a report of another year, and a body not on the roster", async () => {
    const a = bodyReport("城关镇人民政府", "城关镇", "township", 1);
    const b = bodyReport("河口镇人民政府", "河口镇", "township", 2);
    const old = bodyReport("双溪镇人民政府", "双溪镇", "township", 3, 2023);
    const bodies = [
      await bodyOf(a, "城关镇.json"),
      await bodyOf({ ...a, org: { ...a.org, name: "" } }, "城关镇（改）.json"),
      await bodyOf(b, "河口镇.json"),
      await bodyOf(old, "双溪镇.json"),
    ];
    const found = crossBody(bodies, 2024, { area: "青山县", bodies: ["城关镇人民政府", "双溪镇人民政府"] }, "青山县");
    expect(found.crossBody.map((c) => [c.rule, c.files])).toEqual([
      ["RV-01", ["城关镇.json", "城关镇（改）.json"]],
      ["RV-02", ["双溪镇.json"]],
      ["RV-03", ["河口镇.json"]],
    ]);
    // 双溪镇 sent only last year's report: it has none of the year
    expect(found.missing).toEqual(["双溪镇人民政府"]);
    const agg = aggregate(bodies, [], 2024, "青山县");
    expect(agg?.included.map((i) => i.file)).toEqual(["河口镇.json"]);
    expect(agg?.excluded.map((e) => e.file).sort()).toEqual(["双溪镇.json", "城关镇.json", "城关镇（改）.json"].sort());
  });
});
