/**
 * axe-core in real Chromium: its script is evaluated in the page (or a frame) through playwright-core
 * — which a page's Content-Security-Policy does not stop — and run with the WCAG 2.1 A/AA and
 * best-practice rules. Results come back as plain data with a readable summary for a failing test.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { AxeResults, ImpactValue, Result } from "axe-core";
import type { Frame, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] as const;

export type Impact = Exclude<ImpactValue, null>;
export const IMPACTS: readonly Impact[] = ["critical", "serious", "moderate", "minor"];

export interface Violation {
  id: string;
  impact: Impact;
  help: string;
  /** each failing element: its selector and axe's reason */
  nodes: { target: string; why: string }[];
}

const toViolation = (r: Result): Violation => ({
  id: r.id,
  impact: r.impact ?? "minor",
  help: r.help,
  nodes: r.nodes.map((n) => ({
    target: n.target.map(String).join(" "),
    why: (n.failureSummary ?? "").split("\n").slice(1).join(" ").trim(),
  })),
});

/**
 * Runs axe on the page as it is now. Frames are not entered (`iframes: false`): the app's only
 * frame is the preview of the published page, which is audited on its own with every rule.
 */
export async function axeViolations(target: Page | Frame): Promise<Violation[]> {
  const loaded = await target.evaluate(() => "axe" in window);
  if (!loaded) await target.evaluate(AXE_SOURCE);
  const results = await target.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        iframes: false,
        resultTypes: ["violations"],
      }),
    [...AXE_TAGS],
  );
  return results.violations.map(toViolation);
}

/** elements failing, by impact: `{ critical: 0, serious: 3, moderate: 0, minor: 0 }` */
export function countByImpact(violations: readonly Violation[]): Record<Impact, number> {
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) counts[v.impact] += v.nodes.length;
  return counts;
}

/** the violations at these impacts, as lines a failing test prints: rule, impact, element, reason */
export function report(violations: readonly Violation[], impacts: readonly Impact[] = IMPACTS): string[] {
  return violations
    .filter((v) => impacts.includes(v.impact))
    .flatMap((v) => v.nodes.map((n) => `[${v.impact}] ${v.id} — ${n.target}: ${n.why || v.help}`));
}
