/**
 * Accessibility checks axe does not make, run in the page: what 200 % zoom loses (sideways page
 * scroll, controls cut off or pushed out of the window, text cut short), the contrast of disabled
 * controls (axe skips them; the app keeps them at 4.5:1), and whether the focused element shows a
 * focus ring of 3:1 that no scroll box cuts off, at each Tab stop of a screen. Each returns the
 * problems found, as readable lines.
 */
import type { Page } from "playwright-core";

/** In the page: WCAG contrast helpers, defined once and shared by the checks below. */
const CONTRAST_HELPERS = `
  window.__a11y = (() => {
    const rgba = (css) => {
      const m = /rgba?\\(([^)]+)\\)/.exec(css);
      if (!m) return null;
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
    };
    const lum = (c) =>
      [c.r, c.g, c.b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    /** the opaque colour behind an element: its own background or its nearest ancestor's */
    const backgroundOf = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c.a >= 0.99) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const opacityOf = (el) => {
      let o = 1;
      for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const describe = (el) =>
      el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "") +
      " 「" + (el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 24) + "」";
    /** where an element is in the document, to tell Tab stops apart */
    const keyOf = (el) => {
      const path = [];
      for (let e = el; e; e = e.parentElement)
        path.unshift(e.tagName + (e.parentElement ? [...e.parentElement.children].indexOf(e) : ""));
      return path.join("/");
    };
    /** the controls a keyboard user must be able to reach with Tab: shown, enabled, not read-only (a table's
        totals are reached with the arrow keys), not behind an open modal dialog */
    const controls = () => {
      const modal = document.querySelector("dialog[open]");
      return [...(modal ?? document).querySelectorAll(
        'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]',
      )].filter((el) => !el.disabled && !el.readOnly && el.checkVisibility({ visibilityProperty: true }));
    };
    return { rgba, ratio, backgroundOf, opacityOf, describe, keyOf, controls };
  })();
`;

async function helpers(page: Page): Promise<void> {
  if (!(await page.evaluate(() => "__a11y" in window))) await page.evaluate(CONTRAST_HELPERS);
}

/**
 * At 200 % zoom (683×384 CSS px for 1366×768): the page itself never scrolls sideways; each control
 * lies inside the window or inside a box that scrolls to it, none is cut off by a box that hides its
 * overflow, a button's label fits in it, and no text is cut short with an ellipsis.
 */
export async function zoomProblems(page: Page): Promise<string[]> {
  await helpers(page);
  return page.evaluate(() => {
    const { describe } = (window as unknown as { __a11y: { describe: (el: Element) => string } }).__a11y;
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`页面横向滚动：内容宽 ${root.scrollWidth}px，窗口宽 ${root.clientWidth}px`);
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]',
    );
    for (const el of controls) {
      if (!el.checkVisibility({ visibilityProperty: true }) || el.closest(".visually-hidden")) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      let scrolls = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        const x = style.overflowX;
        if (x === "auto" || x === "scroll") {
          scrolls = true;
          break;
        }
        if (x === "hidden" || x === "clip") {
          const r = a.getBoundingClientRect();
          if (box.left < r.left - 1 || box.right > r.right + 1) problems.push(`被裁掉的控件：${describe(el)}`);
        }
      }
      if (!scrolls && (box.left < -1 || box.right > root.clientWidth + 1))
        problems.push(`伸出窗口的控件：${describe(el)}（右边缘 ${Math.round(box.right)}px）`);
      if ((el.tagName === "BUTTON" || el.tagName === "SUMMARY") && el.scrollWidth > el.clientWidth + 1)
        problems.push(`文字超出按钮：${describe(el)}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const style = getComputedStyle(el);
      if (el.closest(".visually-hidden")) continue;
      if (style.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1 && el.checkVisibility())
        problems.push(`文字被截断：${describe(el)}`);
    }
    return problems;
  });
}

/** Disabled controls on screen whose text is below 4.5:1 on their background, or faded with opacity. */
export async function disabledContrastProblems(page: Page): Promise<string[]> {
  await helpers(page);
  return page.evaluate(() => {
    type Rgba = { r: number; g: number; b: number; a: number };
    const h = (
      window as unknown as {
        __a11y: {
          rgba: (css: string) => Rgba | null;
          ratio: (a: Rgba, b: Rgba) => number;
          backgroundOf: (el: Element) => Rgba;
          opacityOf: (el: Element) => number;
          describe: (el: Element) => string;
        };
      }
    ).__a11y;
    const problems: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(':disabled, [aria-disabled="true"]')) {
      if (!el.checkVisibility() || el.closest(".visually-hidden") || (el.textContent ?? "").trim() === "") continue;
      const color = h.rgba(getComputedStyle(el).color);
      if (!color) continue;
      const ratio = h.ratio(color, h.backgroundOf(el));
      if (ratio < 4.5) problems.push(`停用的控件对比度 ${ratio.toFixed(2)}：${h.describe(el)}`);
      if (h.opacityOf(el) < 1) problems.push(`停用的控件用了透明度：${h.describe(el)}`);
    }
    return problems;
  });
}

/**
 * The focused element's focus ring: an outline (its own, or that of the box around it that shows
 * :focus-within) at least 2 px wide, 3:1 against what lies behind it, not cut off by a scroll box.
 * "" when it is fine.
 */
export async function focusRingProblem(page: Page, load = true): Promise<string> {
  if (load) await helpers(page);
  return page.evaluate(() => {
    type Rgba = { r: number; g: number; b: number; a: number };
    const h = (
      window as unknown as {
        __a11y: {
          rgba: (css: string) => Rgba | null;
          ratio: (a: Rgba, b: Rgba) => number;
          backgroundOf: (el: Element) => Rgba;
          describe: (el: Element) => string;
        };
      }
    ).__a11y;
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return "焦点不在任何控件上";
    let ring: HTMLElement | null = null;
    for (let e: HTMLElement | null = focused; e && !ring; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) ring = e;
      if (e !== focused && !e.matches(":focus-within")) break;
    }
    if (!ring) return `没有焦点框：${h.describe(focused)}`;
    const s = getComputedStyle(ring);
    const color = h.rgba(s.outlineColor);
    const offset = parseFloat(s.outlineOffset);
    const width = parseFloat(s.outlineWidth);
    // a ring outside the element lies on its parent's background; one inside, on its own
    const behind = h.backgroundOf(offset >= 0 ? (ring.parentElement ?? ring) : ring);
    if (!color || h.ratio(color, behind) < 3)
      return `焦点框对比度不足 ${color ? h.ratio(color, behind).toFixed(2) : "?"}：${h.describe(focused)}`;
    const box = ring.getBoundingClientRect();
    const out = Math.max(0, offset + width);
    for (let a = ring.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const st = getComputedStyle(a);
      if (st.overflowX === "visible" && st.overflowY === "visible" && !st.contain.includes("paint")) continue;
      const r = a.getBoundingClientRect();
      const inner = {
        left: r.left + a.clientLeft,
        top: r.top + a.clientTop,
        right: r.left + a.clientLeft + a.clientWidth,
        bottom: r.top + a.clientTop + a.clientHeight,
      };
      // a box taller or wider than the scroll box cannot show all its ring: judge only one that fits
      const fits =
        box.left >= inner.left - 0.5 &&
        box.right <= inner.right + 0.5 &&
        box.top >= inner.top - 0.5 &&
        box.bottom <= inner.bottom + 0.5;
      if (
        fits &&
        (box.left - out < inner.left - 0.5 ||
          box.right + out > inner.right + 0.5 ||
          box.top - out < inner.top - 0.5 ||
          box.bottom + out > inner.bottom + 0.5)
      )
        return `焦点框被 ${h.describe(a).split(" ")[0]} 裁掉：${h.describe(focused)}`;
    }
    return "";
  });
}

/**
 * Walks the screen with Tab from where the focus is, up to `max` stops or until it comes round
 * again, and returns the focus-ring problem of each stop; when it came round, also every control
 * on screen that Tab never reached.
 */
export async function focusWalkProblems(
  page: Page,
  max: number,
): Promise<{ stops: number; problems: string[]; unreached: string[] | null }> {
  await helpers(page);
  type Walk = {
    __a11y: { keyOf: (el: Element) => string; controls: () => Element[]; describe: (el: Element) => string };
  };
  const problems: string[] = [];
  const seen = new Set<string>();
  let round = false;
  let previous = "";
  for (let i = 0; i < max && !round; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { key: "", frame: false };
      return { key: (window as unknown as Walk).__a11y.keyOf(el), frame: el.tagName === "IFRAME" };
    });
    if (stop.key === "") continue; // between the page's last stop and its first
    if (stop.key === previous) continue; // Tab inside one control (the parts of a date)
    previous = stop.key;
    if (seen.has(stop.key)) {
      round = true;
      break;
    }
    seen.add(stop.key);
    // a frame shows its focus through the app's state (use-frame-focus.ts): let that render
    if (stop.frame)
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const problem = await focusRingProblem(page, false);
    if (problem !== "") problems.push(problem);
  }
  const unreached = round
    ? await page.evaluate(
        (keys) => {
          const h = (window as unknown as Walk).__a11y;
          return h
            .controls()
            .filter((el) => !keys.includes(h.keyOf(el)))
            .map((el) => h.describe(el));
        },
        [...seen],
      )
    : null;
  return { stops: seen.size, problems, unreached };
}
