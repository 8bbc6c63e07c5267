/**
 * The app in real headless Chromium, on the built app (dist/, rebuilt here when older than the
 * sources): keystroke latency in table 三 (row total, column totals and findings updated and
 * rendered), the JavaScript loaded before the first export (gzip), and the time from navigation
 * to an interactive editor.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium, serveDir } from "../test/support/chromium.ts";
import { report } from "./measure.ts";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

function ensureBuilt(): void {
  const sources = Math.max(
    newest(join(ROOT, "src")),
    newest(join(ROOT, "templates")),
    statSync(join(ROOT, "index.html")).mtimeMs,
  );
  const built = existsSync(join(DIST, "index.html")) ? statSync(join(DIST, "index.html")).mtimeMs : 0;
  if (built < sources) execSync("npx vite build --logLevel warn", { cwd: ROOT, stdio: "inherit" });
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
};

/** In-page: one keystroke (keydown, value change, input, keyup) dispatched at the start of a frame; resolves with the ms until that frame was rendered. */
const KEYSTROKE = `
window.__keystroke = (id, digit) => new Promise((done) => {
  requestAnimationFrame(() => {
    const input = document.querySelector('[data-cell="' + id + '"]');
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent("keydown", { key: digit, bubbles: true, cancelable: true }));
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    setter.call(input, digit);
    input.dispatchEvent(new InputEvent("input", { bubbles: true, data: digit, inputType: "insertText" }));
    input.dispatchEvent(new KeyboardEvent("keyup", { key: digit, bubbles: true }));
    // a task posted now runs after this frame's style, layout and paint
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now() - t0);
    channel.port2.postMessage(0);
  });
});
`;

export default async function bench(): Promise<void> {
  ensureBuilt();
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const scripts = new Map<string, string>();
    page.on("response", (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith(".js")) scripts.set(url.pathname, url.pathname);
    });

    // start a report and open table 三, as a clerk does
    await page.goto(server.url);
    await page.getByLabel("机关全称").fill("兴国镇人民政府");
    await page.getByLabel("简称", { exact: true }).fill("兴国镇");
    await page.getByRole("button", { name: "开始填写" }).click();
    await page.waitForSelector(".editor");
    await page.locator(".section-nav__item", { hasText: "三、收到和处理" }).click();
    await page.waitForSelector('[data-cell="apply.result.granted.natural"]');
    await page.getByRole("button", { name: /^空白填 0/ }).click();

    // JavaScript loaded so far (start page, editor, table): gzip size of each file as served
    const loaded = [...scripts.keys()];
    const gzip = loaded.reduce((sum, path) => sum + gzipSync(readFileSync(join(DIST, path))).length, 0);
    if (loaded.some((p) => /docx/i.test(p))) throw new Error(`docx loaded before any export: ${loaded.join(", ")}`);
    report(`JavaScript loaded before the first export, gzip (${loaded.length} files)`, gzip / 1024, "KB", 150);

    // keystroke → row total, column totals and findings updated and rendered
    await page.evaluate(KEYSTROKE);
    const id = "apply.result.granted.natural";
    const samples: number[] = [];
    for (let i = 0; i < 230; i++) {
      const digit = String((i % 9) + 1);
      const ms = await page.evaluate(
        ([cell, d]) =>
          (window as unknown as { __keystroke: (c: string, d: string) => Promise<number> }).__keystroke(
            cell as string,
            d as string,
          ),
        [id, digit],
      );
      const shown = await page.evaluate((d) => {
        const totals = ["apply.result.granted.total", "apply.result.total.natural", "apply.result.total.total"].map(
          (cell) => document.querySelector<HTMLInputElement>(`[data-cell="${cell}"]`)?.value,
        );
        const panel = document.querySelector(".findings")?.textContent ?? "";
        return totals.every((t) => t === d) && panel.includes(`办理结果总计 ${d}`);
      }, digit);
      if (!shown) throw new Error(`keystroke ${digit}: totals or findings not updated`);
      if (i >= 30) samples.push(ms);
    }
    report(
      `keystroke in a table-三 cell → totals + findings rendered, p95 (median ${percentile(samples, 0.5).toFixed(2)} ms, ${samples.length} keys)`,
      percentile(samples, 0.95),
      "ms",
      16,
    );

    // the same with real key events from the browser, timed from the keydown to the next frame
    await page.evaluate(() => {
      const w = window as unknown as { __frameLatency: number[] };
      w.__frameLatency = [];
      document.addEventListener(
        "keydown",
        (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame((t) => w.__frameLatency.push(t - t0));
        },
        true,
      );
    });
    for (let i = 0; i < 60; i++) {
      await page.click(`[data-cell="${id}"]`);
      await page.keyboard.press(String((i % 9) + 1));
    }
    const frames = await page.evaluate(() => (window as unknown as { __frameLatency: number[] }).__frameLatency);
    report(
      `real keystroke (browser key events) → next animation frame, p95 (median ${percentile(frames, 0.5).toFixed(2)} ms)`,
      percentile(frames, 0.95),
      "ms",
      16,
    );

    // navigation → editor interactive (a saved draft reopened from its address)
    await page.waitForSelector('[data-save="saved"]');
    const url = page.url();
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      await page.goto("about:blank");
      await page.goto(url);
      await page.waitForSelector(".section-nav__item");
      times.push(
        await page.evaluate(
          () =>
            new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0))),
        ),
      );
    }
    report(
      `navigation → editor interactive (reopening a draft), median of ${times.length}`,
      percentile(times, 0.5),
      "ms",
      1000,
    );
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}
