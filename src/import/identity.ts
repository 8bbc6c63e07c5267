/**
 * Who made the report and for which year, read from its title block and text: the title
 * (`兴国镇2021年政府信息公开工作年度报告`, possibly over two lines), the organisation line and date
 * under it, the statistics period, and the contact sentence of the preface. Whatever is inferred
 * rather than read is said in a note.
 */
import type { Contact, Org, OrgKind, Publication } from "../model/types.ts";
import { compact } from "./labels.ts";
import { dateLine, metadataDate } from "./page-text.ts";

export interface TitleBlock {
  readonly title: string;
  /** lines of the head zone after the title block (the preface) */
  readonly rest: string[];
  readonly orgLine: string;
  readonly date: string | null;
}

const TITLE = /(?:信息公开|政务公开).{0,12}报告|年度报告$/;
const ORG_LINE = /^[\u4e00-\u9fa5（）()]{2,30}(?:人民政府|办事处|局|委员会|办公室|中心|委|厅|院)$/;

/** Finds the title (joining a title broken over two lines), the organisation line and the date. */
export function readTitleBlock(lines: readonly string[]): TitleBlock {
  const i = lines.findIndex(
    (l, k) => k < 12 && compact(l).length <= 60 && TITLE.test(compact(l)) && !/。$/.test(compact(l)),
  );
  if (i < 0) return { title: "", rest: [...lines], orgLine: "", date: null };
  let title = compact(lines[i] ?? "");
  let next = i + 1;
  // a title broken before 年度报告: the line above holds its first part
  const above = compact(lines[i - 1] ?? "");
  if (title.length <= 8 && /(?:信息公开|政务公开)/.test(above) && !/。$/.test(above)) title = above + title;
  const follow = compact(lines[next] ?? "");
  if (!title.endsWith("报告") && follow.length <= 12 && /报告$/.test(follow)) {
    title += follow;
    next++;
  }
  let orgLine = "";
  let date: string | null = null;
  for (let k = 0; k < 2 && next < lines.length; k++) {
    const l = compact(lines[next] ?? "");
    const d = dateLine(l);
    if (d && !date) date = d;
    else if (!orgLine && ORG_LINE.test(l)) orgLine = l;
    else break;
    next++;
  }
  // metadata above the title (发布日期 on a portal page)
  if (!date) for (const l of lines.slice(0, i)) date ??= metadataDate(l);
  return { title, rest: lines.slice(next), orgLine, date };
}

const FUNCTION_WORDS =
  /^.*(?:请与|通过|可在|根据|按照|依据|汇总|经|由|与|在|向|对|和|及|是|为|的|于|自|至|将|把|报|交|即|系)/;

/** The place name a run of text ends with (e.g. 秦安县 of 通过秦安县): leading function words cut. */
function placeAtEnd(run: string): string {
  const cut = run.replace(FUNCTION_WORDS, "");
  return /^[\u4e00-\u9fa5]{2,6}$/.test(cut) ? cut : "";
}

export interface Identity {
  readonly org: Org;
  /** where the name was read, in words */
  readonly from: string;
  readonly notes: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function readOrg(block: TitleBlock, text: string): Identity {
  const notes: string[] = [];
  const fromTitle =
    /^(?:关于)?(.*?)(?:\d{4}\s*年度?|政府信息公开|政务公开)/.exec(block.title)?.[1] ||
    // `2021年兴国镇政府信息公开工作年度报告`
    /^(?:关于)?\d{4}\s*年度?([\u4e00-\u9fa5]{2,30}?)(?:的)?(?:政府信息公开|政务公开)/.exec(block.title)?.[1] ||
    "";
  let who = fromTitle || block.orgLine;
  let from = fromTitle ? "标题" : block.orgLine ? "标题下的机关署名" : "";
  let name = "";
  if (/(?:人民政府|办事处)$/.test(who)) {
    name = who;
    who = who.replace(/(?:人民政府|办事处)$/, "");
  }
  let shortName = who;
  let parent = "";
  const split = /^(.{2,8}?[省市县区旗])(.{2,10}?(?:镇|乡|街道|苏木))$/.exec(shortName);
  if (split?.[1] && split[2]) {
    parent = split[1];
    shortName = split[2];
  }
  if (shortName !== "" && name === "") {
    // the fullest "…{shortName}人民政府" the text names
    const re = new RegExp(`([\\u4e00-\\u9fa5]{0,12})${escape(shortName)}(人民政府|办事处)`, "g");
    const counts = new Map<string, number>();
    let bare = "";
    for (const m of text.matchAll(re)) {
      const before = placeAtEnd(m[1] ?? "");
      if (!before) bare ||= `${shortName}${m[2]}`;
      else counts.set(`${before}${shortName}${m[2]}`, (counts.get(`${before}${shortName}${m[2]}`) ?? 0) + 1);
    }
    // the prefixed form the text uses most (then the longest); else the bare form
    const best = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
    name = best ?? (bare && parent ? `${parent}${bare}` : bare);
    if (best) from += `；全称“${best}”取自正文`;
    if (!parent && best) parent = best.slice(0, best.length - shortName.length - (best.endsWith("办事处") ? 3 : 4));
  }
  if (name === "" && shortName !== "") {
    if (/(?:镇|乡|苏木)$/.test(shortName)) {
      name = `${shortName}人民政府`;
      notes.push(`机关全称按惯例推定为“${name}”`);
      from += "；全称按惯例推定";
    } else if (/街道$/.test(shortName)) {
      name = `${shortName}办事处`;
      notes.push(`机关全称按惯例推定为“${name}”`);
      from += "；全称按惯例推定";
    } else name = shortName;
  }
  if (!parent) {
    for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,14})人民政府/g)) {
      const place = placeAtEnd(m[1] ?? "");
      if (/[市县区旗]$/.test(place) && !shortName.includes(place) && !/^[我本各全该]/.test(place)) {
        parent = place;
        break;
      }
    }
  }
  if (name === "" && shortName === "") {
    notes.push("没有找到机关名称，请在导入后填写");
    from = "没有找到";
  }
  return { org: { name, shortName, kind: orgKind(name, shortName), parent }, from, notes };
}

function orgKind(name: string, shortName: string): OrgKind {
  if (/(?:镇|乡|苏木|街道)$/.test(shortName)) return "township";
  if (/[县区市旗]人民政府$/.test(name)) return "county-government";
  if (/(?:局|委员会|委|办公室|厅|中心|院|所|队|站|处)$/.test(name || shortName)) return "department";
  return name === "" ? "township" : "other";
}

export interface YearFound {
  readonly year: number | null;
  readonly how: string;
}

/** The report year: from the title, the statistics period, `YYYY年度` in the text, or the date. */
export function readYear(block: TitleBlock, text: string): YearFound {
  const inTitle = /(\d{4})\s*年/.exec(block.title)?.[1];
  if (inTitle) return { year: Number(inTitle), how: "标题" };
  const period = /统计(?:期限|期间|时限|区间)[^。\n]{0,12}?(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(text)?.[1];
  if (period) return { year: Number(period), how: "统计期限" };
  const ofYear = mostFrequent([...text.matchAll(/(\d{4})\s*年度/g)].map((m) => m[1] ?? ""));
  if (ofYear) return { year: Number(ofYear), how: "正文中的“年度”" };
  if (block.date && Number(block.date.slice(5, 7)) <= 6)
    return { year: Number(block.date.slice(0, 4)) - 1, how: "发布日期" };
  const any = mostFrequent([...text.matchAll(/(20\d{2})\s*年/g)].map((m) => m[1] ?? ""));
  if (any) return { year: Number(any), how: "正文中出现最多的年份" };
  return { year: null, how: "" };
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || Number(b[0]) - Number(a[0]))[0]?.[0];
}

/** A portal named as `{place}人民政府门户网站`, preferring one the report says it is published on. */
function portalName(text: string): string {
  const found: { at: number; name: string; published: boolean }[] = [];
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,14}?)((?:人民政府|政府)(?:门户网站|门户网|网站))/g)) {
    const place = placeAtEnd(m[1] ?? "");
    if (!/[省市县区旗]$/.test(place)) continue;
    found.push({
      at: m.index ?? 0,
      name: `${place}${m[2]}`,
      published: /(?:可在|通过|登录|在)$/.test(
        text.slice(Math.max(0, (m.index ?? 0) - 4), (m.index ?? 0) + (m[1] ?? "").length - place.length),
      ),
    });
  }
  return (found.find((f) => f.published) ?? found.find((f) => f.name.includes("人民政府")) ?? found[0])?.name ?? "";
}

const NUMBER_RUN = "[0-9０-９][0-9０-９\\-—－–()（） ]{4,22}[0-9０-９]";

/** Contact details and where the report is published, from the preface. */
export function readContact(text: string): { contact: Contact; publication: Pick<Publication, "site" | "url"> } {
  const grab = (re: RegExp) => re.exec(text)?.[1]?.trim() ?? "";
  const contact: Contact = {
    office: grab(/请(?:与|联系)([^（(，,。；;：:\s]{2,30}?)(?:联系)?\s*[（(]/),
    phone: grab(new RegExp(`(?:联系)?电话(?:号码)?[:：]\\s*(${NUMBER_RUN})`)),
    fax: grab(new RegExp(`传真[:：]\\s*(${NUMBER_RUN})`)),
    email: grab(/([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/),
    address: grab(/地址[:：]\s*([^，,；;。）)\s]{2,60})/),
    postcode: grab(/邮(?:政)?编(?:码)?[:：]\s*(\d{6})/),
  };
  const url = grab(/(https?:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+)/).replace(/[.,;]+$/, "");
  const site = grab(/“([^”]{2,30})”\s*[（(]?\s*https?:/) || grab(/可在“([^”]{2,30})”/) || portalName(text);
  return { contact, publication: { site, url } };
}
