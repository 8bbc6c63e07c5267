/**
 * The one number reader (`model/number-text.ts`) and where it is used: typed input (`parseCellInput`,
 * the app keeping a refused entry as typed), the importer's value cells (an ambiguity, not a
 * rounded number), printing (no exponent, six decimals as stored) and totals (exact, never past
 * what a double holds). Issue 15: `1e21`, `12345678901234.5678`, `99999999999999.9999`,
 * `1.00000000000000001` and `98.000000000000001` never silently change.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importReport } from "../../src/import/index.ts";
import { readValue } from "../../src/import/value-text.ts";
import { parseCellInput } from "../../src/model/cell-input.ts";
import { addExact, computeReport } from "../../src/model/compute.ts";
import { getEdition } from "../../src/model/editions/index.ts";
import { checkNumber, MAX_COUNT, numberText, readNumberText, readNumberValue } from "../../src/model/number-text.ts";
import { formatNumber } from "../../src/render/format-number.ts";
import { setCellTexts } from "../../src/store/report-edits.ts";
import { fullReport } from "../builders.ts";

const FIXTURES = join(import.meta.dirname, "../fixtures/import");
const reason = (r: ReturnType<typeof readNumberText>) => (r.ok ? null : r.reason);

describe("readNumberText", { timeout: 60_000 }, () => {
  it("money in 万元 to the 分: six decimals are valid, a seventh is refused, never rounded", () => {
    expect(readNumberText("money", "5949.088667")).toEqual({ ok: true, value: 5949.088667 });
    expect(readNumberText("money", "0.000001")).toEqual({ ok: true, value: 0.000001 });
    expect(readNumberText("money", "1.5000000")).toEqual({ ok: true, value: 1.5 }); // trailing zeros change nothing
    expect(reason(readNumberText("money", "5949.0886671"))).toContain("最多保留 6 位小数");
  });

  it.each([
    ["1e21", "科学计数法"],
    ["12345678901234.5678", "金额过大"],
    ["99999999999999.9999", "金额过大"],
    ["1.00000000000000001", "最多保留 6 位小数"],
    ["98.000000000000001", "最多保留 6 位小数"],
    ["123456789.1234567", "最多保留 6 位小数"],
    ["999999999999.9999", "位数过多"],
    ["-0.5", "不能为负数"],
  ])("money %s is refused (%s), not changed", (text, why) => {
    expect(reason(readNumberText("money", text))).toContain(why);
  });

  it("the largest money it takes prints back exactly as written", () => {
    for (const text of ["999999999.999999", "999999999999.999", "123456789012.5", "0.000001"]) {
      const r = readNumberText("money", text);
      expect(r.ok && numberText(r.value)).toBe(text);
    }
  });

  it("counts: whole, not negative, at most MAX_COUNT; a signed count may be negative", () => {
    expect(readNumberText("count", "999999999")).toEqual({ ok: true, value: MAX_COUNT });
    expect(reason(readNumberText("count", "1000000000"))).toContain("数字过大");
    expect(reason(readNumberText("count", "9007199254740993"))).toContain("数字过大");
    expect(reason(readNumberText("count", "5.0000000000000001"))).toContain("应为整数");
    expect(reason(readNumberText("count", "-3"))).toContain("不能为负数");
    expect(readNumberText("count", "-0")).toEqual({ ok: true, value: 0 });
    expect(readNumberText("count", "5.0")).toEqual({ ok: true, value: 5 });
    expect(readNumberText("signed", "-12")).toEqual({ ok: true, value: -12 });
    expect(reason(readNumberText("signed", "-1000000000"))).toContain("数字过大");
    expect(reason(readNumberText("count", "1e3"))).toContain("科学计数法");
    expect(reason(readNumberText("count", "十二"))).toBe("不是数字");
  });

  it("a number already held is checked by its own digits (String is exact for a double)", () => {
    expect(checkNumber("money", 5949.088667)).toBeNull();
    expect(checkNumber("money", 1e21)).toContain("金额过大");
    expect(checkNumber("money", 1e-7)).toContain("最多保留 6 位小数");
    expect(checkNumber("count", 2 ** 53)).toContain("数字过大");
    expect(checkNumber("count", Number.NaN)).toContain("不是有效的数字");
    expect(readNumberValue("signed", -5)).toEqual({ ok: true, value: -5 });
  });
});

describe("where the reader is used", { timeout: 60_000 }, () => {
  it("typed input: normalised where certain, the listed numbers refused with a reason", () => {
    expect(parseCellInput("money", " ５９４９．０８８６６７ ")).toEqual({ state: "number", value: 5949.088667 });
    expect(parseCellInput("count", "1,234")).toEqual({ state: "number", value: 1234 });
    for (const typed of [
      "1e21",
      "12345678901234.5678",
      "99999999999999.9999",
      "1.00000000000000001",
      "98.000000000000001",
    ])
      expect(parseCellInput("money", typed).state, typed).toBe("invalid");
    expect(parseCellInput("money", "1e21")).toEqual({
      state: "invalid",
      reason: "「1e21」：请写成普通数字，不要用科学计数法（如 1e21）",
    });
    expect(parseCellInput("count", "abc")).toEqual({ state: "invalid", reason: "「abc」不是数字，请填写阿拉伯数字" });
  });

  it("the app keeps such an entry as typed and flags it; nothing is stored as a rounded number", () => {
    const edition = getEdition("gb2021");
    if (!edition) throw new Error("gb2021");
    const r = setCellTexts(edition, fullReport("gb2021"), [["active.fees.amountWan", "98.000000000000001"]]);
    expect(r.cells["active.fees.amountWan"]).toBeUndefined();
    expect(r.typed?.["active.fees.amountWan"]).toBe("98.000000000000001");
  });

  it("a text report whose fee is 98.000000000000001: the importer keeps the cell blank and names what it saw", async () => {
    const lines = readFileSync(join(FIXTURES, "seed-003-yongchang-2021.txt"), "utf8").split("\n");
    const fee = lines.findIndex((l) => l.trim() === "行政事业性收费") + 1;
    expect(lines[fee]?.trim()).toBe("0");
    lines[fee] = "\t98.000000000000001";
    const r = await importReport({ name: "a.txt", text: lines.join("\n") });
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.cells["active.fees.amountWan"]).toBeUndefined();
    expect(r.summary.ambiguous).toContainEqual(
      expect.objectContaining({ cells: ["active.fees.amountWan"], seen: "98.000000000000001" }),
    );
  });

  it("the importer keeps such a value cell as an ambiguity (seen as written), not as 98", () => {
    expect(readValue("98.000000000000001", "money")).toMatchObject({ state: "invalid", text: "98.000000000000001" });
    expect(readValue("9007199254740993", "count")).toMatchObject({ state: "invalid" });
    expect(readValue("5949.088667万元", "money")).toEqual({ state: "number", value: 5949.088667 });
  });

  it("printing: six decimals as stored, no exponent, no binary noise", () => {
    expect(formatNumber(5949.088667)).toBe("5949.088667");
    expect(formatNumber(0.000001)).toBe("0.000001");
    expect(formatNumber(1e21)).toBe("1000000000000000000000");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(numberText(1e-7)).toBe("0.0000001");
  });

  it("totals: money added digit by digit; counts at the ceiling in every cell still add up exactly", () => {
    expect(addExact(0.1, 0.2)).toBe(0.3);
    expect(addExact(5949.088667, 0.000001)).toBe(5949.088668);
    expect(addExact(999999999999.5, 0.25)).toBe(999999999999.75);
    const edition = getEdition("gb2021");
    if (!edition) throw new Error("gb2021");
    const r = fullReport("gb2021");
    const inputs = edition.cells.filter((c) => !c.sumOf && c.kind === "count");
    for (const c of inputs) r.cells[c.id] = MAX_COUNT;
    for (const c of edition.cells) if (c.sumOf) delete r.cells[c.id];
    const { value } = computeReport(edition, r);
    for (const c of edition.cells.filter((x) => x.sumOf)) {
      const v = value[c.id] ?? 0;
      expect(Number.isSafeInteger(v), c.id).toBe(true);
      expect(v % MAX_COUNT, c.id).toBe(0); // a sum of MAX_COUNTs, not rounded
    }
  });
});
