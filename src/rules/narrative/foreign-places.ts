/**
 * Check `narrative-foreign-places` (RD-07a): the text names another town, township, sub-district
 * or county as if it were the reporting body (中山镇政务公开工作领导小组 in 兴国镇's report), the mark
 * of text copied from another body's report. A place counts only before words of a body
 * (人民政府, 党委, 政务公开…); it is the reporting body's own when the organisation's name, short
 * name, parent, publication site or address names it. Words that make a name an outside reference
 * (与, 学习, 原…) and common words ending in 镇/乡/区 (我镇, 城乡, 社区) are data in the rule's settings.
 * Townships check 镇/乡/街道 and 县/区; county governments only 县/区; others are not checked.
 */
import type { ForeignPlaceSettings } from "../../model/check-settings.ts";
import { perObject } from "../../model/memo.ts";
import { narrativeName } from "../../model/report.ts";
import { NARRATIVE_KEYS, type DocumentRuleDef, type Report } from "../../model/types.ts";
import type { RuleImpl } from "../context.ts";
import { narrativeFinding } from "./text-scan.ts";

interface Compiled {
  readonly place: RegExp;
  readonly outside: RegExp;
  readonly common: ReadonlySet<string>;
}

const compiled = perObject((opts: ForeignPlaceSettings): Compiled => ({
  place: new RegExp(`(街道|镇|乡|县|区)(?=${opts.bodyWords})`, "g"),
  outside: new RegExp(`(?:${opts.outside})[\\u4e00-\\u9fa5]{0,3}$`),
  common: new Set(opts.commonWords),
}));
const TOKEN = /[\u4e00-\u9fa5]{1,8}?(?:街道|镇|乡|县|区)/g;
const CJK = /^[\u4e00-\u9fa5]{2}$/;
/** suffixes of one level: a 镇 report copied from a 乡's names a 乡 */
const LEVEL: Readonly<Record<string, string>> = {
  镇: "township",
  乡: "township",
  街道: "township",
  县: "county",
  区: "county",
};
const levelOf = (name: string): string | undefined => LEVEL[name.endsWith("街道") ? "街道" : name.slice(-1)];

/** Place names the body itself goes by (兴国镇, 秦安县, 富阳区…), from its own details. */
function ownPlaces(report: Report): string[] {
  const { org, publication, contact } = report;
  const sources = [org.name, org.shortName, org.parent, publication.site, contact.address, contact.office];
  const names = new Set<string>();
  for (const s of sources) for (const m of s.matchAll(TOKEN)) names.add(m[0].replace(/^.*?(?:省|自治区|市|州|盟)/, ""));
  const short = org.shortName.trim() || org.name.trim();
  if (short && !/(?:街道|镇|乡)$/.test(short) && org.kind === "township")
    for (const suffix of ["镇", "乡", "街道"]) names.add(`${short}${suffix}`);
  return [...names].filter((n) => n.length >= 2);
}

export const foreignPlaces: RuleImpl<DocumentRuleDef<"narrative-foreign-places">> = (rule, ctx, out) => {
  const opts = rule.options;
  const suffixes = opts.suffixes[ctx.report.org.kind];
  if (!suffixes || suffixes.length === 0) return;
  const own = ownPlaces(ctx.report);
  if (own.length === 0) return;
  const c = compiled(opts);
  for (const key of NARRATIVE_KEYS) {
    const text = ctx.report.narrative[key];
    if (!text) continue;
    const seen = new Set<string>();
    c.place.lastIndex = 0;
    for (let m = c.place.exec(text); m !== null; m = c.place.exec(text)) {
      const suffix = m[1] ?? "";
      if (!suffixes.includes(suffix)) continue;
      const at = m.index;
      const core = text.slice(at - 2, at);
      const last = core.charAt(1);
      if (
        !CJK.test(core) ||
        (opts.notNames[suffix] ?? "").includes(last) ||
        opts.notNameEndings.includes(last) ||
        c.common.has(core)
      )
        continue;
      const end = at + suffix.length;
      // the body's own name, or a place it has no name for (a 县 when no county is known)
      if (own.some((name) => name.endsWith(suffix) && text.slice(end - name.length, end) === name)) continue;
      const level = LEVEL[suffix];
      const ownOfLevel = own.filter((name) => levelOf(name) === level);
      if (ownOfLevel.length === 0) continue;
      if (c.outside.test(text.slice(Math.max(0, at - 8), at - 2))) continue;
      const name = `${core}${suffix}`;
      if (seen.has(name)) continue;
      seen.add(name);
      const ownName = ownOfLevel[0] ?? ctx.report.org.shortName;
      out.push(
        narrativeFinding(
          rule,
          key,
          { start: at - 2, end },
          {
            expected: ownName,
            actual: name,
            message: `${narrativeName(ctx.edition, key)}写到“${text.slice(at - 2, Math.min(text.length, end + 8))}”：本报告是${ctx.report.org.shortName || ctx.report.org.name}的报告，“${name}”像是从其他单位的报告照搬来的，请核对`,
          },
        ),
      );
    }
  }
};
