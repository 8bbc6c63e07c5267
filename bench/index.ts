/**
 * npm run bench: runs every `bench/*.bench.ts` (or those named on the command line) and prints
 * their figures. Each bench module's default export measures and prints its own lines. With no
 * names, each module runs in a process of its own, as each command and the app do, so that one
 * area's heap (10,000 reports checked, pdf.js loaded) does not weigh on the next area's figures.
 * Exits 1 when any figure missed its budget (listed again at the end), or when a bench failed.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { budgetsMissed } from "./measure.ts";

const dir = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

if (wanted.length === 0) {
  const failed: string[] = [];
  for (const f of files) {
    const name = f.replace(".bench.ts", "");
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
      stdio: "inherit",
    });
    if (run.status !== 0) failed.push(name);
  }
  if (failed.length > 0) {
    console.log(`\nbudgets missed or bench failed in: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
} else {
  for (const f of files) {
    const mod = (await import(`./${f}`)) as { default: () => Promise<void> };
    console.log(`\n## ${f.replace(".bench.ts", "")}`);
    await mod.default();
  }
  const missed = budgetsMissed();
  if (missed.length > 0) {
    console.log(`\n${missed.length} budget(s) missed:\n${missed.join("\n")}`);
    process.exitCode = 1;
  }
}
