/** Minimal argument parsing shared by the commands: positionals, `--flag` and `--opt value`. */
export interface Parsed {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
  errors: string[];
}

export function parseArgs(args: string[], withValue: readonly string[], flags: readonly string[]): Parsed {
  const out: Parsed = { positional: [], flags: new Set(), options: new Map(), errors: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (withValue.includes(a)) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith("--")) out.errors.push(`${a} 后面需要一个文件名`);
      else out.options.set(a, v);
      i++;
    } else if (flags.includes(a)) out.flags.add(a);
    else if (a.startsWith("-")) out.errors.push(`未知选项：${a}`);
    else out.positional.push(a);
  }
  return out;
}
