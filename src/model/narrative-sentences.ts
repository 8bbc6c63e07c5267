/**
 * Sentences made from the report's own figures that a clerk can insert into a narrative section
 * and then edit (本年新收政府信息公开申请 N 件，上年结转 M 件…; 本年度未收取信息处理费。). Once inserted
 * they are plain text; rule RD-04 / R2-05 keeps them honest when a table changes afterwards, and the
 * sentences are written so that those rules read them exactly. A sentence whose figures are still
 * blank is not offered. Pure: no React, no store.
 */
import { computeReport } from "./compute.ts";
import { numberText } from "./number-text.ts";
import { cellIndex, getEdition } from "./editions/index.ts";
import { statisticsPeriod } from "./report.ts";
import type { EditionDef, NarrativeKey, Report } from "./types.ts";

export interface SuggestedSentence {
  /** what the sentence is about, shown on the insert button */
  readonly label: string;
  readonly text: string;
}

const ORG5 = ["commercial", "research", "publicWelfare", "legalService", "otherOrg"];

/** 万元 without binary noise: 3.25, 0.0125 */
const money = (v: number): string => numberText(v);

interface Figures {
  readonly edition: EditionDef;
  /** value of one cell; null when blank, undefined when the edition has no such cell */
  one(id: string): number | null | undefined;
  /** sum of `prefix.col` or of every `prefix.<leaf>.col` (a group of table 三 rows such as 不予公开) */
  group(prefix: string, col: string): number | null | undefined;
  sum(ids: readonly string[]): number | null | undefined;
}

function figuresOf(report: Report): Figures | null {
  const edition = getEdition(report.edition);
  if (!edition) return null;
  const index = cellIndex(edition);
  const { value } = computeReport(edition, report);
  /** a total counts as blank when one of its parts is: the sentence would state a guess */
  const complete = (id: string): boolean => {
    const cell = index.get(id);
    if (!cell?.sumOf || report.cells[id] !== undefined) return value[id] !== null && value[id] !== undefined;
    return cell.sumOf.every(complete);
  };
  const one = (id: string) => (index.has(id) ? (complete(id) ? (value[id] ?? null) : null) : undefined);
  const sum = (ids: readonly string[]) => {
    let total: number | undefined | null = undefined;
    for (const id of ids) {
      const v = one(id);
      if (v === undefined) continue;
      if (v === null) return null;
      total = (total ?? 0) + v;
    }
    return total;
  };
  const group = (prefix: string, col: string) => {
    const re = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(?:[^.]+\\.)?${col}$`);
    return sum(edition.cells.filter((c) => re.test(c.id)).map((c) => c.id));
  };
  return { edition, one, group, sum };
}

const known = (vs: readonly (number | null | undefined)[]): vs is number[] => vs.every((v) => typeof v === "number");

function applications(f: Figures): SuggestedSentence[] {
  const out: SuggestedSentence[] = [];
  const received = f.one("apply.newReceived.total");
  const natural = f.one("apply.newReceived.natural");
  const org = f.sum(ORG5.map((c) => `apply.newReceived.${c}`));
  const carried = f.one("apply.carriedOver.total");
  if (typeof received === "number" && typeof carried === "number" && known([natural, org])) {
    const split = received > 0 ? `，其中自然人${natural}件、法人或其他组织${org}件` : "";
    out.push({
      label: "收到申请",
      text: `本年新收政府信息公开申请${received}件${split}；上年结转政府信息公开申请${carried}件。`,
    });
  }
  const total = f.one("apply.result.total.total");
  const forward = f.one("apply.carryForward.total");
  if (typeof total === "number" && typeof forward === "number") {
    const parts: [string, number | null | undefined][] = [
      ["予以公开", f.one("apply.result.granted.total")],
      ["部分公开", f.one("apply.result.partial.total")],
      ["不予公开", f.group("apply.result.denied", "total")],
      ["无法提供", f.group("apply.result.unable", "total")],
      ["不予处理", f.group("apply.result.notProcessed", "total")],
      ["其他处理", f.group("apply.result.other", "total")],
    ];
    if (parts.every(([, v]) => v !== null)) {
      const listed = parts.filter(([, v]) => typeof v === "number" && v > 0).map(([name, v]) => `${name}${v}件`);
      out.push({
        label: "办理结果",
        text: `本年度办结政府信息公开申请${total}件${listed.length ? `，其中${listed.join("、")}` : ""}；结转下年度继续办理${forward}件。`,
      });
    }
  }
  return out;
}

function review(f: Figures): SuggestedSentence[] {
  const admin = f.one("review.adminReview.total");
  const suits = f.sum(["review.suitDirect.total", "review.suitAfterReview.total"]);
  if (typeof admin !== "number" || typeof suits !== "number") return [];
  return [
    {
      label: "行政复议和行政诉讼",
      text:
        admin === 0 && suits === 0
          ? "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"
          : `本年度因政府信息公开工作被申请行政复议${admin}件，被提起行政诉讼${suits}件。`,
    },
  ];
}

/** 本年制发规章…件，废止…件，现行有效…件；制发行政规范性文件…件… in the words of the edition's table 二. */
function documents(f: Figures): SuggestedSentence[] {
  const { rows, counts } = f.edition.documents;
  const parts: string[] = [];
  for (const row of rows) {
    const values = counts.map((c) => f.one(`${row.cells}.${c.col}`));
    if (!known(values)) {
      if (row.onlyWhenNonZero) continue;
      return [];
    }
    if (row.onlyWhenNonZero && values.every((v) => v === 0)) continue;
    parts.push(values.map((v, i) => `${counts[i]?.word ?? ""}${i === 0 ? row.name : ""}${v}件`).join("，"));
  }
  if (parts.length === 0) return [];
  return [{ label: rows.map((r) => r.name).join("和"), text: `本年${parts.join("；")}。` }];
}

function fees(f: Figures): SuggestedSentence[] {
  const amount = f.one("active.fees.amountWan");
  return typeof amount === "number"
    ? [{ label: "行政事业性收费", text: `本年行政事业性收费金额${money(amount)}万元。` }]
    : [];
}

function processingFee(f: Figures, key: NarrativeKey): SuggestedSentence[] {
  const fee = f.edition.processingFee;
  if (fee?.section !== key) return []; // the edition has no 信息处理费 (before 2021), or another section states it
  const unpaid = f.one(fee.unpaidCell);
  const out: SuggestedSentence[] = [{ label: "未收取信息处理费（如属实）", text: fee.statement }];
  if (typeof unpaid === "number" && unpaid > 0)
    out.push({
      label: "逾期未缴费不再处理",
      text: `本年度申请人逾期未按收费通知要求缴纳信息处理费而不再处理的政府信息公开申请${unpaid}件。`,
    });
  return out;
}

function preamble(report: Report): SuggestedSentence[] {
  const edition = getEdition(report.edition);
  const out: SuggestedSentence[] = [];
  if (edition)
    out.push({
      label: "编制依据",
      text: `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和政府信息公开工作年度报告格式（${edition.basis}）的要求，编制本报告。`,
    });
  out.push({ label: "统计期限", text: statisticsPeriod(report.year) });
  const { site, url } = report.publication;
  if (site.trim() || url.trim()) {
    const where = site.trim() && url.trim() ? `${site.trim()}（${url.trim()}）` : site.trim() || url.trim();
    out.push({ label: "发布网址", text: `本报告通过${where}公布。` });
  }
  const c = report.contact;
  const details = [
    c.address.trim() && `地址：${c.address.trim()}`,
    c.phone.trim() && `电话：${c.phone.trim()}`,
    c.postcode.trim() && `邮编：${c.postcode.trim()}`,
    c.email.trim() && `电子邮箱：${c.email.trim()}`,
  ].filter(Boolean);
  const who = c.office.trim() || report.org.name.trim();
  if (who && details.length > 0)
    out.push({ label: "联系方式", text: `如对本报告有疑问，请与${who}联系（${details.join("，")}）。` });
  return out;
}

/** Sentences from the figures for one narrative section, in the order they read best. */
export function suggestedSentences(report: Report, key: NarrativeKey): SuggestedSentence[] {
  if (key === "preamble") return preamble(report);
  const f = figuresOf(report);
  if (!f) return [];
  switch (key) {
    case "overview":
      return [...applications(f), ...review(f), ...documents(f), ...fees(f)];
    case "other":
      return processingFee(f, key);
    case "problems":
      return [];
  }
}
