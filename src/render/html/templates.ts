/**
 * The one module that knows how the Handlebars templates in `templates/` are loaded.
 *
 * This file is the Node variant (the CLI and benches run by `tsx`): it reads the .hbs files and
 * compiles them with the full Handlebars compiler. Under Vite (the app build and Vitest) the
 * plugin in `vite-plugin-templates.ts` redirects imports of this module to
 * `templates.bundled.ts`, which gets the same files precompiled at build time and needs only the
 * small Handlebars runtime in the browser. Both variants enumerate the same folder with the same
 * compile options, so they render the same bytes (a test compares them).
 */
import { readdirSync, readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { COMPILE_OPTIONS } from "./compile-options.ts";

export type PageTemplate = (context: object) => string;

const ROOT = new URL("../../../templates/", import.meta.url);

let page: PageTemplate | undefined;

/** The page template (`templates/report.hbs`) with every partial of `templates/partials/` registered. */
export function pageTemplate(): PageTemplate {
  if (page) return page;
  const hb = Handlebars.create();
  const partials = new URL("partials/", ROOT);
  for (const file of readdirSync(partials)) {
    if (!file.endsWith(".hbs")) continue;
    hb.registerPartial(file.slice(0, -4), hb.compile(readFileSync(new URL(file, partials), "utf8"), COMPILE_OPTIONS));
  }
  page = hb.compile(readFileSync(new URL("report.hbs", ROOT), "utf8"), COMPILE_OPTIONS);
  return page;
}

export const TEMPLATE_LOADER = "node-fs";
