/**
 * The command line as a function: dispatches to the commands of `commands.ts` and returns the exit
 * code (0 ok, 1 something blocks, 2 cannot read or usage). `index.ts` runs it for the process; tests
 * run it in-process. Runs with no React and no store. An error no command foresaw is said in
 * Chinese without a stack trace (`system-error.ts`).
 */
import process from "node:process";
import { showInvisible } from "../model/invisible.ts";
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
  // what a command prints never carries a file's control or invisible characters raw to the terminal
  // (an escape sequence in a name, RLO in a quote): for a person they are named and long lines cut;
  // in --json output they become JSON escapes (`\u202E`), which read back as the same characters
  const restore = guardTerminal(rest.includes("--json"));
  try {
    return await (
      await command.load()
    )(rest);
  } catch (e) {
    // no stack trace for the clerk: a Chinese sentence (NIANBAO_DEBUG=1 adds the trace)
    process.stderr.write(`${describeUnexpected(e)}\n`);
    return 2;
  } finally {
    restore();
  }
}

/** a line longer than this is cut for a person: a 1 MB name is not read on a terminal */
const MAX_LINE = 2000;
const LONG_LINE = new RegExp(`[^\\n]{${MAX_LINE + 1},}`, "g");

/** Text for a person's terminal: invisible and control characters named (`\u202E`), very long lines cut. */
const forTerminal = (text: string): string =>
  showInvisible(text).replace(
    LONG_LINE,
    (line) => `${line.slice(0, MAX_LINE)}……（此行共 ${line.length} 个字符，其余从略）`,
  );

/** Makes stdout and stderr safe for a terminal (`forTerminal`; JSON on stdout only escaped); returns the undo. */
function guardTerminal(json: boolean): () => void {
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((s) => s.write);
  streams.forEach((stream, i) => {
    const write = originals[i] as (chunk: string | Uint8Array, ...more: unknown[]) => boolean;
    const safe = json && stream === process.stdout ? showInvisible : forTerminal;
    stream.write = ((chunk: string | Uint8Array, ...more: unknown[]) =>
      write.call(stream, typeof chunk === "string" ? safe(chunk) : chunk, ...more)) as typeof stream.write;
  });
  return () =>
    streams.forEach((stream, i) => {
      stream.write = originals[i] as typeof stream.write;
    });
}
