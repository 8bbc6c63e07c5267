/**
 * Pure edits of a report: each takes a report and returns the next one (the same object when
 * nothing changes, so no empty undo step is recorded). Typed input is read with the model's
 * `parseCellInput` (decisions §2): a number is stored in `cells`, anything else is kept as typed in
 * `typed` and flagged by the rules. Computed cells are never written here.
 */
import { parseCellInput } from "../model/cell-input.ts";
import { cellIndex } from "../model/editions/index.ts";
import { sameTargetKey, targetKey } from "../model/findings.ts";
import type {
  Contact,
  EditionDef,
  Explanation,
  Finding,
  FindingFix,
  NarrativeKey,
  Org,
  Publication,
  Report,
  TextEdit,
} from "../model/types.ts";

/** Writes what was typed into input cells (several at once for a pasted block). */
export function setCellTexts(
  edition: EditionDef,
  report: Report,
  entries: readonly (readonly [string, string])[],
): Report {
  const index = cellIndex(edition);
  let cells: Record<string, number> | null = null;
  let typed: Record<string, string> | null = null;
  for (const [id, text] of entries) {
    const cell = index.get(id);
    if (!cell || cell.sumOf) continue;
    const parsed = parseCellInput(cell.kind, text);
    const wantNumber = parsed.state === "number" ? parsed.value : undefined;
    const wantTyped = parsed.state === "invalid" ? text : undefined;
    const curCells: Record<string, number> = cells ?? report.cells;
    const curTyped: Record<string, string> = typed ?? report.typed ?? {};
    if (curCells[id] !== wantNumber) {
      cells ??= { ...report.cells };
      if (wantNumber === undefined) delete cells[id];
      else cells[id] = wantNumber;
    }
    if (curTyped[id] !== wantTyped) {
      typed ??= { ...(report.typed ?? {}) };
      if (wantTyped === undefined) delete typed[id];
      else typed[id] = wantTyped;
    }
  }
  if (!cells && !typed) return report;
  return withTyped({ ...report, cells: cells ?? report.cells }, typed ?? report.typed);
}

function withTyped(report: Report, typed: Record<string, string> | undefined): Report {
  if (typed && Object.keys(typed).length > 0) return { ...report, typed };
  const { typed: _drop, ...rest } = report;
  return rest;
}

/** The input cells of a table (all tables when `table` is omitted) that are blank: nothing entered, nothing typed. */
export function blankCells(edition: EditionDef, report: Report, table?: string): string[] {
  return edition.cells
    .filter((c) => !c.sumOf && (table === undefined || c.table === table))
    .filter((c) => report.cells[c.id] === undefined && report.typed?.[c.id] === undefined)
    .map((c) => c.id);
}

/** 空白填 0: every blank input cell of the table (or of all tables) becomes 0. */
export function fillBlanksWithZero(edition: EditionDef, report: Report, table?: string): Report {
  const ids = blankCells(edition, report, table);
  if (ids.length === 0) return report;
  const cells = { ...report.cells };
  for (const id of ids) cells[id] = 0;
  return { ...report, cells };
}

/** 采用计算值: drops a stated total so the computed sum is used. */
export function adoptComputed(report: Report, id: string): Report {
  if (report.cells[id] === undefined) return report;
  const cells = { ...report.cells };
  delete cells[id];
  return { ...report, cells };
}

/**
 * Applies certain corrections (`FindingFix`, data on the findings) together: words of the text
 * replaced, stated totals dropped. A replacement whose words are no longer where it says (the text
 * changed since it was found), or that overlaps one already applied, is skipped, so nothing typed
 * since is overwritten. The same report when nothing applies.
 */
export function applyFixes(report: Report, fixes: readonly FindingFix[]): Report {
  const edits = new Map<NarrativeKey, TextEdit[]>();
  const drop = new Set<string>();
  for (const fix of fixes) {
    if (fix.kind === "adopt-computed") for (const id of fix.cells) drop.add(id);
    else {
      const list = edits.get(fix.section);
      if (list) for (const e of fix.edits) list.push(e);
      else edits.set(fix.section, [...fix.edits]);
    }
  }
  let next = report;
  for (const [key, list] of edits) next = setNarrative(next, key, replaced(next.narrative[key], list));
  if ([...drop].some((id) => next.cells[id] !== undefined)) {
    const cells = { ...next.cells };
    for (const id of drop) delete cells[id];
    next = { ...next, cells };
  }
  return next;
}

/** The text with the edits applied (in one pass, in text order); stale or overlapping edits are left out. */
function replaced(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || text.slice(e.start, e.end) !== e.from) continue;
    parts.push(text.slice(at, e.start), e.to);
    at = e.end;
  }
  if (at === 0) return text;
  parts.push(text.slice(at));
  return parts.join("");
}

export function setUnit(report: Report, id: string, unit: string): Report {
  if (report.units?.[id] === unit) return report;
  const units = { ...(report.units ?? {}) };
  if (unit === "") delete units[id];
  else units[id] = unit;
  if (Object.keys(units).length > 0) return { ...report, units };
  const { units: _drop, ...rest } = report;
  return rest;
}

export function setNarrative(report: Report, key: NarrativeKey, text: string): Report {
  if (report.narrative[key] === text) return report;
  return { ...report, narrative: { ...report.narrative, [key]: text } };
}

/** The clerk has read a section copied from last year's report. */
export function markReviewed(report: Report, key: NarrativeKey): Report {
  if (!report.review?.includes(key)) return report;
  const review = report.review.filter((k) => k !== key);
  if (review.length > 0) return { ...report, review };
  const { review: _drop, ...rest } = report;
  return rest;
}

/** The explanation's own finding: same rule, same target key. */
const isFor = (e: Explanation, finding: Pick<Finding, "rule" | "target">): boolean =>
  e.rule === finding.rule && sameTargetKey(e.target, targetKey(finding.target));

/** Stores (or, with empty text, removes) the clerk's explanation of one warning (decisions §4). */
export function setExplanation(report: Report, finding: Pick<Finding, "rule" | "target">, text: string): Report {
  const rest = report.explanations.filter((e) => !isFor(e, finding));
  const current = report.explanations.find((e) => isFor(e, finding));
  if (text.trim() === "") return current ? { ...report, explanations: rest } : report;
  if (current?.text === text) return report;
  return { ...report, explanations: [...rest, { rule: finding.rule, target: targetKey(finding.target), text }] };
}

export function explanationOf(report: Report, finding: Pick<Finding, "rule" | "target">): string | undefined {
  return report.explanations.find((e) => isFor(e, finding))?.text;
}

export function patchOrg(report: Report, patch: Partial<Org>): Report {
  return { ...report, org: { ...report.org, ...patch } };
}

export function patchPublication(report: Report, patch: Partial<Publication>): Report {
  return { ...report, publication: { ...report.publication, ...patch } };
}

export function patchContact(report: Report, patch: Partial<Contact>): Report {
  return { ...report, contact: { ...report.contact, ...patch } };
}
