/**
 * Vite plugin for the HTML templates (used by the app build and by Vitest, see templates.ts):
 * `.hbs` files load as Handlebars specs precompiled with the shared strict options, and the
 * renderer's `./templates.ts` (the Node file-reading loader) resolves to `templates.bundled.ts`.
 */
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { Plugin } from "vite";
import { COMPILE_OPTIONS } from "./compile-options.ts";

const HTML_DIR = /[\\/]src[\\/]render[\\/]html[\\/][^\\/]+\.ts$/;

export function nianbaoTemplates(): Plugin {
  return {
    name: "nianbao-templates",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (source !== "./templates.ts" || !importer || !HTML_DIR.test(importer.split("?")[0] ?? "")) return null;
      if (/templates\.bundled\.ts$/.test(importer)) return null;
      return this.resolve("./templates.bundled.ts", importer, { ...options, skipSelf: true });
    },
    load(id) {
      const file = id.split("?")[0] ?? id;
      if (!file.endsWith(".hbs")) return null;
      this.addWatchFile(file);
      const spec = Handlebars.precompile(readFileSync(file, "utf8"), COMPILE_OPTIONS);
      return { code: `export default ${String(spec)};\n`, map: null };
    },
  };
}
