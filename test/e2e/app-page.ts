/** Driving the built app in Chromium as a clerk would: start a report, go to a section, type in a cell. */
import type { Page } from "playwright-core";

export const cellSel = (id: string) => `[data-cell="${id}"]`;

export async function startReport(
  page: Page,
  url: string,
  org = { name: "兴国镇人民政府", shortName: "兴国镇" },
  year?: number,
): Promise<void> {
  await page.goto(url);
  await page.getByLabel("机关全称").fill(org.name);
  await page.getByLabel("简称", { exact: true }).fill(org.shortName);
  if (year !== undefined) await page.getByLabel("报告年度").selectOption(String(year));
  await page.getByRole("button", { name: "开始填写" }).click();
  await page.waitForSelector(".editor");
  await page.waitForFunction(() => /^#\/draft\//.test(location.hash));
}

export async function goTo(page: Page, heading: string): Promise<void> {
  await page.locator(".section-nav__item", { hasText: heading }).click();
  await page.locator(".section__title", { hasText: heading }).waitFor();
}

/** Types into a cell as a clerk does: click (selects the value) and type. */
export async function typeCell(page: Page, id: string, text: string): Promise<void> {
  await page.click(cellSel(id));
  await page.keyboard.type(text);
}

export const cellValue = (page: Page, id: string) => page.inputValue(cellSel(id));

/** Waits until the draft has been written to IndexedDB. */
export async function saved(page: Page): Promise<void> {
  await page.waitForSelector('[data-save="saved"]');
}

/** A cell's description: the text of every element its `aria-describedby` names (findings, last year's value, 填报口径). */
export async function cellDescription(page: Page, id: string): Promise<string> {
  const ids = (await page.getAttribute(cellSel(id), "aria-describedby")) ?? "";
  const texts = await Promise.all(
    ids
      .split(" ")
      .filter(Boolean)
      .map((d) => page.locator(`[id="${d}"]`).textContent()),
  );
  return texts.join(" ");
}
