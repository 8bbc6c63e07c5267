/** What a finding's one-click fix says it does (改为“补正”, 全部改为“补正”（3 处）, 采用计算值). */
import type { FindingFix } from "../../model/types.ts";

export function fixLabel(fix: FindingFix): string {
  if (fix.kind === "adopt-computed") return "采用计算值";
  const [first] = fix.edits;
  const to = first?.to ?? "";
  return fix.edits.length > 1 ? `全部改为“${to}”（${fix.edits.length} 处）` : `改为“${to}”`;
}
