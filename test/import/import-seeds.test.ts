/**
 * The five real seed reports (shared/seeds, copied to test/fixtures/import): every number each
 * one states lands in its cell id, their label deviations and arithmetic findings are reported,
 * and seed 002's cells whose blanks vanished are named, not shifted. Expectations were written by
 * reading the seed texts; the lead's hand-entered report files (test/fixtures/seeds) must agree.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReport, type ImportOutcome } from "../../src/import/index.ts";
import { cellsOf } from "../../src/model/findings.ts";
import { readReportFile } from "../../src/import/report-file.ts";
import { editionOf } from "../builders.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

async function imported(name: string) {
  const r: ImportOutcome = await importReport({ name, bytes: fixture(name) });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

const handEntered = (name: string) => {
  const r = readReportFile(readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
};

/** every cell of the edition with value 0, except those given (and those left out) */
function zerosExcept(
  editionId: string,
  values: Record<string, number>,
  leftOut: readonly string[] = [],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of editionOf(editionId).cells) if (!leftOut.includes(c.id)) out[c.id] = 0;
  return { ...out, ...values };
}

const seen = (r: Awaited<ReturnType<typeof imported>>) => r.summary.deviations.map((d) => [d.seen, d.expected]);
const rdCells = (r: Awaited<ReturnType<typeof imported>>) =>
  r.summary.findings.filter((f) => f.rule === "RD-03").map((f) => f.actual);

const MISC_2021 = ["natural", "commercial", "research", "publicWelfare", "legalService", "otherOrg", "total"].map(
  (c) => `apply.result.other.misc.${c}`,
);

describe("seed 000 — 兴国镇 2021, Word text with a 2019 label, typos and a missing row", async () => {
  const r = await imported("seed-000-xingguo-2021.txt");

  it("reads org, year and edition; every stated 0 lands in its cell; the missing 3.其他 row stays blank", async () => {
    expect(r.report.edition).toBe("gb2021");
    expect(r.report.year).toBe(2021);
    expect(r.report.org).toEqual({ name: "兴国镇人民政府", shortName: "兴国镇", kind: "township", parent: "秦安县" });
    expect(r.summary.source).toBe("text");
    expect(r.report.cells).toEqual(zerosExcept("gb2021", {}, MISC_2021));
    expect(r.summary.recovered).toBe(193);
    expect(r.summary.blank).toEqual(MISC_2021);
    expect(r.summary.ambiguous).toEqual([]);
  });

  it("reports each label deviation: 2019 label, 本年度收费金额, numbering, 补证, ， for 、, missing 3.其他", async () => {
    expect(seen(r)).toEqual([
      ["规范性文件", "行政规范性文件"],
      ["本年度收费金额（单位：万元）", "本年收费金额（单位：万元）"],
      ["2、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量"],
      [
        "1.申请人无正当理由逾期不补证，行政机关不再处理其政府信息公开申请",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      ],
      [
        "2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      ],
      ["（缺少此行）", "3.其他"],
    ]);
    expect(r.summary.deviations[0]?.where).toContain("gb2019 版的写法");
    expect(r.summary.deviations[1]?.cells).toEqual(["active.fees.amountWan"]);
    expect(r.summary.deviations[5]?.cells).toEqual(MISC_2021);
    expect(rdCells(r)).toHaveLength(6);
    // the blank row is an error the clerk sees, and the foreign town name in the text is caught
    expect(r.summary.findings.filter((f) => f.rule === "R3-04").map((f) => cellsOf(f.target)[0])).toEqual(
      MISC_2021.slice(0, 6),
    );
    expect(r.summary.findings.find((f) => f.rule === "RD-07a")?.actual).toBe("中山镇");
  });

  it("splits the narrative at `1、 总体情况` and the variant 五 heading; strips [bookmark] and （一）、", async () => {
    const n = r.report.narrative;
    expect(n.preamble.split("\n")).toHaveLength(2);
    expect(n.preamble).toMatch(/^按照《中华人民共和国政府信息公开条例》/);
    expect(n.overview).toMatch(/^2021年，我镇高度重视政府信息公开工作/);
    expect(n.overview).toContain("\n（一）加强领导，健全机构。");
    expect(n.overview).toContain("\n（四）完善制度，提升水平。\n按照上级部门");
    expect(n.problems).toMatch(/^2021年我镇政府信息公开取得了一定的成效/);
    expect(n.problems).toMatch(/全面推进全镇政府信息公开工作。$/);
    expect(n.other).toBe("本镇2021年度没有信息公开方面其他需要报告的事项。");
    expect(Object.values(n).join("")).not.toMatch(/bookmark|GoBack|总体情况\n|^1、/);
    expect(r.report.contact).toMatchObject({
      office: "兴国镇办公室",
      phone: "0938—6521510",
      fax: "0938—6521510",
      email: "1740968730@qq.com",
    });
    expect(r.report.publication).toMatchObject({ site: "中国秦安", url: "http://www.qinan.gov.cn" });
  });
});

describe("seed 001 — 泉港镇 2020, Word text with numbers, typos and split cells", async () => {
  const r = await imported("seed-001-quangang-2020.txt");

  it("places every number, including the stated totals and the procurement figures", async () => {
    expect([r.report.edition, r.report.year]).toEqual(["gb2019", 2020]);
    expect(r.report.org).toMatchObject({ name: "丰城市泉港镇人民政府", shortName: "泉港镇", parent: "丰城市" });
    expect(r.report.cells).toEqual(
      zerosExcept("gb2019", {
        "active.procurement.items": 555,
        "active.procurement.amount": 255933.8,
        "apply.newReceived.natural": 2,
        "apply.newReceived.total": 2,
        "apply.result.granted.natural": 1,
        "apply.result.granted.total": 1,
        "apply.result.notProcessed.repeat.natural": 1,
        "apply.result.notProcessed.repeat.total": 1,
        "apply.result.total.natural": 2,
        "apply.result.total.total": 2,
      }),
    );
    expect(r.summary.blank).toEqual([]);
    expect(r.summary.ambiguous).toEqual([]);
  });

  it("reports 第二十六条, 1、 numbering, 不予以公开, 第三类, 信访举报类 and the misplaced bracket", async () => {
    const s = seen(r);
    expect(s[0]).toEqual(["第二十六条第（六）项", "第二十条第（六）项"]);
    expect(r.summary.deviations[0]?.cells).toEqual([
      "active.penalty.prevItems",
      "active.penalty.delta",
      "active.penalty.decisions",
      "active.compulsion.prevItems",
      "active.compulsion.delta",
      "active.compulsion.decisions",
    ]);
    expect(s).toContainEqual(["1、属于国家秘密", "1.属于国家秘密"]);
    expect(s).toContainEqual(["（三）不予以公开", "（三）不予公开"]);
    expect(s).toContainEqual(["5、属于第三类内部事务信息", "5.属于三类内部事务信息"]);
    expect(s).toContainEqual(["1、信访举报类申请", "1.信访举报投诉类申请"]);
    expect(s).toContainEqual([
      "（二）部分公开（区分处理的），只计这一情形，不计其他情形",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    ]);
    expect(s).toHaveLength(19);
  });

  it("finds the procurement amount without a unit and the prose that says 1 application against 2 in the table", async () => {
    const rules = r.summary.findings.map((f) => f.rule);
    expect(rules).toContain("R2'-05");
    expect(r.summary.findings.find((f) => f.rule === "RD-04")).toMatchObject({ expected: 2, actual: 1 });
    expect(r.report.narrative.other).toBe("无");
    expect(r.report.narrative.overview).toContain("\n（五）监督保障\n");
  });
});

describe("seed 002 — 张村镇 2019, a web page whose blank cells vanished", async () => {
  const r = await imported("seed-002-zhangcun-2019.txt");

  it("names the rows whose numbers cannot be placed and does not shift them into other columns", async () => {
    expect([r.report.edition, r.report.year, r.report.org.name, r.report.org.shortName]).toEqual([
      "gb2019",
      2019,
      "张村镇人民政府",
      "张村镇",
    ]);
    expect(r.report.cells).toEqual({});
    expect(r.summary.recovered).toBe(0);
    expect(r.summary.ambiguous).toEqual([
      {
        cells: ["active.regulations.made", "active.regulations.published", "active.regulations.publicTotal"],
        seen: "0",
        where: expect.stringContaining("“规章”：应有 3 个数，看到 1 个"),
      },
      {
        cells: ["active.normativeDocs.made", "active.normativeDocs.published", "active.normativeDocs.publicTotal"],
        seen: "8 83",
        where: expect.stringContaining("“规范性文件”：应有 3 个数，看到 2 个（网页中空白单元格已丢失）"),
      },
    ]);
    expect(r.summary.blank).toHaveLength(editionOf("gb2019").cells.length - 6);
    expect(r.summary.blank).not.toContain("active.regulations.made");
    expect(r.summary.notes.join("\n")).toContain("空白单元格已丢失");
  });

  it("reports the half-width labels, and drops the page's chrome", async () => {
    expect(seen(r)).toContainEqual(["第二十条第(一)项", "第二十条第（一）项"]);
    expect(seen(r)).toContainEqual([
      "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    ]);
    expect(seen(r)).toContainEqual(["(三)不予公开", "（三）不予公开"]);
    const text = Object.values(r.report.narrative).join("\n");
    for (const chrome of ["用微信扫描二维码", "收起", "实景利辛", "智能问答", "政务微博", "政务微信"])
      expect(text).not.toContain(chrome);
    expect(r.report.narrative.other).toBe("暂无其他报告事项。");
    expect(r.report.narrative.overview).toContain("\n（一）组织领导进一步加强。");
    expect(r.report.narrative.problems).toMatch(/^（一）主要问题。\n一是依法公开/);
  });
});

describe("seed 003 — 永昌镇 2021, a clean report with a two-line title and `5、` `6、` headings", async () => {
  const r = await imported("seed-003-yongchang-2021.txt");

  it("reads everything without deviation", async () => {
    expect([r.report.edition, r.report.year]).toEqual(["gb2021", 2021]);
    expect(r.report.org).toMatchObject({ name: "富阳区永昌镇人民政府", shortName: "永昌镇", parent: "富阳区" });
    expect(r.report.cells).toEqual(zerosExcept("gb2021", {}));
    expect(r.summary.deviations).toEqual([]);
    expect(r.summary.ambiguous).toEqual([]);
    expect(r.summary.blank).toEqual([]);
    expect(r.report.narrative.problems).toMatch(/^2021年，永昌镇在信息公开的数量和质量方面/);
    expect(r.report.narrative.other).toBe("本年度未收取信息处理费。");
    expect(r.report.contact).toMatchObject({
      phone: "0571－63201270",
      postcode: "311400",
      address: "杭州市富阳区永昌镇人民政府",
    });
  });
});

describe("seed 004 — 康庄镇 2020, title without year, blank cells kept, a page number", async () => {
  const r = await imported("seed-004-kangzhuang-2020.txt");

  it("takes the year from the text and the date under the title; blank cells stay blank", async () => {
    expect([r.report.edition, r.report.year]).toEqual(["gb2019", 2020]);
    expect(r.report.org).toMatchObject({ name: "康庄镇人民政府", shortName: "康庄镇", parent: "临清市" });
    expect(r.report.publication.date).toBe("2021-01-20");
    const nonZero = Object.fromEntries(Object.entries(r.report.cells).filter(([, v]) => v !== 0));
    expect(nonZero).toEqual({
      "apply.newReceived.otherOrg": 1,
      "apply.newReceived.total": 1,
      "apply.result.granted.otherOrg": 1,
      "apply.result.granted.total": 1,
      "apply.result.total.otherOrg": 1,
      "apply.result.total.total": 1,
    });
    expect(r.summary.recovered).toBe(82);
    expect(r.summary.blank).toContain("apply.newReceived.natural");
    expect(r.summary.blank).toContain("apply.carryForward.legalService");
    expect(r.report.cells["apply.carryForward.otherOrg"]).toBe(0);
    expect(r.summary.blank).not.toContain("apply.carryForward.total");
    expect(r.summary.deviations).toEqual([]);
    expect(r.report.narrative.preamble).toBe("");
    expect(r.report.narrative.other).toBe("无。");
  });
});

describe("the lead's hand-entered seed files agree with the importer on every cell", async () => {
  const pairs = [
    ["seed-000-xingguo-2021.txt", "seed-000-xingguo-2021.json"],
    ["seed-001-quangang-2020.txt", "seed-001-quangang-2020.json"],
    ["seed-002-zhangcun-2019.txt", "seed-002-zhangcun-2019.json"],
    ["seed-003-yongchang-2021.txt", "seed-003-yongchang-2021.json"],
    ["seed-004-kangzhuang-2020.txt", "seed-004-kangzhuang-2020.json"],
  ] as const;
  for (const [text, json] of pairs)
    it(text, async () => {
      const r = await imported(text);
      const want = handEntered(json);
      expect(r.report.cells).toEqual(want.cells);
      expect([r.report.edition, r.report.year, r.report.org.name, r.report.org.shortName, r.report.org.parent]).toEqual(
        [want.edition, want.year, want.org.name, want.org.shortName, want.org.parent],
      );
      expect(r.report.publication).toMatchObject({
        site: want.publication.site,
        url: want.publication.url,
        date: want.publication.date,
      });
      expect(r.report.narrative.problems.replace(/\(([一二三])\)/g, "（$1）")).toBe(
        want.narrative.problems.replace(/\(([一二三])\)/g, "（$1）"),
      );
    });
});
