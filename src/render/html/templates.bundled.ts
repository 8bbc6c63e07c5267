/**
 * The Vite variant of `templates.ts` (see there): the plugin in `vite-plugin-templates.ts`
 * precompiles every .hbs file at build time, so the browser bundle carries only the Handlebars
 * runtime. Imported only through that plugin's redirect; code imports `./templates.ts`.
 */
import Handlebars from "handlebars/runtime";
import page from "../../../templates/report.hbs";
import type { PageTemplate } from "./templates.ts";

const partials = import.meta.glob<TemplateSpecification>("../../../templates/partials/*.hbs", {
  eager: true,
  import: "default",
});

let compiled: PageTemplate | undefined;

export function pageTemplate(): PageTemplate {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  for (const [path, spec] of Object.entries(partials)) {
    const name = path.slice(path.lastIndexOf("/") + 1, -4);
    hb.registerPartial(name, hb.template(spec));
  }
  compiled = hb.template(page);
  return compiled;
}

export const TEMPLATE_LOADER = "vite-precompiled";
