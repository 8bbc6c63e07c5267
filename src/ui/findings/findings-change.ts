/**
 * What changed in the findings between two checks, as one sentence for a screen reader: the new
 * findings (by their message; a finding whose message changed counts as news), and how many were
 * resolved. A finding is the same finding while its id (its rule and what it is about) stays the same.
 */
import type { Finding } from "../../model/types.ts";
import { SEVERITY_LABEL } from "../common/labels.ts";

/** messages read out in full; the rest are counted */
const NAMED = 2;

const identity = (f: Finding): string => f.id;

/** "" when nothing a clerk needs to hear changed */
export function describeFindingChanges(before: readonly Finding[], after: readonly Finding[]): string {
  const was = new Map(before.map((f) => [identity(f), f]));
  const now = new Set(after.map(identity));
  const news = after.filter((f) => was.get(identity(f))?.message !== f.message);
  const resolved = [...was.keys()].filter((k) => !now.has(k)).length;
  const parts: string[] = [];
  if (news.length > 0) {
    const named = news.slice(0, NAMED).map((f) => `${SEVERITY_LABEL[f.severity]}：${f.message}`);
    const more = news.length > NAMED ? `；另有 ${news.length - NAMED} 项` : "";
    parts.push(`新的检查结果：${named.join("；")}${more}`);
  }
  if (resolved > 0) parts.push(`已解决 ${resolved} 项`);
  if (parts.length === 0) return "";
  const open = (s: Finding["severity"]) => after.filter((f) => f.severity === s && f.explanation === undefined).length;
  parts.push(`现有错误 ${open("E")} 项，警告 ${open("W")} 项`);
  return `${parts.join("。")}。`;
}
