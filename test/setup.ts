/** Unit-test setup: any console output from the code under test fails the test. */
import { afterEach, beforeEach, vi } from "vitest";

const calls: string[] = [];
beforeEach(() => {
  calls.length = 0;
  for (const level of ["log", "warn", "error", "info"] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      calls.push(`${level}: ${args.map(String).join(" ")}`);
    });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`unexpected console output:\n${calls.join("\n")}`);
});
