// Lint, and the layer walls: model ← rules ← render/import ← review ← store ← ui; the CLI uses no React and
// no store. Each library is used where its wrapper lives (docx and fflate's zip in render/docx, fflate's
// unzip and htmlparser2 in import, pdf.js in import/pdf/pdf-engine.ts, exceljs in review/review-workbook.ts,
// tinypool in cli/review-pool.ts, d3 in render/chart); no module imports itself back through others (import-x/no-cycle); every
// package imported is a declared dependency.
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const wall = (files, patterns) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: patterns.map((p) => ({ group: p.group, message: p.message })) }],
  },
});
const REACT = { group: ["react", "react-dom", "react-dom/*", "react/*"], message: "this layer knows no React" };
const DOCX = { group: ["docx"], message: "only src/render/docx writes Word documents" };
const HBS = { group: ["handlebars", "handlebars/*"], message: "only src/render/html may use Handlebars" };
const ZUSTAND = { group: ["zustand", "zustand/*"], message: "only src/store may use zustand" };
const FFLATE = { group: ["fflate"], message: "only src/render/docx (zip) and src/import (unzip) use fflate" };
const HTMLPARSER = { group: ["htmlparser2", "htmlparser2/*"], message: "only src/import parses HTML" };
const PDFJS = { group: ["pdfjs-dist", "pdfjs-dist/*"], message: "only src/import/pdf/pdf-engine.ts uses pdf.js" };
const EXCELJS = { group: ["exceljs", "exceljs/*"], message: "only src/review/review-workbook.ts writes workbooks" };
const D3 = { group: ["d3-*"], message: "only src/render/chart draws with d3" };
const TINYPOOL = { group: ["tinypool"], message: "only src/cli/review-pool.ts runs a pool of worker threads" };
const up = (dirs, message) => ({
  group: dirs.flatMap((d) => [`**/${d}/*`, `**/${d}`, `../${d}/*`, `../../${d}/*`]),
  message,
});

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["**/*.{js,mjs,ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs"] })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-extraneous-dependencies": [
        "error",
        {
          devDependencies: [
            "test/**",
            "bench/**",
            "scripts/**",
            "*.config.*",
            "src/render/html/vite-plugin-templates.ts",
          ],
        },
      ],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}", "src/main.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  wall(
    ["src/model/**"],
    [
      REACT,
      DOCX,
      HBS,
      ZUSTAND,
      FFLATE,
      HTMLPARSER,
      PDFJS,
      D3,
      EXCELJS,
      TINYPOOL,
      up(["rules", "render", "import", "review", "store", "ui", "cli"], "model knows no other layer"),
    ],
  ),
  wall(
    ["src/rules/**"],
    [
      REACT,
      DOCX,
      HBS,
      ZUSTAND,
      FFLATE,
      HTMLPARSER,
      PDFJS,
      D3,
      EXCELJS,
      TINYPOOL,
      up(["render", "import", "review", "store", "ui", "cli"], "rules know only the model"),
    ],
  ),
  wall(
    ["src/render/html/**"],
    [
      REACT,
      DOCX,
      ZUSTAND,
      FFLATE,
      HTMLPARSER,
      PDFJS,
      D3,
      EXCELJS,
      TINYPOOL,
      up(["store", "ui", "cli", "import", "review"], "renderers know no store"),
    ],
  ),
  wall(
    ["src/render/docx/**"],
    [
      REACT,
      HBS,
      ZUSTAND,
      HTMLPARSER,
      PDFJS,
      D3,
      EXCELJS,
      TINYPOOL,
      up(["store", "ui", "cli", "import", "review"], "renderers know no store"),
    ],
  ),
  wall(
    ["src/render/*.ts"],
    [
      REACT,
      DOCX,
      HBS,
      ZUSTAND,
      FFLATE,
      HTMLPARSER,
      PDFJS,
      D3,
      EXCELJS,
      TINYPOOL,
      up(["store", "ui", "cli", "import", "review"], "the view-model knows no store"),
    ],
  ),
  wall(
    ["src/import/**"],
    [
      REACT,
      DOCX,
      HBS,
      ZUSTAND,
      PDFJS,
      D3,
      EXCELJS,
      TINYPOOL,
      up(["store", "ui", "cli", "review"], "importers know no store or UI"),
    ],
  ),
  wall(
    ["src/import/pdf/pdf-engine.ts"],
    [
      REACT,
      DOCX,
      HBS,
      ZUSTAND,
      D3,
      EXCELJS,
      TINYPOOL,
      up(["store", "ui", "cli", "review"], "importers know no store or UI"),
    ],
  ),
  wall(
    ["src/render/chart/**"],
    [
      REACT,
      DOCX,
      HBS,
      ZUSTAND,
      FFLATE,
      HTMLPARSER,
      PDFJS,
      EXCELJS,
      TINYPOOL,
      up(["store", "ui", "cli", "import", "review"], "the graphic knows no store, importer or UI"),
    ],
  ),
  wall(
    ["src/review/**"],
    [
      REACT,
      DOCX,
      HBS,
      ZUSTAND,
      FFLATE,
      HTMLPARSER,
      PDFJS,
      D3,
      EXCELJS,
      TINYPOOL,
      up(["store", "ui", "cli"], "the review engine knows no store, UI or CLI"),
    ],
  ),
  wall(
    ["src/review/review-workbook.ts"],
    [
      REACT,
      DOCX,
      HBS,
      ZUSTAND,
      FFLATE,
      HTMLPARSER,
      PDFJS,
      D3,
      TINYPOOL,
      up(["store", "ui", "cli"], "the review engine knows no store, UI or CLI"),
    ],
  ),
  wall(
    ["src/store/**"],
    [REACT, DOCX, HBS, FFLATE, HTMLPARSER, PDFJS, D3, EXCELJS, TINYPOOL, up(["ui", "cli"], "the store knows no UI")],
  ),
  wall(
    ["src/cli/**"],
    [
      REACT,
      ZUSTAND,
      FFLATE,
      HTMLPARSER,
      PDFJS,
      D3,
      EXCELJS,
      TINYPOOL,
      up(["store", "ui"], "the CLI runs with no React and no store"),
    ],
  ),
  wall(
    ["src/cli/review-pool.ts"],
    [
      REACT,
      ZUSTAND,
      FFLATE,
      HTMLPARSER,
      PDFJS,
      D3,
      EXCELJS,
      up(["store", "ui"], "the CLI runs with no React and no store"),
    ],
  ),
  wall(
    ["src/ui/**"],
    [DOCX, HBS, FFLATE, HTMLPARSER, PDFJS, D3, EXCELJS, TINYPOOL, up(["cli"], "the UI does not use the CLI")],
  ),
);
