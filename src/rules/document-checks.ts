/**
 * Rule kind `document`: every check an edition's rule can name, in one table, each with the one
 * implementation of its check name. The table's type lists every check of `CheckSettings`, so a
 * check without an implementation, or an implementation reading other settings, does not compile.
 */
import type { CheckName } from "../model/check-settings.ts";
import type { DocumentRuleDef, FindingDraft } from "../model/types.ts";
import type { RuleContext, RuleImpl } from "./context.ts";
import { copiedText } from "./narrative/copied-text.ts";
import { narrativeFigures } from "./narrative/figures.ts";
import { foreignPlaces } from "./narrative/foreign-places.ts";
import { mentions } from "./narrative/mentions.ts";
import { otherYear } from "./narrative/other-year.ts";
import { wording } from "./narrative/wording.ts";
import {
  deadline,
  editionYear,
  labels,
  noStrayHeadings,
  outcomesNeedSources,
  statisticsPeriod,
} from "./report-checks.ts";

const DOCUMENT_CHECKS: { readonly [K in CheckName]: RuleImpl<DocumentRuleDef<K>> } = {
  "edition-year": editionYear,
  labels,
  deadline,
  "statistics-period": statisticsPeriod,
  "no-stray-headings": noStrayHeadings,
  "outcomes-need-sources": outcomesNeedSources,
  "narrative-figures": narrativeFigures,
  "narrative-mentions": mentions,
  "narrative-foreign-places": foreignPlaces,
  "narrative-other-year": otherYear,
  "narrative-copied": copiedText,
  "narrative-wording": wording,
};

/** Runs the check a document rule names. */
export function runDocumentCheck<K extends CheckName>(
  rule: DocumentRuleDef<K>,
  ctx: RuleContext,
  out: FindingDraft[],
): void {
  const check: RuleImpl<DocumentRuleDef<K>> = DOCUMENT_CHECKS[rule.check];
  check(rule, ctx, out);
}
