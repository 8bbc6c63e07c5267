/**
 * The layer walls are enforced by lint, not by hope: importing across a wall is a lint error.
 * Lints small snippets as if they lived in each layer's folder.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function violations(filePath: string, code: string, rule = "no-restricted-imports"): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe("layer walls", () => {
  it.each([
    ["src/model/x.ts", 'import "react";'],
    ["src/model/x.ts", 'import "../rules/run-rules.ts";'],
    ["src/rules/x.ts", 'import "../render/view-model.ts";'],
    ["src/rules/x.ts", 'import "zustand";'],
    ["src/render/html/x.ts", 'import "../../store/index.ts";'],
    ["src/render/html/x.ts", 'import "docx";'],
    ["src/render/docx/x.ts", 'import "handlebars";'],
    ["src/import/x.ts", 'import "../store/index.ts";'],
    ["src/store/x.ts", 'import "../ui/App.tsx";'],
    ["src/store/x.ts", 'import "react";'],
    ["src/cli/x.ts", 'import "react";'],
    ["src/cli/x.ts", 'import "../store/index.ts";'],
    ["src/ui/x.ts", 'import "docx";'],
    ["src/ui/x.ts", 'import "fflate";'],
    ["src/rules/x.ts", 'import "htmlparser2";'],
    ["src/render/html/x.ts", 'import "fflate";'],
    ["src/store/x.ts", 'import "htmlparser2";'],
    ["src/ui/x.ts", 'import "pdfjs-dist/legacy/build/pdf.mjs";'],
    ["src/import/x.ts", 'import "pdfjs-dist/legacy/build/pdf.mjs";'],
    ["src/render/html/x.ts", 'import "d3-scale";'],
    ["src/ui/x.ts", 'import "d3-shape";'],
    ["src/render/chart/x.ts", 'import "../../import/report-file.ts";'],
    ["src/render/chart/x.ts", 'import "handlebars";'],
    ["src/review/x.ts", 'import "react";'],
    ["src/review/x.ts", 'import "../store/index.ts";'],
    ["src/review/x.ts", 'import "../ui/app/App.tsx";'],
    ["src/review/x.ts", 'import "../cli/main.ts";'],
    ["src/review/page/x.ts", 'import "../../store/index.ts";'],
    ["src/review/x.ts", 'import "exceljs";'],
    ["src/review/x.ts", 'import "tinypool";'],
    ["src/import/x.ts", 'import "../review/review-run.ts";'],
    ["src/rules/x.ts", 'import "../review/review-run.ts";'],
    ["src/model/x.ts", 'import "../review/review-run.ts";'],
    ["src/ui/x.ts", 'import "exceljs";'],
    ["src/cli/x.ts", 'import "exceljs";'],
    ["src/cli/x.ts", 'import "tinypool";'],
  ])("%s may not %s", async (file, code) => {
    expect(await violations(file, code)).toHaveLength(1);
  });

  it.each([
    ["src/rules/x.ts", 'import "../model/types.ts";'],
    ["src/render/html/x.ts", 'import "handlebars";'],
    ["src/render/docx/x.ts", 'import "docx";'],
    ["src/store/x.ts", 'import "zustand";'],
    ["src/cli/x.ts", 'import "../render/view-model.ts";'],
    ["src/ui/x.ts", 'import "react";'],
    ["src/import/x.ts", 'import "fflate";'],
    ["src/import/x.ts", 'import "htmlparser2";'],
    ["src/render/docx/x.ts", 'import "fflate";'],
    ["src/import/pdf/pdf-engine.ts", 'import "pdfjs-dist/legacy/build/pdf.mjs";'],
    ["src/render/chart/x.ts", 'import "d3-scale";'],
    ["src/render/chart/x.ts", 'import "../../model/types.ts";'],
    ["src/review/x.ts", 'import "../import/index.ts";'],
    ["src/review/x.ts", 'import "../render/view-model.ts";'],
    ["src/review/review-workbook.ts", 'import "exceljs";'],
    ["src/cli/review-pool.ts", 'import "tinypool";'],
    ["src/cli/x.ts", 'import "../review/review-run.ts";'],
    ["src/ui/x.ts", 'import "../review/review-run.ts";'],
    ["src/store/x.ts", 'import "../review/review-run.ts";'],
  ])("%s may %s", async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });

  it("forbids an import cycle (the registry imports gb2019, so gb2019 may not import the registry)", async () => {
    const cycle = await violations("src/model/editions/gb2019.ts", 'import "./index.ts";', "import-x/no-cycle");
    expect(cycle).toHaveLength(1);
    expect(await violations("src/model/editions/gb2019.ts", 'import "../types.ts";', "import-x/no-cycle")).toEqual([]);
  });

  it("forbids a package that is not a declared dependency", async () => {
    const missing = await violations("src/model/x.ts", 'import "picocolors";', "import-x/no-extraneous-dependencies");
    expect(missing).toHaveLength(1);
  });
});
