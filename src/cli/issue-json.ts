/**
 * A finding as the `--json` outputs of `check` and `review` print it: exactly these six fields
 * (README); `cells` holds only cells of the tables (for a text finding the cells its words are
 * compared with, for a field none); an explained warning says so in its message.
 */
import { cellsOf } from "../model/findings.ts";
import type { Finding } from "../model/types.ts";

export const issueJson = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  cells: cellsOf(f.target),
  expected: f.expected,
  actual: f.actual,
  message: f.explanation !== undefined ? `${f.message}（已说明：${f.explanation}）` : f.message,
});
