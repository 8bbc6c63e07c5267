/**
 * The published page as a portal publishes it, audited by axe-core in real Chromium (WCAG 2.1 A/AA
 * and best practice): no violation at any impact, for both editions, final and draft, on a desktop
 * and on a 375 px phone — including a draft whose empty sections show their grey placeholder.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readReportFile } from "../../src/import/report-file.ts";
import type { Report } from "../../src/model/types.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { launchChromium } from "../support/chromium.ts";
import { axeViolations, report } from "./axe-audit.ts";
import { writeReportFile } from "../../src/import/report-file.ts";

function fixture(name: string): Report {
  const read = readReportFile(readFileSync(`test/fixtures/reports/${name}`, "utf8"));
  if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.errors)}`);
  return read.report;
}

const withEmptySections = (r: Report): Report => ({ ...r, narrative: { ...r.narrative, problems: "", other: "" } });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function violationsOf(html: string, width: number): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.setContent(html, { waitUntil: "load" });
  const found = report(await axeViolations(page));
  await page.close();
  return found;
}

describe.each([
  ["gb2019", "qingshi-2020.json"],
  ["gb2021", "qingshi-2022.json"],
])("the %s page (%s)", (editionId, name) => {
  const r = fixture(name);
  it("is the edition the test means", () => {
    expect(r.edition).toBe(editionId);
  });

  it.each([
    ["final", 1280, false],
    ["final", 375, false],
    ["draft", 1280, true],
    ["draft", 375, true],
  ] as const)("%s at %i px: no violation at all", async (_kind, width, draft) => {
    expect(await violationsOf(renderReportHtml(r, { draft, reportFile: writeReportFile }), width)).toEqual([]);
  });

  it("a draft with empty sections (grey placeholders): no violation at all", async () => {
    const html = renderReportHtml(withEmptySections(r), { draft: true, reportFile: writeReportFile });
    expect(html).toContain("color:#595959");
    expect(await violationsOf(html, 1280)).toEqual([]);
  });

  it("has one main landmark and every section named by its own heading", async () => {
    const page = await browser.newPage();
    await page.setContent(renderReportHtml(r, { draft: false, reportFile: writeReportFile }));
    expect(await page.locator("main").count()).toBe(1);
    const regions = await page
      .getByRole("region")
      .evaluateAll((els) =>
        els.map((el) => document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent ?? ""),
      );
    expect(regions.length).toBeGreaterThanOrEqual(6);
    expect(new Set(regions).size).toBe(regions.length);
    await page.close();
  });
});
