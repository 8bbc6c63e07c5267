/**
 * What the 审核 page keeps of what it is given and how it shows the bodies: only report files (no
 * hidden file, no Office lock file, no picture), each under its path, two of one path both kept;
 * the table filtered by name and status and sorted by a column both ways.
 */
import { describe, expect, it } from "vitest";
import type { ReviewRow } from "../../src/review/review-rows.ts";
import { addFiles } from "../../src/ui/review/gather-files.ts";
import { COLUMNS, shownRows } from "../../src/ui/review/review-table.ts";

const file = (name: string) => new File(["x"], name);

describe("the files given to the 审核 page", () => {
  it("keeps report files under their paths and leaves out the rest", () => {
    const into = new Map<string, File>();
    const given: [string, File][] = [
      ["报告/乡镇/城关镇.docx", file("城关镇.docx")],
      ["报告/乡镇/河口镇.PDF", file("河口镇.PDF")],
      ["报告/部门/教育局.json", file("教育局.json")],
      ["报告/部门/石门乡.doc", file("石门乡.doc")],
      ["报告/照片.jpg", file("照片.jpg")],
      ["报告/.DS_Store", file(".DS_Store")],
      ["报告/~$城关镇.docx", file("~$城关镇.docx")],
    ];
    expect(addFiles(into, given)).toEqual({ added: 4, skipped: 3 });
    expect([...into.keys()]).toEqual([
      "报告/乡镇/城关镇.docx",
      "报告/乡镇/河口镇.PDF",
      "报告/部门/教育局.json",
      "报告/部门/石门乡.doc",
    ]);
    // the same path given again is kept beside the first, never over it
    expect(addFiles(into, [["报告/乡镇/城关镇.docx", file("城关镇.docx")]])).toEqual({ added: 1, skipped: 0 });
    expect(into.has("报告/乡镇/城关镇.docx（2）")).toBe(true);
    expect(into.size).toBe(5);
  });
});

const row = (org: string, status: ReviewRow["status"], errors: number, copied = ""): ReviewRow => ({
  kind: status === "缺报" ? "missing" : "body",
  org,
  orgKind: "乡镇街道",
  file: `${org}.docx`,
  shown: `乡镇/${org}.docx`,
  status,
  counts: { E: errors, W: 0, I: 0 },
  published: "按时",
  daysLate: 0,
  copied,
  crossYear: null,
  crossYearText: "未核对",
  imported: "200 格",
  reason: "",
});

describe("the table of bodies", () => {
  const rows = [
    row("城关镇人民政府", "须修改", 2),
    row("河口镇人民政府", "可发布", 0, "五：与白沙镇"),
    row("白沙镇人民政府", "可发布", 0, "五：与河口镇"),
    row("松岭乡人民政府", "缺报", 0),
  ];
  const errors = COLUMNS.findIndex((c) => c.label === "错误");

  it("filters by name (or file) and by status", () => {
    expect(shownRows(rows, "河口", "", null).map((r) => r.org)).toEqual(["河口镇人民政府"]);
    // the file's own name counts, not the folders above it
    expect(shownRows(rows, "人民政府.DOCX", "", null)).toHaveLength(4);
    expect(shownRows(rows, "乡镇/", "", null)).toHaveLength(0);
    expect(shownRows(rows, "", "缺报", null).map((r) => r.org)).toEqual(["松岭乡人民政府"]);
    expect(shownRows(rows, "", "copied", null).map((r) => r.org)).toEqual(["河口镇人民政府", "白沙镇人民政府"]);
    expect(shownRows(rows, "白沙", "copied", null).map((r) => r.org)).toEqual(["白沙镇人民政府"]);
  });

  it("sorts by a column both ways, leaving the rows given as they were", () => {
    expect(shownRows(rows, "", "", { column: errors, ascending: false })[0]?.org).toBe("城关镇人民政府");
    expect(shownRows(rows, "", "", { column: errors, ascending: true }).at(-1)?.org).toBe("城关镇人民政府");
    expect(rows[0]?.org).toBe("城关镇人民政府");
    const byName = shownRows(rows, "", "", { column: 0, ascending: true }).map((r) => r.org);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "zh-CN")));
  });
});
