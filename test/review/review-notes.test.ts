/**
 * The 审核意见 file (`nianbao.review-notes` v1): what the reviewer's notes on a body make, written
 * and read back unchanged; refused whole — with the field named in Chinese — when it is of another
 * format or a newer version, when a field is wrong, and beyond its bounds (size, points, a note's
 * length, nesting, a key written twice, a charset other than UTF-8). On the clerk's side: a file for
 * another body or year is refused, and each point's state follows the clerk's findings by id.
 */
import { describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import type { Finding } from "../../src/model/types.ts";
import { inThreadReader } from "../../src/review/in-thread-reader.ts";
import {
  describeNotesErrors,
  MAX_NOTES_BYTES,
  NOTES_FORMAT,
  readReviewNotes,
  readReviewNotesBytes,
  writeReviewNotes,
  type ReviewNotes,
} from "../../src/review/review-notes-file.ts";
import { notesFileName, reviewNotesFor } from "../../src/review/review-notes.ts";
import { notesMismatch, pointState } from "../../src/review/review-points.ts";
import { runReview } from "../../src/review/review-run.ts";
import { bodyReport, YEAR } from "../support/county.ts";

async function reviewed() {
  const broken = bodyReport("城关镇人民政府", "城关镇", "township", 3);
  broken.cells["apply.newReceived.natural"] = (broken.cells["apply.newReceived.natural"] ?? 0) + 1;
  const files = new Map<string, string>([
    ["城关镇.json", writeReportFile(broken)],
    ["河口镇.json", writeReportFile(bodyReport("河口镇人民政府", "河口镇", "township", 4))],
  ]);
  const reader = inThreadReader(async (file) => new TextEncoder().encode(files.get(file) ?? ""));
  return runReview({ files: [...files.keys()] }, reader);
}

const notesOf = async (): Promise<ReviewNotes> => {
  const result = await reviewed();
  const body = result.bodies.find((b) => b.file === "城关镇.json");
  if (!body) throw new Error("no body");
  const id = body.findings.find((f) => f.rule === "R3-01")?.id ?? "";
  return reviewNotesFor(
    body,
    result.crossBody,
    { note: "请重新报送。", findings: { [id]: "请核实。" } },
    "青山县",
    "2025-01-25",
  );
};

const text = (value: unknown) => JSON.stringify(value);
const refusal = (input: string) => {
  const read = readReviewNotes(input);
  expect(read.ok).toBe(false);
  return read.ok ? "" : describeNotesErrors(read.errors);
};

describe("the 审核意见 file", () => {
  it("holds the report's identity, every finding with its id and the reviewer's notes, and reads back unchanged", async () => {
    const notes = await notesOf();
    expect(notes.report).toMatchObject({ org: "城关镇人民政府", shortName: "城关镇", year: YEAR, edition: "gb2021" });
    const r301 = notes.points.filter((p) => p.rule === "R3-01");
    expect(r301.length).toBeGreaterThan(0);
    expect(r301[0]?.note).toBe("请核实。");
    expect(r301[0]?.id).toContain("R3-01");
    expect(notes.points.every((p) => p.scope === "report")).toBe(true);
    const written = writeReviewNotes(notes);
    expect(readReviewNotes(written)).toEqual({ ok: true, notes });
    expect(readReviewNotesBytes(new TextEncoder().encode(`\uFEFF${written}`))).toEqual({ ok: true, notes });
    expect(
      notesFileName({ org: { name: "城关镇人民政府", shortName: "城关镇", kind: "township", parent: "" }, year: YEAR }),
    ).toMatch(/^审核意见-城关镇.*\.json$/);
  });

  it("refuses another format, a newer or broken version, and a wrong field, naming it in Chinese", async () => {
    const value = JSON.parse(writeReviewNotes(await notesOf())) as Record<string, unknown>;
    expect(refusal(text({ ...value, format: "nianbao.report" }))).toContain(
      `不是审核意见文件：format 应为 "${NOTES_FORMAT}"`,
    );
    expect(refusal(text({ ...value, version: 2 }))).toContain("版本 2 比本软件支持的版本 1 新");
    expect(refusal(text({ ...value, version: "1" }))).toContain("版本号无效");
    const report = value.report as Record<string, unknown>;
    expect(refusal(text({ ...value, report: { ...report, year: 1999 } }))).toContain(
      "审核的报告·报告年度（report.year）",
    );
    const points = value.points as Record<string, unknown>[];
    expect(refusal(text({ ...value, points: [{ ...points[0], severity: "X" }] }))).toContain(
      "审核要点·严重程度（points[0].severity）",
    );
    expect(refusal(text({ ...value, date: "25/01/2025" }))).toContain("审核日期应写成 YYYY-MM-DD");
    expect(refusal("")).toContain("文件是空的");
    expect(refusal("{")).not.toBe("");
  });

  it("is bounded: size, points, a note's length, nesting, a key written twice, the charset", async () => {
    const value = JSON.parse(writeReviewNotes(await notesOf())) as Record<string, unknown>;
    const point = (value.points as unknown[])[0];
    expect(refusal(" ".repeat(MAX_NOTES_BYTES + 1))).toContain("文件太大");
    expect(readReviewNotesBytes(new Uint8Array(MAX_NOTES_BYTES + 1)).ok).toBe(false);
    expect(refusal(text({ ...value, points: new Array(5001).fill(point) }))).toContain("审核要点太多");
    expect(refusal(text({ ...value, note: "意".repeat(20_001) }))).toContain("文字太长");
    expect(refusal(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toContain("嵌套层数过多");
    const twice = writeReviewNotes(await notesOf()).replace('"note":', '"note": "一", "note":');
    expect(refusal(twice)).toContain("写了两次");
    // a UTF-16 file with its BOM reads the same; a GBK file is refused, named
    const written = writeReviewNotes(await notesOf());
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...written].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(readReviewNotesBytes(utf16)).toEqual(readReviewNotes(written));
    const ascii = text({
      format: NOTES_FORMAT,
      version: 1,
      report: { org: "@@", shortName: "", year: YEAR, edition: "gb2021", file: "a.json" },
      points: [],
    });
    const [before = "", after = ""] = ascii.split("@@");
    const utf8 = new TextEncoder();
    const gbk = new Uint8Array([...utf8.encode(before), 0xb3, 0xc7, 0xb9, 0xd8, 0xd5, 0xf2, ...utf8.encode(after)]);
    const read = readReviewNotesBytes(gbk);
    expect(read.ok ? "" : describeNotesErrors(read.errors)).toContain("GBK");
    expect(readReviewNotes(ascii.replace("@@", "城关镇")).ok).toBe(true);
  });
});

describe("the clerk's side", () => {
  it("refuses a file for another body or another year, and takes the body by its full or short name", async () => {
    const notes = await notesOf();
    const mine = { org: { name: "城关镇人民政府", shortName: "城关镇" }, year: YEAR };
    expect(notesMismatch(notes, mine)).toBeNull();
    expect(notesMismatch(notes, { ...mine, org: { name: "", shortName: "城关镇" } })).toBeNull();
    expect(notesMismatch(notes, { ...mine, org: { name: "河口镇人民政府", shortName: "河口镇" } })).toBe(
      "这份审核意见是针对 城关镇 的报告，当前打开的是 河口镇 的报告",
    );
    expect(notesMismatch(notes, { ...mine, year: YEAR + 1 })).toBe(
      `这份审核意见是针对 ${YEAR} 年度报告的，当前打开的是 ${YEAR + 1} 年度报告`,
    );
  });

  it("marks a point resolved once no finding has its id, explained when its warning has a reason", async () => {
    const notes = await notesOf();
    const point = notes.points.find((p) => p.rule === "R3-01");
    if (!point) throw new Error("no R3-01");
    const finding = { id: point.id, rule: "R3-01" } as Finding;
    expect(pointState(point, [finding])).toBe("open");
    expect(pointState(point, [{ ...finding, explanation: "原因" }])).toBe("explained");
    expect(pointState(point, [{ ...finding, id: `${point.id}x` }])).toBe("done");
    expect(pointState({ ...point, scope: "county" }, [])).toBe("county");
  });
});
