/** What a screen reader hears when the findings change: new ones by message, resolved ones counted, nothing when nothing changed. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/types.ts";
import { describeFindingChanges } from "../../src/ui/findings/findings-change.ts";

const finding = (rule: string, message: string, severity: Finding["severity"] = "E", cell = "a.b"): Finding => ({
  id: `${rule}|${cell}`,
  rule,
  severity,
  target: { kind: "cells", cells: [cell] },
  expected: null,
  actual: null,
  message,
});

describe("describeFindingChanges", () => {
  const r301 = finding("R3-01", "自然人列：5 + 0 ≠ 3 + 0");
  const rd05 = finding("RD-05", "没有写工作考核", "W", "narrative.overview");

  it("says nothing when nothing changed", () => {
    expect(describeFindingChanges([r301, rd05], [rd05, r301])).toBe("");
    expect(describeFindingChanges([], [])).toBe("");
  });

  it("names a new finding with its severity, and the findings open now", () => {
    expect(describeFindingChanges([rd05], [r301, rd05])).toBe(
      "新的检查结果：错误：自然人列：5 + 0 ≠ 3 + 0。现有错误 1 项，警告 1 项。",
    );
  });

  it("counts the resolved ones", () => {
    expect(describeFindingChanges([r301, rd05], [rd05])).toBe("已解决 1 项。现有错误 0 项，警告 1 项。");
  });

  it("reads a finding whose message changed as news, not as one resolved and one new", () => {
    const changed = { ...r301, message: "自然人列：6 + 0 ≠ 3 + 0" };
    expect(describeFindingChanges([r301], [changed])).toBe(
      "新的检查结果：错误：自然人列：6 + 0 ≠ 3 + 0。现有错误 1 项，警告 0 项。",
    );
  });

  it("names two new findings and counts the rest; explained warnings are not open", () => {
    const many = [1, 2, 3, 4].map((i) => finding("R3-04", `第 ${i} 格`, "E", `c${i}`));
    const explained = { ...rd05, explanation: "另行公布" };
    expect(describeFindingChanges([], [...many, explained])).toBe(
      "新的检查结果：错误：第 1 格；错误：第 2 格；另有 3 项。现有错误 4 项，警告 0 项。",
    );
  });
});
