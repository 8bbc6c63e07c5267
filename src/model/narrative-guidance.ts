/**
 * What each narrative section must cover, shown beside its editor: the written requirements of
 * the format (format.md §2.1–§2.2), 条例 第五十条 for 人民政府 (工作考核、社会评议和责任追究), the
 * 信息处理费 statement of 六 from 2021, and what the narrative checks look for. Pure data from the
 * report (edition, year, kind of body, figures); no React.
 */
import { computeReport } from "./compute.ts";
import { getEdition } from "./editions/index.ts";
import { narrativeName } from "./report.ts";
import type { EditionDef, NarrativeKey, Report } from "./types.ts";

export interface NarrativeGuidance {
  /** the section's heading (the opening's name for the preamble) */
  title: string;
  points: string[];
}

const GOVERNMENT_KINDS: readonly string[] = ["township", "county-government"];

function preamble(report: Report, edition: EditionDef): string[] {
  const basis = edition.basis;
  return [
    `写明编制依据：《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式（${basis}）。`,
    "说明报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。",
    `写明统计期限：${report.year}年1月1日至${report.year}年12月31日。`,
    "写明报告的发布网址，以及对报告有疑问时的联系方式（单位、地址、电话、邮编）。",
  ];
}

function overview(report: Report, edition: EditionDef): string[] {
  const points = [
    "概述本年度贯彻落实《条例》的情况，围绕主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面来写；文字精炼、客观，不写与政府信息公开无关的内容。",
  ];
  if (GOVERNMENT_KINDS.includes(report.org.kind))
    points.push(
      "本单位是人民政府：须写明工作考核、社会评议和责任追究结果情况（条例第五十条第四项），通常写在“监督保障”中；没有发生责任追究也要写明。",
    );
  points.push(
    "依申请公开：写明本年新收、上年结转的申请件数和办理结果，数字须与表三一致（可插入按表格生成的句子）。",
    edition.documents.guidance,
    "写明因政府信息公开工作被申请行政复议、提起行政诉讼的情况，须与表四一致。",
    `只写本单位${report.year}年的情况：沿用往年或其他单位的文字时，请核对单位名称和年份。`,
  );
  return points;
}

function problems(report: Report): string[] {
  return [
    "写明本年度政府信息公开工作存在的主要问题，以及具体的改进措施，不写空话套话。",
    `说明${report.year - 1}年度报告所列问题的整改情况。`,
    `写明${report.year + 1}年的工作打算。`,
    "不要照搬上年或其他单位的报告：与上年报告这一部分的相似度达到 80% 会被提示。",
  ];
}

function other(report: Report, edition: EditionDef): string[] {
  const points: string[] = [];
  const fee = edition.processingFee;
  if (fee?.section === "other") {
    points.push(`${fee.guidance}，如“${fee.statement}”`);
    const unpaid = computeReport(edition, report).value[fee.unpaidCell];
    if (typeof unpaid === "number" && unpaid > 0)
      points.push(
        `表三有 ${unpaid} 件申请因申请人逾期未按收费通知要求缴纳费用而不再处理，须说明收费通知和信息处理费的收取情况。`,
      );
  }
  points.push(
    "可写：落实上级年度政务公开工作要点情况，人大代表建议和政协委员提案办理结果公开情况，本机关政务公开创新情况等。",
    points.length > 0 ? "没有其他事项时，写明信息处理费情况即可。" : "没有其他需要报告的事项时，写明“无”。",
  );
  return points;
}

/** The guidance for one narrative section of a report. */
export function guidanceFor(report: Report, key: NarrativeKey): NarrativeGuidance {
  const edition = getEdition(report.edition);
  if (!edition) throw new Error(`未知的表格版本：${report.edition}`);
  const title = narrativeName(edition, key);
  switch (key) {
    case "preamble":
      return { title, points: preamble(report, edition) };
    case "overview":
      return { title, points: overview(report, edition) };
    case "problems":
      return { title, points: problems(report) };
    case "other":
      return { title, points: other(report, edition) };
  }
}
