/**
 * The report file's JSON reader. `JSON.parse` cannot be used on an untrusted report file: it keeps
 * the last of two equal keys without a word (a second `"narrative": {}` erases the text), rounds
 * numbers silently (`98.000000000000001` → 98, `9007199254740993` → …992) and recurses, so a value
 * nested 50,000 deep ends in `RangeError: Maximum call stack size exceeded`. This reader is a plain
 * loop with its own stack: nesting and the number of values are bounded before anything recurses,
 * a key written twice in one object is an error naming its path and place, and a number whose
 * text a double would change (or that is written with an exponent) is kept as its text
 * (`NumberText`) for the reader of its field to refuse by name. Objects get own properties only
 * (`__proto__` is a key like any other). Messages are in Chinese.
 *
 * The libraries that read JSON with duplicate keys or exact numbers (lossless-json, jsonc-parser,
 * momoa) all parse by recursive descent, and lossless-json lets a repeated key with an equal value
 * through; hence this small reader, tested on its own (`test/import/json-text.test.ts`).
 */

/** A number as written in the file, kept because a double would not hold it as written. */
export class NumberText {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export interface JsonLimits {
  /** objects and arrays nested deeper than this are refused (a report file has 5 levels) */
  readonly depth: number;
  /** values in the whole file (a report file has about 2,000) */
  readonly values: number;
}

export const JSON_LIMITS: JsonLimits = { depth: 32, values: 1_000_000 };

export interface JsonError {
  /** where: the path of the value (`cells["a.b"]`, `org.name`), or `（文件）` */
  readonly path: string;
  readonly message: string;
}

export type JsonRead =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JsonError };

const FILE = "（文件）";
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** `parent.key`, `parent["a.b"]`, `parent[3]`: the paths the report file's messages use. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent === "" ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return `第 ${line} 行第 ${offset - start + 1} 列`;
}

/** The digits of a plain decimal as `String(number)` writes them (`007.50` → `7.5`, `-0.0` → `0`). */
function canonical(text: string): string {
  const negative = text.startsWith("-");
  const [whole = "", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const w = whole.replace(/^0+(?=\d)/, "");
  const f = fraction.replace(/0+$/, "");
  const digits = f === "" ? w : `${w}.${f}`;
  return digits === "0" || digits === "" ? "0" : `${negative ? "-" : ""}${digits}`;
}

/** A number as written: a double when it holds exactly what is written, otherwise its text. */
function numberValue(text: string): number | NumberText {
  if (/[eE]/.test(text)) return new NumberText(text);
  const value = Number(text);
  return String(value) === canonical(text) ? (Object.is(value, -0) ? 0 : value) : new NumberText(text);
}

interface Frame {
  readonly container: Record<string, unknown> | unknown[];
  readonly path: string;
  /** keys seen in this object, for duplicates */
  readonly keys?: Set<string>;
  /** the key whose value is being read */
  key?: string;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // `__proto__` as an own data property, as JSON.parse makes it, never the prototype
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

const describeChar = (ch: string): string => {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd ? hex : `“${ch}”（${hex}）`;
};

/** Reads JSON text; never throws, never recurses. */
export function parseJsonText(text: string, limits: JsonLimits = JSON_LIMITS): JsonRead {
  let i = 0;
  let values = 0;
  const n = text.length;
  const stack: Frame[] = [];
  let result: unknown = undefined;
  const fail = (path: string, message: string): JsonRead => ({ ok: false, error: { path, message } });
  const where = (at: number) => lineColumn(text, at);
  const unexpected = (): JsonRead => {
    if (i >= n) return fail(FILE, "不是有效的 JSON：文件不完整（可能没有保存完或被截断）");
    return fail(FILE, `不是有效的 JSON：在${where(i)}附近有语法错误`);
  };
  const skip = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };

  /** a string starting at `i` (the opening quote); undefined and `error` set on failure */
  let error: JsonRead | undefined;
  const readString = (): string | undefined => {
    const start = i;
    i++;
    let out = "";
    let from = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(from, i);
        i++;
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(from, i);
        const e = text[i + 1] ?? "";
        if (e === "u") {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            error =
              i + 2 >= n ? unexpected() : fail(FILE, `不是有效的 JSON：在${where(i)}，“\\u”后应为 4 位十六进制数`);
            return undefined;
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (ESCAPES[e] !== undefined) {
          out += ESCAPES[e];
          i += 2;
        } else {
          if (i + 1 >= n) error = unexpected();
          else error = fail(FILE, `不是有效的 JSON：在${where(i)}，反斜杠后的“${e}”不是有效的转义`);
          return undefined;
        }
        from = i;
        continue;
      }
      if (c < 0x20) {
        error = fail(
          FILE,
          `不是有效的 JSON：在${where(i)}，文字中有控制字符 ${describeChar(text[i] ?? "")}（换行应写成 \\n）`,
        );
        return undefined;
      }
      i++;
    }
    i = n;
    error = fail(FILE, `不是有效的 JSON：文件不完整（从${where(start)}开始的文字没有结束的引号）`);
    return undefined;
  };

  // the value being read goes into the innermost frame (or is the result)
  const place = (value: unknown): JsonRead | undefined => {
    values++;
    if (values > limits.values)
      return fail(FILE, `文件中的数据项过多（超过 ${limits.values.toLocaleString("en-US")} 项），不是年报文件`);
    const top = stack[stack.length - 1];
    if (!top) result = value;
    else if (Array.isArray(top.container)) top.container.push(value);
    else setOwn(top.container, top.key ?? "", value);
    return undefined;
  };
  const pathOfNext = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return "";
    return Array.isArray(top.container)
      ? childPath(top.path, top.container.length)
      : childPath(top.path, top.key ?? "");
  };

  skip();
  if (i >= n) return fail(FILE, "文件是空的，没有任何内容");
  if (text[i] !== "{" && text[i] !== "[")
    return fail(FILE, `不是 JSON 格式的年报文件：第一个字符应为“{”，实际是 ${describeChar(text[i] ?? "")}`);

  // `value`: a value is expected at i; `after`: a value was just read
  let state: "value" | "after" = "value";
  for (;;) {
    skip();
    if (state === "value") {
      const ch = text[i];
      if (ch === "{" || ch === "[") {
        const path = pathOfNext();
        if (stack.length >= limits.depth)
          return fail(path === "" ? FILE : path, `嵌套层数过多（超过 ${limits.depth} 层），不是年报文件`);
        const container: Record<string, unknown> | unknown[] = ch === "{" ? {} : [];
        const failed = place(container);
        if (failed) return failed;
        stack.push(ch === "{" ? { container, path, keys: new Set() } : { container, path });
        i++;
        skip();
        if (text[i] === (ch === "{" ? "}" : "]")) {
          stack.pop();
          i++;
          state = "after";
          continue;
        }
        if (ch === "{") {
          const key = readKey();
          if (typeof key !== "string") return key;
        }
        continue;
      }
      let value: unknown;
      if (ch === '"') {
        value = readString();
        if (value === undefined) return error ?? unexpected();
      } else if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m) return unexpected();
        i += m[0].length;
        value = numberValue(m[0]);
      } else if (text.startsWith("true", i)) [value, i] = [true, i + 4];
      else if (text.startsWith("false", i)) [value, i] = [false, i + 5];
      else if (text.startsWith("null", i)) [value, i] = [null, i + 4];
      else return unexpected();
      const failed = place(value);
      if (failed) return failed;
      state = "after";
      continue;
    }
    // after a value: `,` or the end of the innermost container, or the end of the text
    const top = stack[stack.length - 1];
    if (!top) {
      if (i < n) return fail(FILE, `不是有效的 JSON：${where(i)}以后还有多余的内容（一个文件只应有一个 {…}）`);
      return { ok: true, value: result };
    }
    const isArray = Array.isArray(top.container);
    const ch = text[i];
    if (ch === ",") {
      i++;
      skip();
      if (!isArray) {
        const key = readKey();
        if (typeof key !== "string") return key;
      }
      state = "value";
      continue;
    }
    if (ch === (isArray ? "]" : "}")) {
      stack.pop();
      i++;
      continue;
    }
    return unexpected();
  }

  /** an object's key and its colon, at i; the key is checked against the keys before it */
  function readKey(): string | JsonRead {
    const top = stack[stack.length - 1];
    if (text[i] !== '"') return unexpected();
    const at = i;
    const key = readString();
    if (key === undefined) return error ?? unexpected();
    if (top?.keys?.has(key))
      return fail(
        childPath(top.path, key),
        `字段“${key}”写了两次（${where(at)}又出现一次）：不能确定用哪一个，请删去多余的一处`,
      );
    top?.keys?.add(key);
    if (top) top.key = key;
    skip();
    if (text[i] !== ":") return unexpected();
    i++;
    return key;
  }
}
