/**
 * Bounded output: the same words marked by one rule many times in a section are one finding
 * (…等 N 处), and a rule lists at most `MAX_LISTED` unexplained findings per section, the rest as one
 * finding that says how many more there are. So 100,000 `《` give one RD-10 finding, not 50,000,
 * in the app's panel, `check` and the refusal of a final output alike.
 *
 * Identities stay well-defined: a group's target has occurrence 0 — its own key, never one of its
 * places' — so its explanation covers every place while they are grouped; when fewer than
 * `GROUP_FROM` remain, they are separate findings again, each unexplained until explained. The
 * finding for the unlisted rest cannot be explained: the listed ones are dealt with first.
 */
import { findingId, targetKey } from "../model/findings.ts";
import { narrativeName } from "../model/report.ts";
import type {
  EditionDef,
  Finding,
  FindingDraft,
  FindingFix,
  NarrativeKey,
  TextEdit,
  TextSpan,
} from "../model/types.ts";

/** the same words marked this many times or more are one finding */
export const GROUP_FROM = 3;
/** unexplained findings of one rule in one section listed one by one at most */
export const MAX_LISTED = 50;

/** The group's fix: every place's replacement, when each place has one. */
function groupFix(members: readonly { readonly draft: FindingDraft }[]): FindingFix | undefined {
  const first = members[0]?.draft.fix;
  if (first?.kind !== "replace-text") return undefined;
  const edits: TextEdit[] = [];
  for (const { draft } of members) {
    if (draft.fix?.kind !== "replace-text" || draft.fix.section !== first.section) return undefined;
    for (const e of draft.fix.edits) edits.push(e);
  }
  return { kind: "replace-text", section: first.section, edits };
}

/** One finding for the findings of one rule marking the same words of a section (`places` in text order). */
export function groupOf(members: readonly { readonly draft: FindingDraft; readonly span: TextSpan }[]): Finding {
  const [first] = members;
  if (!first || first.draft.target.kind !== "text") throw new Error("a group is made of text findings");
  const span: TextSpan = { ...first.span, occurrence: 0 };
  const target = { ...first.draft.target, span };
  const fix = groupFix(members);
  const { fix: _each, ...rest } = first.draft;
  return {
    ...rest,
    id: findingId(rest.rule, targetKey(target)),
    target,
    message: `${rest.message}（等 ${members.length} 处）`,
    places: members.map((m) => m.span),
    ...(fix ? { fix } : {}),
  };
}

/**
 * Lists at most `MAX_LISTED` unexplained text findings per rule and section (in the order the rule
 * found them); the rest become one finding saying how many more there are. Explained findings are
 * always listed (there are only as many as the clerk wrote).
 */
export function capListed(edition: EditionDef, findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const rest = new Map<string, { first: Finding; section: NarrativeKey; count: number }>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.target.kind !== "text" || f.explanation !== undefined) {
      out.push(f);
      continue;
    }
    const key = JSON.stringify([f.rule, f.target.section]);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= MAX_LISTED) {
      out.push(f);
      continue;
    }
    const r = rest.get(key);
    const count = f.places?.length ?? 1;
    if (r) r.count += count;
    else rest.set(key, { first: f, section: f.target.section, count });
  }
  for (const { first, section, count } of rest.values()) {
    const target = { kind: "text" as const, section, span: null, cells: [] };
    out.push({
      rule: first.rule,
      severity: first.severity,
      id: findingId(first.rule, { kind: "text", section, quote: "", occurrence: 0 }),
      target,
      expected: null,
      actual: null,
      message: `${narrativeName(edition, section)}中另有 ${count} 处同类问题（${first.rule}）未逐一列出：请先改正或说明上面列出的 ${MAX_LISTED} 处，其余随后列出`,
      unlisted: count,
    });
  }
  return out;
}
