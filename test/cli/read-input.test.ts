/**
 * How every command reads an input (`cli/read-input.ts`) and says what the system reported
 * (`cli/system-error.ts`): only regular files — a FIFO nobody writes to, `/dev/zero`, a folder and a
 * socket each get a Chinese reason at once instead of a hang or a heap filled at 400 MB/s —, at
 * most the size limit, whatever the file claims; each system error a Chinese sentence naming the
 * file and what to do, with no code, no English and no stack trace.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputFile } from "../../src/cli/read-input.ts";
import { describeSystemError, describeUnexpected } from "../../src/cli/system-error.ts";

const dir = mkdtempSync(join(tmpdir(), "nianbao-read-input-"));
const reasonOf = async (path: string, limit = 1024 * 1024) => {
  const r = await readInputFile(path, limit);
  return r.ok ? "（读取成功）" : r.reason;
};

describe("readInputFile", { timeout: 30_000 }, () => {
  it("reads a regular file with its identity (the same for a symlink to it)", async () => {
    writeFileSync(join(dir, "r.json"), "{}");
    symlinkSync(join(dir, "r.json"), join(dir, "alias.json"));
    const [a, b] = [await readInputFile(join(dir, "r.json"), 100), await readInputFile(join(dir, "alias.json"), 100)];
    expect(a.ok && new TextDecoder().decode(a.file.bytes)).toBe("{}");
    expect(a.ok && b.ok && [a.file.identity.ino, a.file.identity.realPath]).toEqual(
      b.ok ? [b.file.identity.ino, b.file.identity.realPath] : [],
    );
  });

  it("a FIFO with no writer, /dev/zero, a folder: a reason at once, never a hang", async () => {
    const fifo = join(dir, "fifo.json");
    execFileSync("mkfifo", [fifo]);
    expect(await reasonOf(fifo)).toBe(`无法读取 ${fifo}：这不是普通文件（是设备、管道或套接字），没有读取`);
    expect(await reasonOf("/dev/zero")).toBe("无法读取 /dev/zero：这不是普通文件（是设备、管道或套接字），没有读取");
    expect(await reasonOf(dir)).toBe(`无法读取 ${dir}：这是一个文件夹，不是文件`);
  });

  it("a socket, a missing file, a symlink loop: Chinese reasons naming the file", async () => {
    const sock = join(dir, "s.json");
    const server = createServer().listen(sock);
    await new Promise((done) => server.once("listening", done));
    try {
      expect(await reasonOf(sock)).toBe(`无法读取文件 ${sock}：这是一个套接字或没有连接的设备，不是普通文件`);
    } finally {
      server.close();
    }
    expect(await reasonOf(join(dir, "没有.json"))).toBe(
      `无法读取文件 ${join(dir, "没有.json")}：文件不存在，请检查路径和文件名`,
    );
    symlinkSync(join(dir, "loop-b"), join(dir, "loop-a"));
    symlinkSync(join(dir, "loop-a"), join(dir, "loop-b"));
    expect(await reasonOf(join(dir, "loop-a"))).toContain("符号链接绕成了圈");
  });

  it("never reads more than the limit", async () => {
    writeFileSync(join(dir, "big.json"), "x".repeat(5000));
    expect(await reasonOf(join(dir, "big.json"), 4096)).toContain("文件太大");
    const r = await readInputFile(join(dir, "big.json"), 5000);
    expect(r.ok && r.file.bytes.length).toBe(5000);
  });

  it("a file whose size the system does not know (/proc) is read up to the limit, no further", async () => {
    const r = await readInputFile("/proc/self/status", 1024 * 1024);
    expect(r.ok && new TextDecoder().decode(r.file.bytes)).toContain("Name:");
    expect(await reasonOf("/proc/self/status", 10)).toContain("还在变大");
  });
});

describe("system errors in Chinese", { timeout: 30_000 }, () => {
  const err = (code: string, message = code) => Object.assign(new Error(message), { code });
  it.each([
    ["EROFS", "write", "只读"],
    ["ENOENT", "read", "文件不存在"],
    ["ENOENT", "write", "文件夹不存在"],
    ["EISDIR", "read", "文件夹"],
    ["EEXIST", "folder", "已有同名的文件"],
    ["ELOOP", "read", "符号链接绕成了圈"],
    ["ENAMETOOLONG", "write", "太长"],
    ["EACCES", "write", "没有权限"],
    ["ENOSPC", "write", "磁盘空间不足"],
  ] as const)("%s (%s): names the file, says what to do, no code", (code, action, words) => {
    const message = describeSystemError(err(code), "/某处/报告.json", action);
    expect(message).toContain("/某处/报告.json");
    expect(message).toContain(words);
    expect(message.replace("/某处/报告.json", "")).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("engine limits and the unforeseen: a sentence, no stack trace", () => {
    expect(describeUnexpected(new RangeError("Invalid string length"))).toContain("内容太大");
    expect(describeUnexpected(new RangeError("Maximum call stack size exceeded"))).toContain("嵌套太深");
    const other = describeUnexpected(new TypeError("x is not a function"));
    expect(other).toContain("内部错误");
    expect(other).not.toContain("TypeError");
    expect(other).not.toMatch(/\n\s+at /);
  });
});
