/**
 * The paragraphs before 一、总体情况 (format.md §0.1 "common preface"): the clerk's own text when
 * written, otherwise a standard preface — legal basis (《条例》 and the edition's 文号), the six
 * parts, the statistics period, where the report is published and whom to contact. Either way the
 * statistics period is stated (rule RD-09 reads it).
 */
import { PERIOD_DATES, statisticsPeriod } from "../model/report.ts";
import type { EditionDef, Report } from "../model/types.ts";
import { cleanLine } from "./clean-text.ts";
import { paragraphsOf, safeHref, type ParagraphView, type Run } from "./paragraphs.ts";

/** A statement of a statistics period, with 至 / 到 / — / ~ (any year; RD-09 judges the year). */
const PERIOD = new RegExp(PERIOD_DATES);

const plain = (text: string): Run => ({ text, href: null });

function whereToRead(report: Report): Run[] {
  const site = cleanLine(report.publication.site);
  const url = cleanLine(report.publication.url);
  if (!site && !url) return [];
  const href = safeHref(url);
  const address: Run[] = url ? [href ? { text: url, href } : plain(url)] : [];
  if (site && url) return [plain(`本报告电子版可在“${site}”（`), ...address, plain("）查阅和下载。")];
  if (site) return [plain(`本报告电子版可在“${site}”网站查阅和下载。`)];
  return [plain("本报告电子版可在"), ...address, plain("查阅和下载。")];
}

function contactLine(report: Report): Run[] {
  const c = report.contact;
  const parts = (
    [
      ["地址", c.address],
      ["邮编", c.postcode],
      ["电话", c.phone],
      ["传真", c.fax],
      ["电子邮箱", c.email],
    ] as const
  )
    .map(([label, v]) => [label, cleanLine(v)] as const)
    .filter(([, v]) => v !== "")
    .map(([label, v]) => `${label}：${v}`);
  const office = cleanLine(c.office);
  if (!office && parts.length === 0) return [];
  const details = parts.length > 0 ? `（${parts.join("；")}）` : "";
  return [plain(`如对本报告有任何疑问，请与${office || "本机关"}联系${details}。`)];
}

function standardPreamble(report: Report, edition: EditionDef): ParagraphView[] {
  const who = cleanLine(report.org.name) || cleanLine(report.org.shortName) || "本机关";
  const parts = edition.sections.map((s) => s.heading).join("；");
  const basis =
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和政府信息公开工作年度报告格式（${edition.basis}）的要求，` +
    `由${who}编制。全文分为六个部分：${parts}。${statisticsPeriod(report.year)}`;
  const paragraphs: ParagraphView[] = [{ level: 0, head: [], body: [plain(basis)], placeholder: false }];
  const tail = [...whereToRead(report), ...contactLine(report)];
  if (tail.length > 0) paragraphs.push({ level: 0, head: [], body: tail, placeholder: false });
  return paragraphs;
}

export function preambleParagraphs(report: Report, edition: EditionDef): ParagraphView[] {
  const own = paragraphsOf(report.narrative.preamble);
  if (own.length === 0) return standardPreamble(report, edition);
  if (PERIOD.test(report.narrative.preamble)) return own;
  // the clerk's text lacks the period: add it to the first body paragraph (or as its own paragraph)
  const period = statisticsPeriod(report.year);
  const i = own.findIndex((p) => p.level === 0);
  const first = own[i];
  if (!first) return [...own, { level: 0, head: [], body: [plain(period)], placeholder: false }];
  const body = [...first.body];
  const end = body.at(-1);
  // the period is a sentence of its own: close the clerk's last sentence first (also after a link)
  if (end && end.href === null)
    body[body.length - 1] = plain(`${end.text}${/[。！？」”]$/.test(end.text) ? "" : "。"}${period}`);
  else body.push(plain(`。${period}`));
  return own.map((p, k) => (k === i ? { ...p, body } : p));
}
