/**
 * Making and describing reports: an empty report for a year, the title and statistics period,
 * the publication deadline. Generated text lives here so every output says the same thing.
 */
import { editionForYear } from "./editions/index.ts";
import type { EditionDef, NarrativeKey, Org, OrgKind, PreviousYear, Report, Severity } from "./types.ts";

/** The severities, in the words the clerk and the county office read. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { E: "错误", W: "警告", I: "提示" };

/** The kinds of body, in the words of the form; its keys are every kind a report may have. */
export const ORG_KIND_LABEL: Readonly<Record<OrgKind, string>> = {
  township: "乡镇人民政府、街道办事处",
  "county-government": "县级人民政府",
  department: "政府部门",
  other: "其他机关单位",
};

export const EMPTY_CONTACT = { office: "", phone: "", fax: "", email: "", address: "", postcode: "" };

export function newReport(year: number, org: Partial<Org> = {}): Report {
  const edition = editionForYear(year);
  if (!edition) throw new Error(`报告年度 ${year} 早于 2019 年，不在支持范围内`);
  return {
    format: "nianbao.report",
    version: 2,
    edition: edition.id,
    year,
    org: {
      name: org.name ?? "",
      shortName: org.shortName ?? "",
      kind: org.kind ?? "township",
      parent: org.parent ?? "",
    },
    publication: { site: "", url: "", date: "" },
    contact: { ...EMPTY_CONTACT },
    cells: {},
    narrative: { preamble: "", overview: "", problems: "", other: "" },
    explanations: [],
  };
}

/** `{shortName 或 name}{year}年政府信息公开工作年度报告` (decisions §6). */
/** Last year's report as the year after keeps it beside its own (`Report.previous`): its figures and text. */
export const lastYearOf = (prev: PreviousYear): PreviousYear => ({
  year: prev.year,
  edition: prev.edition,
  cells: { ...prev.cells },
  ...(prev.narrative ? { narrative: { ...prev.narrative } } : {}),
});

export function reportTitle(report: Pick<Report, "org" | "year">): string {
  const who = report.org.shortName.trim() || report.org.name.trim();
  return `${who}${report.year}年政府信息公开工作年度报告`;
}

/** The title as a file name (without extension) Windows and Linux accept: no separators or reserved characters. */
export function reportFileStem(report: Pick<Report, "org" | "year">): string {
  return [...reportTitle(report)]
    .map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? "_" : ch))
    .join("")
    .trim();
}

/** The file name of a draft: the title's, marked 草稿 (the app's downloads and `batch --draft` alike). */
export const draftFileStem = (report: Pick<Report, "org" | "year">): string => `${reportFileStem(report)}（草稿）`;

/** `2022-01-20` → `2022年1月20日` (GB/T 9704: Arabic numerals, no zero padding); "" when not a date. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : "";
}

/**
 * The dates of a statistics period as clerks write them: `YYYY年1月1日` … `12月31日`, with 至, 到, — or ~
 * between (the years in groups 1 and 2). The preface reads it (a period stated is not stated again)
 * and so does RD-09 (the period is the report year).
 */
export const PERIOD_DATES = String.raw`(\d{4})\s*年\s*1\s*月\s*1\s*日[^。\n]{0,12}?(?:至|到|[—－~～-])\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日`;

export function statisticsPeriod(year: number): string {
  return `本年度报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;
}

/** The publication deadline as an ISO date (default 1月31日 of the following year). */
export function deadlineDate(report: Pick<Report, "year" | "publication">): string {
  const md = /^\d{2}-\d{2}$/.test(report.publication.deadline ?? "") ? report.publication.deadline : "01-31";
  return `${report.year + 1}-${md}`;
}

/**
 * The report year a new report is most likely for: the one due next — the report of year Y is due
 * by 1月31日 of Y+1 (format.md §2.6), so until 31 January it is last year's, from 1 February on
 * (and on 1 December) this year's. `today` is the clerk's local date (ISO).
 */
export function nextDueReportYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 10) <= "01-31" ? year - 1 : year;
}

/** Whether a report is published on time: its 发布日期 is on or before its deadline (null when no date yet). */
export function publishedOnTime(report: Pick<Report, "year" | "publication">): boolean | null {
  const date = report.publication.date;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date <= deadlineDate(report) : null;
}

/** Whole days from `today` (ISO) to the deadline; negative when past. */
export function daysUntilDeadline(report: Pick<Report, "year" | "publication">, today: string): number {
  const ms = Date.parse(`${deadlineDate(report)}T00:00:00Z`) - Date.parse(`${today.slice(0, 10)}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** How a narrative part is named in the form, guidance and messages: the opening's name, or its section's heading. */
export function narrativeName(edition: EditionDef, key: NarrativeKey): string {
  if (key === "preamble") return edition.opening.name;
  return edition.sections.find((s) => s.narrative === key)?.heading ?? key;
}

/** The id of the published page's data island: the `<script type="application/json">` holding the report file. */
export const REPORT_ISLAND_ID = "nianbao-report";
