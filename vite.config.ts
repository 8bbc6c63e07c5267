/**
 * Vite builds the single-page app into `dist/` (relative paths, no external requests);
 * Vitest runs unit, component (jsdom) and real-part tests (LibreOffice, Chromium on the built app).
 */
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { nianbaoTemplates } from "./src/render/html/vite-plugin-templates.ts";

export default defineConfig({
  base: "./",
  plugins: [react(), nianbaoTemplates()],
  build: {
    target: "es2022",
    outDir: "dist",
    sourcemap: false,
    // pdf.js's parser (loaded only when a PDF is opened) is the largest chunk, about 1.2 MB
    chunkSizeWarningLimit: 1400,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/e2e/**", "test/real/**", "node_modules/**"],
          environment: "node",
          setupFiles: ["test/setup.ts"],
          // generous: CI has 2 cores shared with the real-part project; no test here times anything
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "real",
          include: ["test/e2e/**/*.test.ts", "test/real/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
