/**
 * Recognises the six section headings (format.md §0.1) as they appear in real reports: the
 * official text, the accepted variants, and numbering artefacts of Word and web pages
 * (`1、 总体情况`, `5、 存在的主要问题…`, `—、总体情况`, no number at all when Word numbered it).
 */
import { compact, halfWidth } from "./labels.ts";

const BODIES: readonly RegExp[] = [
  /^总体情况$/,
  /^主动公开政府信息的?情况$/,
  /^收到和处理政府信息公开申请的?情况$/,
  /^(?:政府信息公开的?)?(?:行政复议[、和及]?行政诉讼|因政府信息公开工作被申请行政复议[、和及]?提起行政诉讼)的?情况$/,
  /^(?:政府信息公开工作)?存在的主要问题(?:及|和|与)?(?:改进|整改)(?:情况|措施)$/,
  /^其他需要报告的事项$/,
];

const NUMBER = /^(?:第([一二三四五六])部分|([一二三四五六])|([1-6])|([—─-]))?[、.,]?/;

/** Strips artefacts of Word's text export (`[bookmark: _GoBack]`). */
export const stripArtefacts = (line: string): string => line.replace(/\[bookmark:[^\]]*\]/g, "");

/** The section number 1–6 when the line is a section heading, else null. */
export function headingNumber(line: string): number | null {
  const t = halfWidth(compact(stripArtefacts(line))).replace(/[:：。]$/, "");
  if (t.length === 0 || t.length > 40) return null;
  const m = NUMBER.exec(t);
  const body = t.slice(m?.[0].length ?? 0);
  const i = BODIES.findIndex((re) => re.test(body));
  return i < 0 ? null : i + 1;
}
