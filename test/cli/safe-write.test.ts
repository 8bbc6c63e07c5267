/**
 * The safe writer every writing command uses (`cli/safe-write.ts`), on real files in a temporary
 * folder: never onto an input (by its name, another spelling, a hard link, a symlink), never onto
 * a folder, a device or a symlink named like an output, an existing file only with `--force`, no
 * two outputs on one file; and when writing fails (a full disk: the write step fails halfway, as
 * ENOSPC does) or a rename fails halfway, no truncated or temporary file is left and every file
 * that was there before is there as it was.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { realpath, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileIdentity } from "../../src/cli/read-input.ts";
import { NODE_STEPS, writeOutputs, type WriteSteps } from "../../src/cli/safe-write.ts";

const folder = () => mkdtempSync(join(tmpdir(), "nianbao-safe-write-"));
async function identity(path: string): Promise<FileIdentity> {
  const s = await stat(path);
  return { dev: s.dev, ino: s.ino, realPath: await realpath(path) };
}
const reasonOf = (r: Awaited<ReturnType<typeof writeOutputs>>) => (r.ok ? "（写入成功）" : r.reason);

describe("never onto an input", { timeout: 30_000 }, () => {
  it("by its name, another spelling of the path, a hard link or a symlink: refused even with --force", async () => {
    const dir = folder();
    const input = join(dir, "r.json");
    writeFileSync(input, "REPORT");
    linkSync(input, join(dir, "hard.html"));
    symlinkSync(input, join(dir, "soft.html"));
    const inputs = [await identity(input)];
    for (const target of [input, join(dir, ".", "..", dir.split("/").pop() ?? "", "r.json"), join(dir, "hard.html")]) {
      const r = await writeOutputs([{ path: target, data: "PAGE" }], { force: true, inputs });
      expect(reasonOf(r), target).toContain("是本次读取的输入文件");
      expect(reasonOf(r)).toContain("未改动任何文件");
    }
    const soft = reasonOf(
      await writeOutputs([{ path: join(dir, "soft.html"), data: "PAGE" }], { force: true, inputs }),
    );
    expect(soft).toContain("符号链接，指向本次读取的输入文件");
    expect(readFileSync(input, "utf8")).toBe("REPORT");
    expect(readdirSync(dir).sort()).toEqual(["hard.html", "r.json", "soft.html"]);
  });
});

describe("what a target may be", { timeout: 30_000 }, () => {
  it("an existing file only with --force; --force replaces it whole", async () => {
    const dir = folder();
    const out = join(dir, "out.html");
    writeFileSync(out, "OLD");
    const refused = await writeOutputs([{ path: out, data: "NEW" }], { force: false, inputs: [] });
    expect(reasonOf(refused)).toBe(`输出文件 ${out} 已存在：加 --force 才会覆盖。未改动任何文件`);
    expect(readFileSync(out, "utf8")).toBe("OLD");
    expect((await writeOutputs([{ path: out, data: "NEW" }], { force: true, inputs: [] })).ok).toBe(true);
    expect(readFileSync(out, "utf8")).toBe("NEW");
    expect(readdirSync(dir)).toEqual(["out.html"]); // no temporary or set-aside file left
  });

  it("two outputs of one request at one file are refused (the same name, or two names of one file)", async () => {
    const dir = folder();
    const same = join(dir, "same.out");
    mkdirSync(join(dir, "sub"));
    const r = await writeOutputs(
      [
        { path: same, data: "A" },
        { path: join(dir, "sub", "..", "same.out"), data: "B" },
      ],
      { force: false, inputs: [] },
    );
    expect(reasonOf(r)).toContain("是同一个文件，两个输出会互相覆盖");
    writeFileSync(join(dir, "a.html"), "OLD");
    linkSync(join(dir, "a.html"), join(dir, "b.html"));
    const linked = await writeOutputs(
      [
        { path: join(dir, "a.html"), data: "A" },
        { path: join(dir, "b.html"), data: "B" },
      ],
      { force: true, inputs: [] },
    );
    expect(reasonOf(linked)).toContain("是同一个文件");
    expect(existsSync(same)).toBe(false);
  });

  it("a folder, a FIFO, a device, a symlink (dangling too), a missing folder, a name too long: refused in Chinese", async () => {
    const dir = folder();
    mkdirSync(join(dir, "d"));
    execFileSync("mkfifo", [join(dir, "fifo.html")]);
    symlinkSync(join(dir, "elsewhere.txt"), join(dir, "dangling.html"));
    const cases: [string, string][] = [
      [join(dir, "d"), "已是一个文件夹"],
      [`${join(dir, "d")}/`, "以斜杠结尾的是文件夹"],
      [join(dir, "fifo.html"), "不是普通文件"],
      ["/dev/full", "不是普通文件"],
      [join(dir, "dangling.html"), "这是一个符号链接"],
      [join(dir, "没有", "x.html"), "所在的文件夹不存在"],
      [join(dir, `${"年".repeat(100)}.html`), "文件名太长"],
    ];
    for (const [path, why] of cases) {
      const reason = reasonOf(await writeOutputs([{ path, data: "X" }], { force: true, inputs: [] }));
      expect(reason, path).toContain(why);
      expect(reason).toContain("未改动任何文件");
      expect(reason).not.toMatch(/\bE[A-Z]{3,}\b/);
    }
    expect(existsSync(join(dir, "elsewhere.txt"))).toBe(false); // the dangling link was not followed
  });
});

describe("all or none, and nothing lost", { timeout: 30_000 }, () => {
  /** A disk that fills up while the second file is written: half of it lands, then ENOSPC. */
  const fullDiskOnSecond = (): WriteSteps => {
    let n = 0;
    return {
      ...NODE_STEPS,
      writeNew: async (path, data) => {
        if (++n < 2) return NODE_STEPS.writeNew(path, data);
        await writeFile(
          path,
          typeof data === "string" ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2),
          {
            flag: "wx",
          },
        );
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      },
    };
  };

  it("a full disk: no truncated or temporary file, the files that were there unchanged, said in Chinese", async () => {
    const dir = folder();
    writeFileSync(join(dir, "r.docx"), "OLD DOCX");
    const r = await writeOutputs(
      [
        { path: join(dir, "r.docx"), data: "NEW DOCX" },
        { path: join(dir, "r.html"), data: "<p>new page</p>".repeat(100) },
      ],
      { force: true, inputs: [] },
      fullDiskOnSecond(),
    );
    expect(reasonOf(r)).toBe(
      `无法写入 ${join(dir, "r.html")}：磁盘空间不足，请清理磁盘或换一个位置后重试。未改动任何文件（原有的 ${join(dir, "r.docx")} 保持不变）`,
    );
    expect(readdirSync(dir)).toEqual(["r.docx"]);
    expect(readFileSync(join(dir, "r.docx"), "utf8")).toBe("OLD DOCX");
  });

  it("a rename that fails halfway: the file already put in place is taken back and the older one restored, never deleted", async () => {
    const dir = folder();
    writeFileSync(join(dir, "a.docx"), "OLD A");
    let renames = 0;
    const steps: WriteSteps = {
      ...NODE_STEPS,
      rename: async (from, to) => {
        if (++renames === 2) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
        return NODE_STEPS.rename(from, to);
      },
    };
    const r = await writeOutputs(
      [
        { path: join(dir, "a.docx"), data: "NEW A" },
        { path: join(dir, "b.html"), data: "NEW B" },
      ],
      { force: true, inputs: [] },
      steps,
    );
    expect(reasonOf(r)).toContain(`无法写入 ${join(dir, "b.html")}：没有权限`);
    expect(reasonOf(r)).toContain("未改动任何文件");
    expect(readdirSync(dir)).toEqual(["a.docx"]);
    expect(readFileSync(join(dir, "a.docx"), "utf8")).toBe("OLD A");
  });

  it("a read-only place: refused in Chinese, nothing left behind", async () => {
    const r = await writeOutputs([{ path: "/proc/nianbao.html", data: "X" }], { force: false, inputs: [] });
    expect(reasonOf(r)).toMatch(/^无法写入 \/proc\/nianbao\.html：.+。未改动任何文件$/);
    expect(reasonOf(r)).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});
