/**
 * The layer walls are enforced by lint, not by hope: importing across a wall is a lint error.
 * Lints small snippets as if they lived in each layer's folder.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
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
  ])("%s may %s", async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
