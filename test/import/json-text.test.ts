/**
 * The report file's JSON reader (`import/json-text.ts`): what `JSON.parse` reads it reads the same
 * (checked on generated JSON), and what `JSON.parse` gets wrong on an untrusted file it refuses or
 * keeps as written: a key written twice at any level (named with its path), nesting 50,000 deep
 * (generated here, never committed) with a message instead of a stack overflow, too many values,
 * numbers a double would change, `__proto__`, and a syntax error, a truncated file or a garbage
 * first byte each said as what it is.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumberText, parseJsonText, type JsonRead } from "../../src/import/json-text.ts";

const errorOf = (r: JsonRead) => (r.ok ? undefined : r.error);

describe("parseJsonText", { timeout: 60_000 }, () => {
  it("reads what JSON.parse reads, the same way (generated documents without repeated keys)", () => {
    fc.assert(
      fc.property(
        fc.json({ depthSize: "medium", noUnicodeString: false }).filter((t) => t.startsWith("{") || t.startsWith("[")),
        (text) => {
          const r = parseJsonText(text);
          const expected: unknown = JSON.parse(text);
          // a number a double would change is kept as its text; compare with what JSON.parse made of it
          const plain = (v: unknown): unknown =>
            v instanceof NumberText
              ? Number(v.text)
              : Array.isArray(v)
                ? v.map(plain)
                : v && typeof v === "object"
                  ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
                  : v;
          expect(r.ok).toBe(true);
          if (r.ok) expect(plain(r.value)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a key written twice is an error naming its path and where it is, at any level, with an equal value too", () => {
    expect(errorOf(parseJsonText('{"narrative":{"other":"x"},\n"narrative":{}}'))).toEqual({
      path: "narrative",
      message: "字段“narrative”写了两次（第 2 行第 1 列又出现一次）：不能确定用哪一个，请删去多余的一处",
    });
    expect(
      errorOf(parseJsonText('{"cells":{"apply.newReceived.natural":5,"apply.newReceived.natural":7}}'))?.path,
    ).toBe('cells["apply.newReceived.natural"]');
    expect(errorOf(parseJsonText('{"year":2023,"year":2023}'))?.path).toBe("year");
    expect(errorOf(parseJsonText('{"a":[{"b":1},{"c":1,"c":2}]}'))?.path).toBe("a[1].c");
    // the same key spelled with an escape is the same key
    expect(errorOf(parseJsonText('{"year":2023,"\\u0079ear":2024}'))?.path).toBe("year");
  });

  it("nesting 50,000 deep: a message, not a stack overflow; arrays and objects alike", () => {
    const deep = (open: string, close: string, n: number) => `{"a":${open.repeat(n)}1${close.repeat(n)}}`;
    for (const text of [deep("[", "]", 50_000), deep('{"x":', "}", 50_000)]) {
      const e = errorOf(parseJsonText(text));
      expect(e?.message).toBe("嵌套层数过多（超过 32 层），不是年报文件");
    }
    expect(parseJsonText(deep("[", "]", 30)).ok).toBe(true);
  });

  it("too many values is refused before memory is spent on them", () => {
    const text = `[${"0,".repeat(1_000_000)}0]`;
    expect(errorOf(parseJsonText(text))?.message).toContain("数据项过多");
  });

  it("numbers a double would change, or written with an exponent, are kept as written", () => {
    const r = parseJsonText(
      "[1e21, 12345678901234.5678, 99999999999999.9999, 1.00000000000000001, 98.000000000000001, 9007199254740993, 1e308, 1e400, 5949.088667, 0.5, -0, 1.50]",
    );
    expect(r.ok).toBe(true);
    const values = r.ok ? (r.value as unknown[]) : [];
    expect(values.slice(0, 8).map((v) => (v instanceof NumberText ? v.text : v))).toEqual([
      "1e21",
      "12345678901234.5678",
      "99999999999999.9999",
      "1.00000000000000001",
      "98.000000000000001",
      "9007199254740993",
      "1e308",
      "1e400",
    ]);
    expect(values.slice(8)).toEqual([5949.088667, 0.5, 0, 1.5]);
  });

  it("__proto__ is an own key like any other, never the prototype", () => {
    const r = parseJsonText('{"__proto__":{"polluted":1},"a":1}');
    expect(r.ok).toBe(true);
    const v = (r.ok ? r.value : {}) as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("says what is wrong: empty, cut off, a garbage first byte, a syntax error with its place, trailing content", () => {
    expect(errorOf(parseJsonText(" \n "))?.message).toBe("文件是空的，没有任何内容");
    expect(errorOf(parseJsonText('{"format": "nianbao.report", "cells": {'))?.message).toContain("文件不完整");
    expect(errorOf(parseJsonText('{"org": {"name": "青石'))?.message).toContain("文件不完整");
    const garbage = errorOf(parseJsonText('\u0001{"a":1}'))?.message ?? "";
    expect(garbage).toBe("不是 JSON 格式的年报文件：第一个字符应为“{”，实际是 U+0001");
    expect(garbage).not.toContain("不完整");
    expect(errorOf(parseJsonText('{\n  "a": 1,\n  , "b": 2}'))?.message).toBe(
      "不是有效的 JSON：在第 3 行第 3 列附近有语法错误",
    );
    expect(errorOf(parseJsonText('{"a":1} {"b":2}'))?.message).toContain("还有多余的内容");
    expect(errorOf(parseJsonText('{"a":"x\ny"}'))?.message).toContain("控制字符");
    expect(errorOf(parseJsonText('{"a":"\\q"}'))?.message).toContain("不是有效的转义");
    expect(errorOf(parseJsonText("{'a':1}"))?.message).toContain("附近有语法错误");
  });

  it("reads a long string and many keys in one pass (a 5 MB value, 100,000 keys)", () => {
    const big = "汉".repeat(5_000_000);
    const r = parseJsonText(`{"a":"${big}"}`);
    expect(r.ok && (r.value as { a: string }).a.length).toBe(5_000_000);
    const keys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    const many = parseJsonText(JSON.stringify(keys));
    expect(many.ok && Object.keys(many.value as object).length).toBe(100_000);
  });
});
