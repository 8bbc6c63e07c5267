/**
 * The command line as a function: dispatches to the commands of `commands.ts` and returns the exit
 * code (0 ok, 1 something blocks, 2 cannot read or usage). `index.ts` runs it for the process; tests
 * run it in-process. Runs with no React and no store. An error no command foresaw is said in
 * Chinese without a stack trace (`system-error.ts`).
 */
import process from "node:process";
import { COMMANDS } from "./commands.ts";
import { describeUnexpected } from "./system-error.ts";

export function usage(): string {
  return ["用法：npm run cli -- <命令> …", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const help = name === undefined || name === "--help" || name === "-h";
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    process.stderr.write(`${help ? "" : `未知命令：${name}\n`}${usage()}\n`);
    return name === "--help" || name === "-h" ? 0 : 2;
  }
  try {
    return await (
      await command.load()
    )(rest);
  } catch (e) {
    // no stack trace for the clerk: a Chinese sentence (NIANBAO_DEBUG=1 adds the trace)
    process.stderr.write(`${describeUnexpected(e)}\n`);
    return 2;
  }
}
