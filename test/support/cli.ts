/**
 * The real command line in a child process, as a county office runs it (`npx tsx src/cli/index.ts …`):
 * exit code, stdout and stderr, whatever the exit code.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(execFile);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec("npx", ["tsx", "src/cli/index.ts", ...args], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as CliRun;
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
