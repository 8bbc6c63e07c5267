/**
 * npm run bench: runs every `bench/*.bench.ts` in turn (or those named on the command line) and
 * prints their figures. Each bench module's default export measures and prints its own lines. Exits
 * 1 when any figure missed its budget (listed again at the end), or when a bench failed.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { budgetsMissed } from "./measure.ts";

const dir = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
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
