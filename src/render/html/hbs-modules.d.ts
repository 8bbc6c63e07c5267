// Types of `.hbs` imports under Vite: the plugin in vite-plugin-templates.ts turns a template into its precompiled spec.
declare module "*.hbs" {
  const spec: TemplateSpecification;
  export default spec;
}
