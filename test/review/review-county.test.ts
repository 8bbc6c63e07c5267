/**
 * A whole county reviewed (the engine in this thread, as `--jobs 1` runs it): 青山县's 30 bodies in
 * report files, Word documents, web pages and markdown, with planted defects, a 五 copied between
 * two bodies, a body that sent nothing and one that sent an old .doc. Every body is listed, the
 * defects and the copy are found and nothing else, and the area's sum equals the bodies' cells
 * added up one by one; with last year's reports, the cross-year rules run per body.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readReportFile } from "../../src/import/report-file.ts";
import { getEdition } from "../../src/model/editions/index.ts";
import { parseRoster } from "../../src/review/cross-body.ts";
import { inThreadReader } from "../../src/review/in-thread-reader.ts";
import { runReview } from "../../src/review/review-run.ts";
import type { ReviewResult } from "../../src/review/review-types.ts";
import { checkReport } from "../../src/rules/run-rules.ts";
import {
  AREA,
  COPIED,
  DEFECTS,
  LEFT_OUT,
  MISSING,
  PREVIOUS_DEFECTS,
  UNREADABLE,
  writeCounty,
  YEAR,
  type CountyOnDisk,
} from "../support/county.ts";

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

const reader = inThreadReader(async (file) => new Uint8Array(readFileSync(file)));

let county: CountyOnDisk;
let withoutPrevious: ReviewResult;
let withPrevious: ReviewResult;

beforeAll(async () => {
  county = await writeCounty(mkdtempSync(join(tmpdir(), "nianbao-county-")));
  const roster = parseRoster(readFileSync(county.roster, "utf8"));
  withoutPrevious = await runReview({ files: walk(county.dir), roster }, reader);
  withPrevious = await runReview({ files: walk(county.dir), previousFiles: walk(county.previous), roster }, reader);
}, 120_000);

const short = (file: string) => /([^/]+)\.\w+$/.exec(file)?.[1] ?? file;
const rulesBy = (result: ReviewResult) =>
  Object.fromEntries(
    result.bodies
      .filter((b) => b.findings.length > 0)
      .map((b) => [short(b.file), [...new Set(b.findings.map((f) => f.rule))]]),
  );

describe("review of a county", () => {
  it("lists every body that sent a readable report, in every format, with what the import placed", () => {
    const r = withoutPrevious;
    expect(r.year).toBe(YEAR);
    expect(r.area).toBe(AREA);
    expect(r.bodies.map((b) => short(b.file)).sort()).toEqual(county.bodies.map((b) => b.shortName).sort());
    expect(new Set(r.bodies.map((b) => b.source))).toEqual(new Set(["json", "docx", "html", "markdown"]));
    const inputs = new Set(
      getEdition("gb2021")
        ?.cells.filter((c) => !c.sumOf)
        .map((c) => c.id),
    );
    for (const b of r.bodies) {
      const sent = county.bodies.find((c) => c.shortName === short(b.file));
      expect(b.year).toBe(YEAR);
      expect(b.edition).toBe("gb2021");
      // every input cell of a body without a blank is placed, whatever the format (Word files and pages also state totals)
      const entered = Object.fromEntries(Object.entries(b.cells).filter(([id]) => inputs.has(id)));
      if (short(b.file) !== "青石镇") expect(entered).toEqual(sent?.report.cells);
    }
  });

  it("finds the planted defects and nothing else", () => {
    expect(rulesBy(withoutPrevious)).toEqual(DEFECTS);
    const ok = (name: string) => withoutPrevious.bodies.find((b) => short(b.file) === name)?.ok;
    expect(ok("城关镇")).toBe(false);
    expect(ok("龙泉镇")).toBe(true); // published late: a note, which never blocks
  });

  it("finds the 五 copied between two bodies (a Word file and a report file), and no other copy", () => {
    const copies = withoutPrevious.crossBody.filter((c) => c.rule === "RD-07d");
    expect(copies).toHaveLength(1);
    expect(copies[0]?.files.map(short).sort()).toEqual([...COPIED].sort());
    expect(copies[0]?.section).toBe("problems");
    expect(copies[0]?.message).toContain("五、存在的主要问题及改进情况");
    // the one-line 信息处理费 statement every body makes is nobody's own writing
    expect(copies.some((c) => c.section === "other")).toBe(false);
    expect(withoutPrevious.crossBody.filter((c) => c.rule !== "RD-07d")).toEqual([]);
  });

  it("lists the bodies of the roster without a readable report, and the file that could not be read", () => {
    expect([...withoutPrevious.missing].sort()).toEqual([...MISSING].sort());
    expect(withoutPrevious.unreadable.map((u) => short(u.file))).toEqual([short(UNREADABLE)]);
    expect(withoutPrevious.unreadable[0]?.reason).toContain("旧版 Word");
  });

  it("adds up every input cell of the bodies whose tables have no error, and says who was left out", () => {
    const agg = withoutPrevious.aggregate;
    expect(agg).not.toBeNull();
    if (!agg) return;
    const counted = county.bodies.filter((b) => !LEFT_OUT.includes(b.shortName));
    expect(agg.included.map((b) => short(b.file)).sort()).toEqual(counted.map((b) => b.shortName).sort());
    expect(agg.excluded.map((e) => short(e.file)).sort()).toEqual([...LEFT_OUT, short(UNREADABLE)].sort());
    const edition = getEdition("gb2021");
    for (const cell of edition?.cells ?? []) {
      if (cell.sumOf) {
        expect(agg.cells[cell.id]).toBeUndefined(); // totals are derived, never stored
        continue;
      }
      // in integer millionths, so that the comparison itself has no drift
      const expected = counted.reduce((s, b) => s + Math.round((b.report.cells[cell.id] ?? 0) * 1e6), 0);
      expect(Math.round((agg.cells[cell.id] ?? NaN) * 1e6), cell.id).toBe(expected);
    }
    // the area's report goes through the report-file door and the rules, as `check` reads it
    expect(agg.report.org.kind).toBe("county-government");
    expect(agg.report.org.name).toBe(`${AREA}人民政府`);
    const check = checkReport(agg.report);
    expect(check.findings.filter((f) => f.target.kind === "cells")).toEqual([]);
    expect(readReportFile(JSON.stringify(agg.report)).ok).toBe(true);
  });

  it("with last year's reports, checks each body against its own (matched by name across formats)", () => {
    const r = withPrevious;
    expect(r.previousUnreadable).toEqual([]);
    for (const b of r.bodies) expect(b.previous && "file" in b.previous, short(b.file)).toBe(true);
    const expected: Record<string, readonly string[]> = { ...DEFECTS };
    for (const [name, rules] of Object.entries(PREVIOUS_DEFECTS))
      expected[name] = [...(expected[name] ?? []), ...rules];
    expect(rulesBy(r)).toEqual(expected);
    for (const b of r.bodies) expect(b.skipped).toEqual([]);
    expect(withoutPrevious.bodies[0]?.skipped.map(([rule]) => rule)).toContain("R3-05");
  });
});
