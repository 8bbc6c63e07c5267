/**
 * The gate before a final document (decisions §4): a final is refused while the report has an
 * error or a warning nobody explained. A draft is always possible and is marked 草稿.
 */
import type { Finding, Report } from "../model/types.ts";
import type { CheckOptions } from "../rules/context.ts";
import { blocks, checkReport } from "../rules/run-rules.ts";

/** The findings that stop a final output; empty when the final may be produced. */
export function finalOutputBlockers(report: Report, options: CheckOptions = {}): Finding[] {
  return checkReport(report, options).findings.filter(blocks);
}
