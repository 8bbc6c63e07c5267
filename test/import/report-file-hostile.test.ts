/**
 * The report-file door against hostile files (issue 15): each cause refused with the field's
 * Chinese name — bytes that are not UTF-8 (GBK, UTF-16 with and without BOM, a stray byte), a key
 * written twice, years, dates and deadlines that are no such thing, explanations of rules or cells
 * that do not exist, last year's figures of another edition than their year, numbers a double
 * would change, deep nesting, too many unknown ids; invisible characters taken out of names and
 * ids, and said so. Large inputs are made here, never committed.
 */
import { describe, expect, it } from "vitest";
import {
  describeFileErrors,
  MAX_REPORT_FILE_BYTES,
  readReportFile,
  readReportFileBytes,
  readReportValue,
  writeReportFile,
  type ReportFileRead,
} from "../../src/import/report-file.ts";
import { fullReport, prevOf } from "../builders.ts";

const report = fullReport("gb2021");
const text = writeReportFile(report);
const good = () => JSON.parse(text) as Record<string, unknown>;
const said = (r: ReportFileRead): string => (r.ok ? "（读取成功）" : describeFileErrors(r.errors));
const gbk = (s: string): Uint8Array => {
  // GB18030 encoding of the text's characters, by the decoder's own table (no encoder in the platform)
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
};

describe("the bytes of a report file", { timeout: 60_000 }, () => {
  it("a GBK file is refused, naming GBK and how to save it as UTF-8 (not read as U+FFFD and accepted)", () => {
    const r = readReportFileBytes(gbk(text));
    expect(said(r)).toContain("看起来是 GBK/GB18030 编码");
    expect(said(r)).toContain("UTF-8");
  });

  it("a stray 0xFF byte in a UTF-8 file is refused, saying where", () => {
    const bytes = new TextEncoder().encode(text);
    const at = bytes.indexOf(0x0a, 200);
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    const message = said(readReportFileBytes(broken));
    expect(message).toMatch(/第 \d+ 行（第 \d+ 个字节）有无效的字节 0xFF/);
    expect(message).not.toContain("GBK");
  });

  it("UTF-16 with a BOM is certain: read, and said so; without a BOM it is refused, naming UTF-16", () => {
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    const r = readReportFileBytes(le);
    expect(r.ok && r.report.org.name).toBe(report.org.name);
    expect(r.ok && r.notes.map((n) => n.message).join()).toContain("UTF-16LE 编码（带 BOM），已按此读取");
    const be = Buffer.from(text, "utf16le");
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] ?? 0, be[i] ?? 0];
    expect(readReportFileBytes(new Uint8Array([0xfe, 0xff, ...be])).ok).toBe(true);
    const bare = said(readReportFileBytes(new Uint8Array(Buffer.from(text, "utf16le"))));
    expect(bare).toContain("看起来是 UTF-16LE 编码（没有 BOM）");
    expect(bare).not.toContain("不完整");
  });

  it("a UTF-8 BOM is fine; a garbage first byte is said as such, not as a truncated file", () => {
    expect(readReportFileBytes(new TextEncoder().encode(`\uFEFF${text}`)).ok).toBe(true);
    const garbage = said(readReportFileBytes(new TextEncoder().encode(`\u0001${text}`)));
    expect(garbage).toContain("第一个字符应为“{”");
    expect(garbage).not.toContain("不完整");
  });

  it("UTF-32 is named as such, not read as UTF-16", () => {
    const codes = [...text].map((ch) => ch.codePointAt(0) ?? 0);
    const u32 = new Uint8Array(4 + codes.length * 4);
    u32.set([0xff, 0xfe, 0, 0]);
    codes.forEach((c, i) => new DataView(u32.buffer).setUint32(4 + i * 4, c, true));
    expect(said(readReportFileBytes(u32))).toContain("文件是 UTF-32 编码");
  });

  it("a file above the size limit is refused before it is parsed", () => {
    const big = new Uint8Array(MAX_REPORT_FILE_BYTES + 1).fill(0x20);
    expect(said(readReportFileBytes(big))).toContain("文件太大");
  });
});

describe("keys, nesting and numbers", { timeout: 60_000 }, () => {
  it("a second narrative or cell key is an error naming the key, not a silent overwrite", () => {
    expect(said(readReportFile(text.replace(/\n}\n$/, ',\n  "narrative": {}\n}\n')))).toMatch(
      /^正文（narrative）：字段“narrative”写了两次/,
    );
    const dupCell = text.replace(
      '"apply.newReceived.natural": ',
      '"apply.newReceived.natural": 7,\n    "apply.newReceived.natural": ',
    );
    expect(said(readReportFile(dupCell))).toContain(
      '表格数字（cells["apply.newReceived.natural"]）：字段“apply.newReceived.natural”写了两次',
    );
  });

  it("a value or org.name nested 50,000 deep: a Chinese message, no RangeError", () => {
    const deepValue = text.replace(
      /"apply\.newReceived\.natural": \d+/,
      `"apply.newReceived.natural": ${"[".repeat(50_000)}1${"]".repeat(50_000)}`,
    );
    expect(said(readReportFile(deepValue))).toContain("嵌套层数过多");
    const deepName = text.replace(/"name": "[^"]*"/, `"name": ${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}`);
    expect(said(readReportFile(deepName))).toContain("嵌套层数过多");
    // a value handed over already parsed (a draft from the browser's storage) is bounded the same way
    let nested: unknown = 1;
    for (let i = 0; i < 50_000; i++) nested = [nested];
    expect(said(readReportValue({ ...good(), org: { name: nested } }))).toContain("嵌套层数");
  });

  it.each([
    ["1e21", "active.fees.amountWan", "科学计数法"],
    ["12345678901234.5678", "active.fees.amountWan", "金额过大"],
    ["99999999999999.9999", "active.fees.amountWan", "金额过大"],
    ["1.00000000000000001", "active.fees.amountWan", "最多保留 6 位小数"],
    ["98.000000000000001", "active.fees.amountWan", "最多保留 6 位小数"],
    ["5949.0886671", "active.fees.amountWan", "最多保留 6 位小数"],
    ["9007199254740993", "apply.newReceived.natural", "数字过大"],
    ["5.0000000000000001", "apply.newReceived.natural", "应为整数"],
  ])("cell %s is refused naming the cell, never changed", (number, cell, why) => {
    const r = readReportFile(
      text.replace(new RegExp(`"${cell.replace(/\./g, "\\.")}": [\\d.]+`), `"${cell}": ${number}`),
    );
    const message = said(r);
    expect(message).toContain(`表格数字（cells["${cell}"]）`);
    expect(message).toContain(number);
    expect(message).toContain(why);
  });

  it("money to the 分 (six decimals) is read exactly", () => {
    const r = readReportFile(text.replace(/"active\.fees\.amountWan": [\d.]+/, '"active.fees.amountWan": 5949.088667'));
    expect(r.ok && r.report.cells["active.fees.amountWan"]).toBe(5949.088667);
  });

  it("100,000 unknown cell ids are named once: the first few and how many", () => {
    const f = good();
    const cells = f.cells as Record<string, number>;
    for (let i = 0; i < 100_000; i++) cells[`x.unknown.${i}`] = 1;
    const message = said(readReportFile(JSON.stringify(f)));
    expect(message).toContain("等 100000 个");
    expect(message.length).toBeLessThan(600);
    const org = good().org as Record<string, unknown>;
    for (let i = 0; i < 100_000; i++) org[`k${i}`] = 1;
    expect(said(readReportFile(JSON.stringify({ ...good(), org }))).length).toBeLessThan(600);
    // a key of a megabyte is cut in the message
    expect(
      said(readReportFile(text.replace('"year": 2022', `"year": 2022, "${"k".repeat(1_000_000)}": 1`))).length,
    ).toBeLessThan(600);
    // a long value is shown cut short
    const long = good();
    (long.cells as Record<string, unknown>)["apply.newReceived.natural"] = "9".repeat(5_000_000);
    expect(said(readReportFile(JSON.stringify(long))).length).toBeLessThan(400);
  });

  it("prototype keys are unknown fields like any other", () => {
    expect(said(readReportFile(text.replace('"year": 2022', '"year": 2022, "__proto__": {"x": 1}')))).toContain(
      "未知字段“__proto__”",
    );
    expect(
      said(readReportFile(text.replace(/"shortName": "[^"]*"/, '"shortName": "兴国镇", "constructor": 1'))),
    ).toContain("未知字段“org.constructor”");
  });
});

describe("fields that are no such thing", { timeout: 60_000 }, () => {
  const withYear = (year: string) => readReportFile(text.replace('"year": 2022', `"year": ${year}`));
  it.each([
    ["1e308", "报告年度应为整数年份（如 2023），实际为 1e308"],
    ["9007199254740993", "报告年度应为整数年份（如 2023），实际为 9007199254740993"],
    ["99999", "报告年度 99999 不是一个可能的年份（应在 2019–2100 之间）"],
  ])("year %s is refused with the field's name", (year, message) => {
    expect(said(withYear(year))).toBe(`报告年度（year）：${message}`);
  });

  it("a date not on the calendar and a deadline 99-99 are refused with the field's name", () => {
    const f = good();
    f.publication = { ...(f.publication as object), date: "2023-13-45", deadline: "99-99" };
    const message = said(readReportFile(JSON.stringify(f)));
    expect(message).toContain('发布日期（publication.date）：发布日期 "2023-13-45" 不是日历上的日子');
    expect(message).toContain('发布期限（publication.deadline）：发布期限 "99-99" 不是日历上的日子');
    f.publication = { ...(f.publication as object), date: "2023-02-29", deadline: "02-29" };
    expect(said(readReportFile(JSON.stringify(f)))).toBe(
      '发布日期（publication.date）：发布日期 "2023-02-29" 不是日历上的日子（月份 01–12，日期不超过当月天数）',
    );
  });

  it("an explanation of a rule or a cell that does not exist is refused", () => {
    const f = good();
    f.explanations = [{ rule: "ZZ-99", target: { kind: "cells", cells: ["apply.newReceived.natural"] }, text: "x" }];
    expect(said(readReportFile(JSON.stringify(f)))).toContain('没有编号为 "ZZ-99" 的规则');
    f.explanations = [{ rule: "R3-05", target: { kind: "cells", cells: ["no.such.cell"] }, text: "x" }];
    expect(said(readReportFile(JSON.stringify(f)))).toContain("未知的单元格编号“no.such.cell”");
  });

  it("last year's figures of another edition than their year are refused", () => {
    const f = good();
    f.previous = { year: 2021, edition: "gb2019", cells: {} };
    expect(said(readReportFile(JSON.stringify(f)))).toContain(
      "上年报告（previous.edition）：2021 年度报告应使用 gb2021 版表格",
    );
    f.previous = { year: 2021, edition: "gb2021", cells: prevOf(report).cells };
    expect(readReportFile(JSON.stringify(f)).ok).toBe(true);
  });
});

describe("invisible characters", { timeout: 60_000 }, () => {
  it("are taken out of names and cell ids, and said so; the report is otherwise read", () => {
    const spoofed = text
      .replace(`"name": "${report.org.name}"`, `"name": "兴国镇\u202e府政民人"`)
      .replace('"apply.newReceived.natural"', '"apply.new\u200bReceived.natural"');
    const r = readReportFile(spoofed);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.org.name).toBe("兴国镇府政民人");
    expect(r.report.cells["apply.newReceived.natural"]).toBe(report.cells["apply.newReceived.natural"]);
    const notes = describeFileErrors(r.notes);
    expect(notes).toContain("机关全称（org.name）：其中有 1 个不可见的控制字符");
    expect(notes).toContain('cells["apply.newReceived.natural"]');
  });

  it("control characters (an escape sequence, a bell) are taken out of names too, and said so", () => {
    const f = good();
    f.org = { ...(f.org as object), shortName: "兴国\u001b[31m镇\u0007" };
    const r = readReportFile(JSON.stringify(f));
    expect(r.ok && r.report.org.shortName).toBe("兴国[31m镇");
    expect(r.ok && describeFileErrors(r.notes)).toContain("机关简称（org.shortName）：其中有 2 个不可见的控制字符");
  });
});
