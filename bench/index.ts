/**
 * npm run bench: runs every `bench/*.bench.ts` in turn (or those named on the command line) and
 * prints their figures. Each bench module's default export measures and prints its own lines.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

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
