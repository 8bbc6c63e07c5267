/**
 * The one set of Handlebars compile options, shared by the Node loader, the build-time
 * precompiler and the template test: strict lookups (a missing field is an error, not an empty
 * string), built-in helpers only, HTML escaping on.
 */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  noEscape: false,
  preventIndent: true,
} as const;
