/**
 * The command line in tests: `runCli` calls it in this process (its output captured), as fast as a
 * function call; `runCliProcess` runs the real `npx tsx src/cli/index.ts …` in a child process, as a
 * county office runs it (each command keeps one such test). Both give the exit code, stdout and stderr.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { main } from "../../src/cli/main.ts";

const exec = promisify(execFile);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command run in this process: what it writes to stdout and stderr is captured, not printed. */
export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array) => {
      into.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof process.stdout.write;
  const { stdout, stderr } = process;
  const [writeOut, writeErr] = [stdout.write, stderr.write];
  stdout.write = capture(out);
  stderr.write = capture(err);
  try {
    const code = await main(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    stdout.write = writeOut;
    stderr.write = writeErr;
  }
}

/** The real command line in a child process. */
export const runCliProcess = (...args: string[]): Promise<CliRun> => runCliProcessWith({}, ...args);

/** The same with some environment variables set (e.g. where LibreOffice is). */
export async function runCliProcessWith(env: Readonly<Record<string, string>>, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec("npx", ["tsx", "src/cli/index.ts", ...args], {
      env: { ...process.env, NO_COLOR: "1", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as CliRun;
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
