/**
 * Huge or repetitive text (issue 15): the narrative checks read a sentence in one pass and at most
 * `MAX_CLAIMS` figures from it, and repeated findings are one grouped finding (…等 N 处), with at
 * most `MAX_LISTED` listed per rule and section. The inputs are made here, at test time. No test
 * measures time (that is `bench/check.bench.ts`): each asserts the bound on what comes out.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/model/editions/index.ts";
import { targetKey } from "../../src/model/findings.ts";
import type { Finding, Report } from "../../src/model/types.ts";
import { finalOutputBlockers } from "../../src/render/final-output.ts";
import { claimsOfSentence, readText, scannerFor, MAX_CLAIMS } from "../../src/rules/narrative/figure-claims.ts";
import { makeContext } from "../../src/rules/context.ts";
import { GROUP_FROM, MAX_LISTED } from "../../src/rules/group-findings.ts";
import { checkReport, explainable } from "../../src/rules/run-rules.ts";
import { setExplanation } from "../../src/store/report-edits.ts";
import { townReport } from "./narrative-support.ts";

const MB = 1 << 20;
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
const textFindings = (r: Report): Finding[] => checkReport(r).findings.filter((f) => f.target.kind === "text");
const ofRule = (r: Report, rule: string) => checkReport(r).findings.filter((f) => f.rule === rule);

/** one sentence (no 。) of a megabyte, in shapes that made the old scan quadratic */
const HUGE_SENTENCES: Readonly<Record<string, string>> = {
  "one word, then a number after every comma": `收到政府信息公开申请${repeat("5件、", MB)}`,
  "the same claim again and again": repeat("全年共收到政府信息公开申请5件，", MB),
  "a different figure each time": Array.from({ length: MB / 16 }, (_, i) => `收到政府信息公开申请${i}件，`).join(""),
  "words without a number, then one": `${repeat("收到", MB)}政府信息公开申请5件`,
  "未收到 again and again": repeat("未收到政府信息公开申请，", MB),
  "a year as this year's again and again": repeat("2019年我镇", MB),
};

describe("a one-megabyte sentence", () => {
  for (const [shape, sentence] of Object.entries(HUGE_SENTENCES))
    it(`is checked, with few findings: ${shape}`, { timeout: 120_000 }, () => {
      expect(sentence.length).toBeGreaterThanOrEqual(MB - 16);
      expect(/[。！？\n]/.test(sentence)).toBe(false);
      const report = townReport(2021, { overview: sentence });
      const found = textFindings(report);
      // per rule and section: a group, or at most MAX_LISTED and one line for the rest
      expect(found.length).toBeLessThanOrEqual(2 * (MAX_LISTED + 1));
      for (const f of found) expect(f.message.length).toBeLessThan(400);
    });

  it("gives at most MAX_CLAIMS claims however many figures it states", () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `收到政府信息公开申请${i}件，`).join("");
    const report = townReport(2021, { overview: text });
    const edition = getEdition(report.edition);
    const rd04 = edition?.rules.find((r) => r.id === "RD-04");
    if (!edition || rd04?.kind !== "document" || rd04.check !== "narrative-figures") throw new Error("RD-04");
    const read = readText(makeContext(report, edition), "overview", text);
    expect(read.sentences).toHaveLength(1);
    const [only] = read.sentences;
    if (!only) return;
    expect(only.numbers).toHaveLength(20_000);
    const scanner = scannerFor(edition, rd04.options.groups);
    const claims = claimsOfSentence(text, only.span, only.numbers, read.negation, scanner, report.year);
    expect(claims).toHaveLength(MAX_CLAIMS);
    // the sentence's first figures, in order
    expect(claims.map((c) => c.stated.value).slice(0, 3)).toEqual([0, 1, 2]);
  });
});

describe("repeated findings are one finding (…等 N 处)", () => {
  it("100,000 《 give one RD-10 finding for 50,000 places, in the check and the refusal of a final", () => {
    const report = townReport(2021, { problems: "《".repeat(100_000) });
    const found = ofRule(report, "RD-10");
    expect(found).toHaveLength(1);
    const [group] = found;
    expect(group?.message).toBe("五、存在的主要问题及改进情况中“《《”疑为错别字，应为“《”（等 50000 处）");
    expect(group?.places).toHaveLength(50_000);
    expect(group?.target.kind === "text" && group.target.span).toMatchObject({ start: 0, end: 2, occurrence: 0 });
    // its one-click fix replaces every place
    expect(group?.fix?.kind === "replace-text" && group.fix.edits.length).toBe(50_000);
    expect(finalOutputBlockers(report).filter((f) => f.rule === "RD-10")).toHaveLength(1);
  });

  it(`groups from ${GROUP_FROM} on: two places stay two findings`, () => {
    const two = townReport(2021, { problems: "对逾期不补证的。逾期不补证的。" });
    expect(ofRule(two, "RD-10").map((f) => f.places?.length ?? 1)).toEqual([1, 1]);
    const three = townReport(2021, { problems: "对逾期不补证的。逾期不补证的。逾期不补证的。" });
    expect(ofRule(three, "RD-10").map((f) => [f.places?.length, f.message])).toEqual([
      [3, "五、存在的主要问题及改进情况中“补证”疑为错别字，应为“补正”（等 3 处）"],
    ]);
  });

  it("a group's explanation covers every place while they are grouped, and no single finding after", () => {
    const text = "逾期不补证的。".repeat(4);
    const report = townReport(2021, { problems: text });
    const [group] = ofRule(report, "RD-10");
    if (!group) throw new Error("no group");
    expect(explainable(group)).toBe(true);
    expect(targetKey(group.target)).toEqual({ kind: "text", section: "problems", quote: "补证", occurrence: 0 });
    const explained = setExplanation(report, group, "引用原文");
    expect(ofRule(explained, "RD-10").map((f) => [f.places?.length, f.explanation])).toEqual([[4, "引用原文"]]);
    // an edit elsewhere, and one place fewer: still the same group, still explained
    const edited = {
      ...explained,
      narrative: { ...explained.narrative, problems: `前言。${"逾期不补证的。".repeat(3)}` },
    };
    const [same] = ofRule(edited, "RD-10");
    expect([same?.id, same?.places?.length, same?.explanation]).toEqual([group.id, 3, "引用原文"]);
    // two left: two findings of their own, each unexplained (nobody explained them one by one)
    const fewer = { ...explained, narrative: { ...explained.narrative, problems: "逾期不补证的。".repeat(2) } };
    expect(ofRule(fewer, "RD-10").map((f) => [f.places, f.explanation])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it(`lists at most ${MAX_LISTED} unexplained findings of a rule in a section; the rest say how many`, () => {
    const cells = { "apply.newReceived.natural": 1000 };
    // 60 different wrong figures, one a sentence
    const text = Array.from({ length: 60 }, (_, i) => `收到政府信息公开申请${i + 1}件。`).join("");
    let report = townReport(2021, { overview: text }, cells);
    let found = ofRule(report, "RD-04");
    expect(found).toHaveLength(MAX_LISTED + 1);
    const rest = found[MAX_LISTED];
    expect(rest?.unlisted).toBe(10);
    expect(rest?.message).toContain("另有 10 处同类问题（RD-04）未逐一列出");
    expect(rest && explainable(rest)).toBe(false);
    // explaining a listed one brings the next into the list
    const first = found[0];
    if (!first) throw new Error("none");
    report = setExplanation(report, first, "按口径另计");
    found = ofRule(report, "RD-04");
    expect(found.filter((f) => f.unlisted === undefined && f.explanation === undefined)).toHaveLength(MAX_LISTED);
    expect(found.find((f) => f.unlisted !== undefined)?.unlisted).toBe(9);
  });
});
