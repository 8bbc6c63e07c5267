/**
 * Accessibility of the built app in real headless Chromium, screen by screen (a11y-screens.ts):
 * axe-core (WCAG 2.1 A/AA and best practice) finds no serious or critical violation; disabled
 * controls keep 4.5:1; every Tab stop shows a focus ring of 3:1 that no scroll box cuts off; and
 * with text zoomed to 200 % at 1366×768 (a 683×384 CSS-pixel window) the
 * page does not scroll sideways and nothing is cut off, a dialog's end can be reached from the
 * keyboard, and axe still finds nothing serious.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium, serveDir } from "../support/chromium.ts";
import { disabledContrastProblems, focusWalkProblems, zoomProblems } from "./a11y-checks.ts";
import { APP_SCREENS } from "./a11y-screens.ts";
import { axeViolations, report } from "./axe-audit.ts";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveDir();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
  page = await context.newPage();
  errors.length = 0;
  page.on("pageerror", (e) => errors.push(e.message));
});
afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

const SERIOUS = ["critical", "serious"] as const;

describe("every screen of the app", () => {
  it.each(APP_SCREENS.map((s) => [s.name, s] as const))("%s", async (_name, screen) => {
    await screen.open({ page, url: server.url });
    expect(report(await axeViolations(page), SERIOUS)).toEqual([]);
    expect(await disabledContrastProblems(page)).toEqual([]);

    // 200 % zoom: the same screen in a window half as wide and half as high
    await page.setViewportSize({ width: 683, height: 384 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await zoomProblems(page)).toEqual([]);
    expect(report(await axeViolations(page), SERIOUS)).toEqual([]);
    // a dialog taller than the window scrolls from the keyboard, its focus on one of its buttons
    const dialog = page.locator("dialog[open]");
    if ((await dialog.count()) > 0) {
      await page.keyboard.press("End");
      await expect.poll(() => dialog.evaluate((d) => d.scrollTop + d.clientHeight >= d.scrollHeight - 1)).toBe(true);
    }

    // back at full size: every Tab stop shows its focus, and Tab reaches every control on screen
    // (a table's cells are walked to the end in keyboard.test.ts; here up to 150 stops)
    await page.setViewportSize({ width: 1366, height: 768 });
    const walk = await focusWalkProblems(page, 150);
    expect(walk.stops).toBeGreaterThan(0);
    expect(walk.problems).toEqual([]);
    if (walk.unreached !== null) expect(walk.unreached).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("(control) see a low contrast, a sideways scroll, a cut-off control and a faded disabled button", async () => {
    await page.setContent(`<main>
      <p style="color:#aaa">低对比度</p>
      <div style="width:2000px">宽</div>
      <div style="overflow:hidden;width:40px"><button style="margin-left:60px">被裁掉</button></div>
      <button disabled style="opacity:.5">停用</button>
    </main>`);
    expect(report(await axeViolations(page), SERIOUS).join("\n")).toContain("color-contrast");
    const zoom = await zoomProblems(page);
    expect(zoom.some((p) => p.startsWith("页面横向滚动"))).toBe(true);
    expect(zoom.some((p) => p.startsWith("被裁掉的控件") && p.includes("被裁掉"))).toBe(true);
    expect((await disabledContrastProblems(page)).some((p) => p.includes("透明度"))).toBe(true);
  });
});
