/**
 * nianbao command line entry: dispatches to the commands of `commands.ts`.
 * Runs with no React and no store.
 */
import process from "node:process";
import { COMMANDS } from "./commands.ts";

export function usage(): string {
  return ["用法：npm run cli -- <命令> …", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const help = name === undefined || name === "--help" || name === "-h";
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    process.stderr.write(`${help ? "" : `未知命令：${name}\n`}${usage()}\n`);
    return name === "--help" || name === "-h" ? 0 : 2;
  }
  return (await command.load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`内部错误：${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
