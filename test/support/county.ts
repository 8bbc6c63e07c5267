/**
 * A generated county for the review tests (and, scaled up, for the bench): 青山县 with 30 bodies —
 * townships, sub-districts and departments — each a consistent report from `fullReport`, varied by
 * seed and given text of its own (made from word lists with a seeded generator, so no two bodies'
 * sections share more than stray phrases), written in mixed formats by nianbao's own renderers:
 * report files, Word documents, web pages and converter markdown. Known defects are planted and
 * listed in `DEFECTS`; one body's 五 is copied from another's; one body sent nothing (on the roster,
 * no file); one sent an old .doc that cannot be read. Last year's reports come with it for `--prev`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeReportFile } from "../../src/import/report-file.ts";
import type { OrgKind, Report } from "../../src/model/types.ts";
import { renderReportDocx } from "../../src/render/docx/index.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { fullReport, prevOf } from "../builders.ts";
import { toMarkdown } from "./import-material.ts";

export const AREA = "青山县";
export const YEAR = 2024;

export type Format = "json" | "docx" | "html" | "md";

export interface CountyBody {
  readonly name: string;
  readonly shortName: string;
  readonly kind: OrgKind;
  readonly format: Format;
  /** the file's name in the county's folder */
  readonly file: string;
  readonly report: Report;
}

/** A seeded generator (mulberry32): the same county every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// words without digits, years, place suffixes or any of RD-10's typos, so that only the planted defects are found
const ADVERBS = ["持续", "进一步", "认真", "全面", "扎实", "切实", "不断", "着力", "积极", "稳步", "大力", "统筹"];
const VERBS = ["完善", "健全", "规范", "优化", "加强", "推进", "落实", "拓展", "深化", "强化", "改进", "梳理"];
const VERBS2 = ["更新", "整合", "细化", "压实", "畅通", "丰富", "夯实", "调整", "充实", "理顺", "巩固", "提升"];
const OBJECTS = [
  "公开目录",
  "发布流程",
  "解读机制",
  "依申请办理",
  "保密审查",
  "政务新媒体",
  "公开专栏",
  "公示栏",
  "档案管理",
  "业务培训",
  "答复文书",
  "政策问答",
  "办事指南",
  "便民服务",
  "意见征集",
  "会议公开",
  "预决算公开",
  "重点领域信息",
  "网站栏目",
  "办理台账",
  "工作队伍",
  "督查通报",
  "政策文件库",
  "信息更新频率",
  "公开质量",
  "群众知晓度",
  "咨询答复",
  "联络机制",
  "审核把关",
  "协同联动",
];
const QUALITIES = ["规范", "及时", "便捷", "清晰", "完整", "准确", "透明", "扎实", "细致", "顺畅"];
const FIRSTS = ["一是", "二是", "三是", "四是"];

/** A text of `sentences` sentences from the word lists. */
function prose(random: () => number, sentences: number, problems: boolean): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const lead = problems && i < FIRSTS.length ? (FIRSTS[i] ?? "") : "";
    out.push(
      problems
        ? `${lead}${pick(OBJECTS)}还不够${pick(QUALITIES)}，${pick(OBJECTS)}和${pick(OBJECTS)}仍有差距，下一步将${pick(ADVERBS)}${pick(VERBS)}${pick(OBJECTS)}。`
        : `${pick(ADVERBS)}${pick(VERBS)}${pick(OBJECTS)}，${pick(VERBS2)}${pick(OBJECTS)}，使${pick(OBJECTS)}更加${pick(QUALITIES)}。`,
    );
  }
  return out.join("");
}

/** RD-05: what a 人民政府 must say about 考核, 评议 and 追究 */
const SUPERVISION = "本年度将政府信息公开工作纳入绩效考核，社会评议总体满意，未发生责任追究情况。";

const TOWNSHIPS: readonly (readonly [string, string])[] = [
  ["城关镇人民政府", "城关镇"],
  ["青石镇人民政府", "青石镇"],
  ["河口镇人民政府", "河口镇"],
  ["双溪镇人民政府", "双溪镇"],
  ["龙泉镇人民政府", "龙泉镇"],
  ["白沙镇人民政府", "白沙镇"],
  ["桃源镇人民政府", "桃源镇"],
  ["柳营乡人民政府", "柳营乡"],
  ["石门乡人民政府", "石门乡"],
  ["松岭乡人民政府", "松岭乡"],
  ["东城街道办事处", "东城街道"],
  ["西城街道办事处", "西城街道"],
  ["南湖街道办事处", "南湖街道"],
  ["北山街道办事处", "北山街道"],
];
const DEPARTMENTS = [
  "发展和改革局",
  "教育局",
  "公安局",
  "民政局",
  "司法局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源局",
  "住房和城乡建设局",
  "交通运输局",
  "水利局",
  "农业农村局",
  "卫生健康委员会",
  "市场监督管理局",
  "应急管理局",
  "医疗保障局",
];

/** Every body of the county, as the roster lists them. */
export const ROSTER: readonly (readonly [string, string, OrgKind])[] = [
  ...TOWNSHIPS.map(([name, short]) => [name, short, "township"] as const),
  ...DEPARTMENTS.map((d) => [`${AREA}${d}`, `县${d}`, "department"] as const),
];

/** A consistent report of a body of the county for `year`, with its own text (`seed` varies figures and words). */
export function bodyReport(name: string, shortName: string, kind: OrgKind, seed: number, year = YEAR): Report {
  const r = fullReport("gb2021", (seed % 7) + 1);
  r.year = year;
  r.org = { name, shortName, kind, parent: AREA };
  r.publication = { site: `中国${AREA}`, url: "http://www.qingshan.gov.cn", date: `${year + 1}-01-20` };
  r.contact = { ...r.contact, office: `${shortName}办公室` };
  // townships make no 规章 (R2-04); departments of a county do not either
  for (const id of Object.keys(r.cells)) if (id.startsWith("active.regulations.")) r.cells[id] = 0;
  // enough documents in force that last year's count (现行有效 − 制发 + 废止) is never negative
  r.cells["active.normativeDocs.valid"] = (r.cells["active.normativeDocs.issued"] ?? 0) + 20;
  r.cells["active.fees.amountWan"] = Number(`${seed % 5}.${String((seed * 7919) % 10_000).padStart(4, "0")}`);
  const random = seeded(seed * 7919 + 17);
  r.narrative = {
    preamble: "根据《中华人民共和国政府信息公开条例》要求，编制本报告。",
    overview: `${prose(random, 5, false)}${SUPERVISION}`,
    problems: prose(random, 4, true),
    other: "本年度未收取信息处理费。",
  };
  return r;
}

const FORMATS: readonly Format[] = ["json", "docx", "html", "json", "md", "docx", "json", "html"];

/** The bodies that sent a readable report, with the planted defects. */
export function countyBodies(): CountyBody[] {
  const bodies: CountyBody[] = [];
  ROSTER.forEach(([name, shortName, kind], i) => {
    if (shortName === "松岭乡" || shortName === "石门乡") return;
    const format = FORMATS[i % FORMATS.length] ?? "json";
    const report = bodyReport(name, shortName, kind, i + 1);
    bodies.push({ name, shortName, kind, format, file: `${shortName}.${format}`, report });
  });
  const body = (short: string) => {
    const b = bodies.find((x) => x.shortName === short);
    if (!b) throw new Error(short);
    return b.report;
  };
  // 城关镇: table 三 does not balance (R3-01, an error in its tables: left out of the sum)
  body("城关镇").cells["apply.newReceived.natural"] = (body("城关镇").cells["apply.newReceived.natural"] ?? 0) + 1;
  // 青石镇: a blank cell (R4-04, an error in its tables)
  delete body("青石镇").cells["review.adminReview.upheld"];
  // 河口镇: a 人民政府 without 考核、评议、追究 (RD-05, a warning about the text: still summed)
  body("河口镇").narrative.overview = body("河口镇").narrative.overview.replace(SUPERVISION, "");
  // 双溪镇: a typo (RD-10)
  body("双溪镇").narrative.problems += "五是申请人逾期补证的情况仍然存在。";
  // 龙泉镇: published after the deadline (RD-08)
  body("龙泉镇").publication.date = `${YEAR + 1}-02-10`;
  // 桃源镇's 五 is 白沙镇's with one sentence changed (RD-07d)
  const copied = body("白沙镇").narrative.problems.split("。");
  copied[1] = "二是公开专栏还不够醒目，公示栏和网站栏目仍有差距，下一步将认真改进会议公开";
  body("桃源镇").narrative.problems = copied.join("。");
  return bodies;
}

/** What the review must find in the county, by body: the rules of its own check (cross-body findings apart). */
export const DEFECTS: Readonly<Record<string, readonly string[]>> = {
  城关镇: ["R3-01"],
  青石镇: ["R4-04"],
  河口镇: ["RD-05"],
  双溪镇: ["RD-10"],
  龙泉镇: ["RD-08"],
};

/** Bodies whose tables have an error: left out of the area's sum. */
export const LEFT_OUT = ["城关镇", "青石镇"];

export const COPIED = ["白沙镇", "桃源镇"];
export const MISSING = ["松岭乡人民政府", "石门乡人民政府"];
export const UNREADABLE = "石门乡.doc";

/** Last year's reports (for `--prev`): consistent with this year's, except 东城街道's 上年结转 (R3-05) and 西城街道's 五, which this year's copies (RD-07c). */
export function lastYearOf(bodies: readonly CountyBody[]): Report[] {
  return bodies.map(({ shortName, report }) => {
    const prev = prevOf(report);
    prev.org = { ...report.org };
    prev.narrative = { ...prev.narrative, problems: `${shortName}去年的问题。` };
    if (shortName === "东城街道")
      prev.cells["apply.carryForward.natural"] = (prev.cells["apply.carryForward.natural"] ?? 0) + 2;
    if (shortName === "西城街道") prev.narrative.problems = report.narrative.problems;
    return prev;
  });
}

export const PREVIOUS_DEFECTS: Readonly<Record<string, readonly string[]>> = {
  东城街道: ["R3-05"],
  西城街道: ["RD-07c"],
};

/** A report in the format's bytes, by nianbao's own renderers. */
export async function fileBytes(report: Report, format: Format): Promise<Uint8Array | string> {
  switch (format) {
    case "json":
      return writeReportFile(report);
    case "docx":
      return renderReportDocx(report, { draft: false });
    case "html":
      return renderReportHtml(report, { draft: false, reportFile: writeReportFile });
    case "md":
      return toMarkdown(report);
  }
}

/** an old Word file (OLE compound document): a reason, never a report */
export const OLD_WORD = new Uint8Array([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array<number>(504).fill(0),
]);

export interface CountyOnDisk {
  readonly dir: string;
  readonly roster: string;
  readonly previous: string;
  readonly bodies: CountyBody[];
}

/** Writes the county to `root`: `报告/` (this year's files, in sub-folders by kind), `上年/` and `名单.txt`. */
export async function writeCounty(root: string): Promise<CountyOnDisk> {
  const bodies = countyBodies();
  const dir = join(root, "报告");
  const previous = join(root, "上年");
  for (const d of [join(dir, "乡镇街道"), join(dir, "部门"), previous]) mkdirSync(d, { recursive: true });
  for (const b of bodies) {
    const sub = b.kind === "township" ? "乡镇街道" : "部门";
    writeFileSync(join(dir, sub, b.file), await fileBytes(b.report, b.format));
  }
  writeFileSync(join(dir, "乡镇街道", UNREADABLE), OLD_WORD);
  lastYearOf(bodies).forEach((r, i) => writeFileSync(join(previous, `${i + 1}.json`), writeReportFile(r)));
  const roster = join(root, "名单.txt");
  writeFileSync(roster, [`${AREA}`, ...ROSTER.map(([name]) => name)].join("\n") + "\n");
  return { dir, roster, previous, bodies };
}
