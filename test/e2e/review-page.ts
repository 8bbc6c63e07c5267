/**
 * Driving the app's 审核 page in Chromium as a county's reviewer would: the generated county
 * (`test/support/county.ts`) written to disk once, given as a folder (the folder picker) or dropped
 * as many files, reviewed with the roster, and a body's details opened.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { writeCounty, type CountyOnDisk } from "../support/county.ts";

let written: Promise<CountyOnDisk> | undefined;

/** The county on disk (written the first time it is asked for). */
export const countyOnDisk = (): Promise<CountyOnDisk> =>
  (written ??= writeCounty(mkdtempSync(join(tmpdir(), "nianbao-e2e-county-"))));

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

/** From the start page to the 审核 page, by its link. */
export async function openReviewPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("link", { name: "进入审核页" }).click();
  await page.getByRole("heading", { name: "审核辖区年度报告" }).waitFor();
}

/** This year's reports as the folder picker gives them, and the roster typed in. */
export async function giveCountyFolder(page: Page, county: CountyOnDisk): Promise<void> {
  await page.setInputFiles('input[aria-label="本年度报告：选择文件夹"]', county.dir);
  await page.getByLabel("名单（可不填）").fill(readFileSync(county.roster, "utf8"));
}

/** This year's reports dropped on the page as many files (a drop's DataTransfer made in the page). */
export async function dropCountyFiles(page: Page, county: CountyOnDisk): Promise<void> {
  const files = walk(county.dir).map((path) => ({
    name: basename(path),
    base64: readFileSync(path).toString("base64"),
  }));
  const data = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    return dt;
  }, files);
  const zone = page.locator('[data-drop="current"]');
  await zone.dispatchEvent("dragover", { dataTransfer: data });
  await zone.dispatchEvent("drop", { dataTransfer: data });
  await page.getByText(`已选 ${files.length} 个文件`).first().waitFor();
}

/** 开始审核, and wait for the dashboard. */
export async function startReview(page: Page): Promise<void> {
  await page.getByRole("button", { name: "开始审核" }).click();
  await page.locator("#result-title").waitFor({ timeout: 120_000 });
}

/** Opens a body's details from the table of bodies. */
export async function openBody(page: Page, shortName: string): Promise<void> {
  await page.locator(".review-table tbody th button", { hasText: shortName }).first().click();
  await page.locator("#review-detail-title", { hasText: shortName }).waitFor();
}
