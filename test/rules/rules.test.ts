/**
 * Each rule of format.md §4 the engine checks from the report (and last year's): a report that
 * passes and one that fails, asserting rule id, cells, values and the Chinese message.
 */
import { describe, expect, it } from "vitest";
import { cellsOf as cellsOfTarget } from "../../src/model/findings.ts";
import type { Finding, Report } from "../../src/model/types.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import { computeReport } from "../../src/model/compute.ts";
import { editionOf, fullReport, prevOf } from "../builders.ts";

/** The table cells a finding is about (none when there is no finding). */
const cellsOf = (target: Finding["target"] | undefined): readonly string[] => (target ? cellsOfTarget(target) : []);

const run = (r: Report, prev?: Report) => checkReport(r, prev ? { prev } : {});
const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe("consistent reports pass", () => {
  it.each(["gb2019", "gb2021"])("%s full report with last year's: no finding at all, nothing skipped", (id) => {
    const r = fullReport(id);
    const result = run(r, prevOf(r));
    expect(result.findings).toEqual([]);
    expect(result.skipped.size).toBe(0);
    expect(result.ok).toBe(true);
  });
  it("cross-year rules are skipped without last year's report, and the check says so", () => {
    const result = run(fullReport("gb2021"));
    expect(result.ok).toBe(true);
    expect([...result.skipped.keys()].sort()).toEqual(["R2-01", "R2-02", "R3-05"]);
    expect(result.skipped.get("R3-05")).toContain("未提供上年报告");
  });
});

describe("table 三", () => {
  it("R3-01: per column, 新收 + 结转 = 办理结果总计 + 结转下年度", () => {
    const r = fullReport("gb2021");
    r.cells["apply.newReceived.natural"] = (r.cells["apply.newReceived.natural"] ?? 0) + 1;
    const f = only(run(r).findings, "R3-01");
    expect(f.map((x) => x.message.split("：")[0])).toEqual(["自然人列", "总计列"]);
    const natural = f[0];
    const n = r.cells["apply.newReceived.natural"] ?? 0;
    const c = r.cells["apply.carriedOver.natural"] ?? 0;
    const fwd = r.cells["apply.carryForward.natural"] ?? 0;
    expect(natural).toMatchObject({
      severity: "E",
      target: {
        kind: "cells",
        cells: [
          "apply.newReceived.natural",
          "apply.carriedOver.natural",
          "apply.result.total.natural",
          "apply.carryForward.natural",
        ],
      },
      actual: n + c,
      expected: n + c - 1,
    });
    expect(natural?.message).toBe(
      `自然人列：本年新收 ${n} + 上年结转 ${c} ≠ 办理结果总计 ${n + c - 1 - fwd} + 结转下年度 ${fwd}`,
    );
  });

  it("R3-02: a stated 总计 that is not the sum of the applicant columns", () => {
    const r = fullReport("gb2019");
    const parts = ["natural", "commercial", "research", "publicWelfare", "legalService", "otherOrg"].reduce(
      (s, c) => s + (r.cells[`apply.carriedOver.${c}`] ?? 0),
      0,
    );
    r.cells["apply.carriedOver.total"] = parts;
    expect(only(run(r).findings, "R3-02")).toEqual([]);
    r.cells["apply.carriedOver.total"] = parts + 5;
    const [f] = only(run(r).findings, "R3-02");
    expect(f).toMatchObject({ severity: "E", expected: parts, actual: parts + 5 });
    expect(cellsOf(f?.target)[0]).toBe("apply.carriedOver.total");
    expect(cellsOf(f?.target)).toContain("apply.carriedOver.natural");
    expect(f?.message).toContain(`填写的 ${parts + 5} ≠ 各项之和 ${parts}`);
    expect(f?.message).toContain("采用计算值");
  });

  it("R3-03: a stated （七）总计 that is not the sum of the outcome rows", () => {
    const r = fullReport("gb2021");
    r.cells["apply.result.total.research"] = 999;
    const [f] = only(run(r).findings, "R3-03");
    expect(cellsOf(f?.target)[0]).toBe("apply.result.total.research");
    expect(cellsOf(f?.target)).toHaveLength(22);
    expect(cellsOf(f?.target)).toContain("apply.result.other.feeUnpaid.research");
    expect(f?.actual).toBe(999);
  });

  it("R3-04: blank, typed text, negative and fractional counts", () => {
    const r = fullReport("gb2021");
    delete r.cells["apply.result.granted.natural"];
    r.typed = { "apply.result.partial.commercial": "十二" };
    delete r.cells["apply.result.partial.commercial"];
    r.cells["apply.result.denied.internal.research"] = -3;
    r.cells["apply.result.denied.process.research"] = 1.5;
    const f = only(run(r).findings, "R3-04");
    expect(f.map((x) => [cellsOf(x.target)[0], x.actual])).toEqual([
      ["apply.result.granted.natural", null],
      ["apply.result.partial.commercial", "十二"],
      ["apply.result.denied.internal.research", -3],
      ["apply.result.denied.process.research", 1.5],
    ]);
    expect(f[0]?.message).toBe("三、本年度办理结果 （一）予以公开 自然人：未填写（无则填 0）");
    expect(f[1]?.message).toBe(
      "三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 法人或其他组织 商业企业：「十二」不是数字，请填写阿拉伯数字",
    );
    expect(f[2]?.message).toContain("不能为负数");
    expect(f[3]?.message).toContain("应为整数");
  });

  it("R3-05 (W): 上年结转 equals last year's 结转下年度继续办理, per column", () => {
    const r = fullReport("gb2021");
    const prev = prevOf(r);
    prev.cells["apply.carryForward.legalService"] = (prev.cells["apply.carryForward.legalService"] ?? 0) + 2;
    prev.cells["apply.newReceived.legalService"] = (prev.cells["apply.newReceived.legalService"] ?? 0) + 2;
    const f = only(run(r, prev).findings, "R3-05");
    expect(f.map((x) => x.message.split("：")[0])).toEqual(["法律服务机构列", "总计列"]);
    expect(f[0]).toMatchObject({
      severity: "W",
      target: { kind: "cells", cells: ["apply.carriedOver.legalService"] },
      actual: r.cells["apply.carriedOver.legalService"],
      expected: (r.cells["apply.carriedOver.legalService"] ?? 0) + 2,
    });
    expect(f[0]?.message).toContain("上年结转下年度");
  });

  it("R3-05 sees a change to last year's figures made between two checks (no stale totals)", () => {
    const r = fullReport("gb2021");
    const prev = prevOf(r);
    expect(only(run(r, prev).findings, "R3-05")).toEqual([]);
    prev.cells["apply.carryForward.natural"] = (prev.cells["apply.carryForward.natural"] ?? 0) + 1;
    expect(only(run(r, prev).findings, "R3-05").map((x) => cellsOf(x.target)[0])).toEqual([
      "apply.carriedOver.natural",
      "apply.carriedOver.total",
    ]);
    delete prev.cells["apply.carryForward.natural"];
    expect(only(run(r, prev).findings, "R3-05").map((x) => cellsOf(x.target)[0])).not.toContain(
      "apply.carriedOver.natural",
    );
  });

  it("R3-05 works across the 2020 → 2021 edition switch", () => {
    const r = fullReport("gb2021");
    r.year = 2021;
    const prev19 = fullReport("gb2019");
    prev19.year = 2020;
    const f = only(run(r, prev19).findings, "R3-05");
    // every column whose 上年结转 differs from 2020's 结转下年度 (gb2019 table 三), with both numbers
    const now = computeReport(editionOf("gb2021"), r).value;
    const then = computeReport(editionOf("gb2019"), prev19).value;
    const differing = editionOf("gb2021")
      .cells.filter((c) => c.id.startsWith("apply.carriedOver."))
      .map((c) => [c.id, then[c.id.replace("carriedOver", "carryForward")], now[c.id]] as const)
      .filter(([, before, carried]) => before !== carried);
    expect(differing.length).toBeGreaterThan(1);
    expect(f.map((x) => [cellsOf(x.target)[0], x.expected, x.actual])).toEqual(differing);
    // R2-01 must not compare with 2019's 对外公开总数量: that cell does not exist there — and the check says so
    const result = run(r, prev19);
    expect(only(result.findings, "R2-01")).toEqual([]);
    expect(result.skipped.get("R2-01")).toBe("上年报告（2020 年度，gb2019 版表格）没有可比较的数字，跨年度核对未进行");
    expect(result.skipped.has("R3-05")).toBe(false);
  });

  it("a report of another year given as last year's is not compared with (no false alarms), and the check says why", () => {
    const r = fullReport("gb2021");
    const prev = prevOf(r);
    prev.cells["apply.carryForward.natural"] = (prev.cells["apply.carryForward.natural"] ?? 0) + 5;
    expect(only(run(r, prev).findings, "R3-05")).toHaveLength(2);
    for (const year of [r.year, r.year - 2]) {
      const result = run(r, { ...prev, year });
      expect(result.findings.filter((f) => ["R3-05", "R2-01", "R2-02"].includes(f.rule))).toEqual([]);
      expect(result.skipped.get("R3-05")).toBe(
        `所给的上年报告是 ${year} 年度的，不是 ${r.year - 1} 年度的，跨年度核对未进行`,
      );
    }
  });

  it("R3-06 (I): outcomes without any application", () => {
    const r = fullReport("gb2019");
    for (const id of Object.keys(r.cells))
      if (id.startsWith("apply.newReceived.") || id.startsWith("apply.carriedOver.")) r.cells[id] = 0;
    const [f] = only(run(r).findings, "R3-06");
    expect(f?.severity).toBe("I");
    expect(f?.message).toContain("本年新收和上年结转都是 0");
  });
});

describe("table 四", () => {
  it.each([
    ["R4-01", "adminReview"],
    ["R4-02", "suitDirect"],
    ["R4-03", "suitAfterReview"],
  ])("%s: a stated total of %s that is not the sum", (rule, group) => {
    const r = fullReport("gb2021");
    const sum = ["upheld", "corrected", "other", "pending"].reduce(
      (s, c) => s + (r.cells[`review.${group}.${c}`] ?? 0),
      0,
    );
    r.cells[`review.${group}.total`] = sum;
    expect(only(run(r).findings, rule)).toEqual([]);
    r.cells[`review.${group}.total`] = sum + 1;
    const [f] = only(run(r).findings, rule);
    expect(f).toMatchObject({ rule, severity: "E", expected: sum, actual: sum + 1 });
    expect(cellsOf(f?.target)).toEqual([
      `review.${group}.total`,
      ...["upheld", "corrected", "other", "pending"].map((c) => `review.${group}.${c}`),
    ]);
  });
  it("R4-04: a blank review cell", () => {
    const r = fullReport("gb2019");
    delete r.cells["review.suitAfterReview.pending"];
    const [f] = only(run(r).findings, "R4-04");
    expect(cellsOf(f?.target)).toEqual(["review.suitAfterReview.pending"]);
    expect(f?.message).toBe("行政诉讼 复议后起诉 尚未审结：未填写（无则填 0）");
  });
});

describe("table 二, gb2021", () => {
  it("R2-01 (W): 现行有效 = 上年现行有效 + 制发 − 废止", () => {
    const r = fullReport("gb2021");
    const prev = prevOf(r);
    r.cells["active.normativeDocs.valid"] = (r.cells["active.normativeDocs.valid"] ?? 0) + 4;
    const [f] = only(run(r, prev).findings, "R2-01");
    expect(f?.severity).toBe("W");
    expect(cellsOf(f?.target)).toEqual([
      "active.normativeDocs.valid",
      "active.normativeDocs.issued",
      "active.normativeDocs.repealed",
    ]);
    expect(f?.message).toMatch(
      /^行政规范性文件：现行有效件数 \d+ ≠ 上年现行有效件数 \d+ \+ 本年制发件数 \d+ − 本年废止件数 \d+$/,
    );
  });
  it("R2-02 (W): 废止 ≤ 上年现行有效 + 制发", () => {
    const r = fullReport("gb2021");
    const prev = prevOf(r);
    prev.cells["active.regulations.valid"] = 0;
    r.cells["active.regulations.repealed"] = (r.cells["active.regulations.issued"] ?? 0) + 1;
    const f = only(run(r, prev).findings, "R2-02");
    expect(f).toHaveLength(1);
    expect(f[0]?.expected).toBe(`≤ ${r.cells["active.regulations.issued"]}`);
  });
  it("R2-03: money with more than 6 decimals, too large, or negative", () => {
    const r = fullReport("gb2021");
    r.cells["active.fees.amountWan"] = 1.2345678;
    expect(only(run(r).findings, "R2-03")[0]?.message).toContain("最多保留 6 位小数");
    r.cells["active.fees.amountWan"] = 1e-7; // written by String() as "1e-7"
    expect(only(run(r).findings, "R2-03")[0]?.message).toContain("最多保留 6 位小数");
    r.cells["active.fees.amountWan"] = 5949.088667; // fees stated to the 分
    expect(only(run(r).findings, "R2-03")).toEqual([]);
    // issue 15: 1e21 万元 is no fee (it printed as "1e+21"); above the ceiling, named, never printed with an exponent
    r.cells["active.fees.amountWan"] = 1e21;
    expect(only(run(r).findings, "R2-03")[0]?.message).toMatch(
      /金额过大.*1000000000000000000000|1000000000000000000000.*金额过大/,
    );
    r.cells["active.fees.amountWan"] = -1;
    expect(only(run(r).findings, "R2-03")[0]?.message).toContain("金额不能为负数");
  });
  it("R2-04 (W): a township makes no 规章", () => {
    const r = fullReport("gb2021");
    r.org.kind = "township";
    const [f] = only(run(r).findings, "R2-04");
    expect(cellsOf(f?.target)).toEqual([
      "active.regulations.issued",
      "active.regulations.repealed",
      "active.regulations.valid",
    ]);
    expect(f?.expected).toBe(0);
    for (const id of cellsOf(f?.target) ?? []) r.cells[id] = 0;
    expect(only(run(r).findings, "R2-04")).toEqual([]);
    r.org.kind = "department";
    r.cells["active.regulations.valid"] = 3;
    expect(only(run(r).findings, "R2-04")).toEqual([]);
  });
});

describe("table 二, gb2019", () => {
  it("R2'-01 (W): 上一年项目数量 = last year's 上一年项目数量 + 本年增/减", () => {
    const r = fullReport("gb2019");
    const prev = prevOf(r);
    prev.cells["active.penalty.delta"] = -1;
    const [f] = only(run(r, prev).findings, "R2'-01");
    expect(cellsOf(f?.target)).toEqual(["active.penalty.prevItems"]);
    expect(f?.message).toMatch(/^行政处罚：上一年项目数量 \d+ ≠ 上年上一年项目数量 \d+ \+ 上年本年增\/减 -1$/);
  });
  it("R2'-02a/b: signed 本年增/减 may be negative, but not below the previous count", () => {
    const r = fullReport("gb2019");
    r.cells["active.licensing.delta"] = -(r.cells["active.licensing.prevItems"] ?? 0);
    expect(only(run(r).findings, "R2'-02a")).toEqual([]);
    expect(only(run(r).findings, "R2'-02b")).toEqual([]);
    r.cells["active.licensing.delta"] = -(r.cells["active.licensing.prevItems"] ?? 0) - 1;
    const [f] = only(run(r).findings, "R2'-02b");
    expect(cellsOf(f?.target)).toEqual(["active.licensing.prevItems", "active.licensing.delta"]);
    expect(f?.severity).toBe("E");
    const prevItems = r.cells["active.licensing.prevItems"] ?? 0;
    expect(f).toMatchObject({ expected: "≥ 0", actual: -1 });
    expect(f?.message).toBe(
      `行政许可（上一年项目数量 + 本年增/减 不得为负）：上一年项目数量 ${prevItems} + 本年增/减 ${-prevItems - 1}，合计 -1，小于 0`,
    );
    r.cells["active.licensing.delta"] = 0.5;
    expect(only(run(r).findings, "R2'-02a").some((x) => x.message.includes("本年增/减应为整数"))).toBe(true);
  });
  it("R2'-03 (W): 对外公开总数量 ≥ 本年新公开数量", () => {
    const r = fullReport("gb2019");
    r.cells["active.normativeDocs.publicTotal"] = (r.cells["active.normativeDocs.published"] ?? 0) - 1;
    const [f] = only(run(r).findings, "R2'-03");
    expect(cellsOf(f?.target)).toEqual(["active.normativeDocs.published", "active.normativeDocs.publicTotal"]);
  });
  it("R2'-04 (I): 对外公开总数量 ≈ last year's + 本年新公开", () => {
    const r = fullReport("gb2019");
    const prev = prevOf(r);
    r.cells["active.regulations.publicTotal"] = (r.cells["active.regulations.publicTotal"] ?? 0) + 1;
    const [f] = only(run(r, prev).findings, "R2'-04");
    expect(f?.severity).toBe("I");
  });
  it("R2'-05: 采购总金额 needs its unit", () => {
    const r = fullReport("gb2019");
    delete r.units;
    const [f] = only(run(r).findings, "R2'-05");
    expect(f).toMatchObject({
      severity: "E",
      target: { kind: "cells", cells: ["active.procurement.amount"] },
      expected: "万元或元",
      actual: null,
    });
    r.units = { "active.procurement.amount": "元" };
    expect(only(run(r).findings, "R2'-05")).toEqual([]);
  });
});

describe("document rules", () => {
  it("RD-01: a section heading typed into the narrative (Word numbering artefact)", () => {
    const r = fullReport("gb2021");
    r.narrative.problems = "5、 存在的主要问题及改进情况\n一是……";
    const [f] = only(run(r).findings, "RD-01");
    expect(f).toMatchObject({
      severity: "E",
      target: { kind: "text", section: "problems" },
      actual: "5、 存在的主要问题及改进情况",
    });
    r.narrative.problems = "一是制度机制建设不够。二是人员队伍建设有待加强。";
    expect(only(run(r).findings, "RD-01")).toEqual([]);
  });
  it("RD-01: every section heading with its own number, the official 四 and its variant included", () => {
    const r = fullReport("gb2021");
    const stray = [
      "1、 总体情况",
      "—、总体情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
      "五、政府信息公开工作存在的主要问题及改进情况",
      "6、 其他需要报告的事项",
    ];
    r.narrative.overview = stray.join("\n");
    expect(only(run(r).findings, "RD-01").map((f) => f.actual)).toEqual(stray);
  });
  it("RD-01: sub-headings numbered inside a section are not section headings (no false alarm)", () => {
    const r = fullReport("gb2021");
    r.narrative.overview =
      "1.主动公开政府信息情况\n本年度主动公开信息100条。\n一、主动公开政府信息\n2.收到和处理政府信息公开申请情况";
    r.narrative.problems = "1.存在的主要问题\n一是公开不够及时。\n2.改进情况\n加强培训。";
    expect(only(run(r).findings, "RD-01")).toEqual([]);
  });
  it("RD-02: edition must match the year", () => {
    const r = fullReport("gb2019");
    r.year = 2021;
    const [f] = only(run(r).findings, "RD-02");
    expect(f).toMatchObject({ expected: "gb2021", actual: "gb2019" });
  });
  it("RD-03: label deviations an importer saw", () => {
    const r = fullReport("gb2021");
    const seenLabels = [
      { where: "二、主动公开政府信息情况", cells: [], expected: "第二十条第（六）项", seen: "第二十六条第（六）项" },
    ];
    const [f] = only(checkReport(r, { seenLabels }).findings, "RD-03");
    expect(f?.message).toBe("二、主动公开政府信息情况：标签“第二十六条第（六）项”与官方格式“第二十条第（六）项”不一致");
  });
  it("RD-08 (I): published after the deadline", () => {
    const r = fullReport("gb2021");
    r.publication.date = `${r.year + 1}-02-01`;
    expect(only(run(r).findings, "RD-08")[0]).toMatchObject({ severity: "I", expected: `≤ ${r.year + 1}-01-31` });
    r.publication.deadline = "02-20";
    expect(only(run(r).findings, "RD-08")).toEqual([]);
  });
  it("RD-09 (W): a statistics period of another year", () => {
    const r = fullReport("gb2021");
    r.narrative.preamble = `本年度报告中所列数据的统计期限自${r.year}年1月1日起至${r.year}年12月31日止。`;
    expect(only(run(r).findings, "RD-09")).toEqual([]);
    r.narrative.preamble = "本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。";
    expect(only(run(r).findings, "RD-09")[0]?.target).toMatchObject({ kind: "text", section: "preamble" });
    r.narrative.preamble = `统计期限为${r.year - 1}年1月1日—${r.year - 1}年12月31日。`;
    expect(only(run(r).findings, "RD-09")[0]?.actual).toBe(`统计期限为${r.year - 1}年1月1日—${r.year - 1}年12月31日`);
    r.narrative.preamble = `统计期限为${r.year}年1月1日—${r.year}年12月31日。`;
    expect(only(run(r).findings, "RD-09")).toEqual([]);
  });
});

describe("explanations (decisions §4)", () => {
  it("an explained warning no longer blocks; an error always does", () => {
    const r = fullReport("gb2021");
    r.org.kind = "township";
    const before = run(r);
    expect(before.ok).toBe(false);
    const w = only(before.findings, "R2-04")[0];
    r.explanations = [
      {
        rule: "R2-04",
        target: { kind: "cells", cells: [...cellsOf(w?.target)].reverse() },
        text: "本机关为设区的市政府部门",
      },
    ];
    const after = run(r);
    expect(after.ok).toBe(true);
    expect(only(after.findings, "R2-04")[0]?.explanation).toBe("本机关为设区的市政府部门");
    r.explanations.push({ rule: "R3-04", target: { kind: "cells", cells: ["apply.newReceived.natural"] }, text: "x" });
    delete r.cells["apply.newReceived.natural"];
    expect(run(r).ok).toBe(false);
  });
});
