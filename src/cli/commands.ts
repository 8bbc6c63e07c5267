/**
 * The command table: name → lazily loaded implementation and its usage line.
 * Each command module exports one `(args) => Promise<exitCode>` function.
 */
export type Command = (args: string[]) => Promise<number>;

export const COMMANDS: Record<string, { load: () => Promise<Command>; usage: string }> = {
  check: {
    load: async () => (await import("./check.ts")).runCheck,
    usage: "check <report.json> [--prev <last-year.json>] [--json]",
  },
  import: {
    load: async () => (await import("./import.ts")).runImport,
    usage: "import <文件（.docx / .pdf / .html / .mht / .md / .txt / .json）> [-o <report.json>] [--force] [--json]",
  },
  render: {
    load: async () => (await import("./render.ts")).runRender,
    usage:
      "render <report.json> [--docx <out.docx>] [--html <out.html>] [--pdf <out.pdf>] [--chart <out.svg>] [--draft] [--prev <last-year.json>] [--force]",
  },
  review: {
    load: async () => (await import("./review.ts")).runReviewCommand,
    usage:
      "review <文件或文件夹>… [--roster <名单.txt>] [--prev <上年报告文件夹>] [--area <地区名称>] [--out <输出文件夹>] [--force] [--json] [--jobs N]",
  },
  batch: {
    load: async () => (await import("./batch.ts")).runBatch,
    usage: "batch <文件或文件夹>… [--json] [--out <输出文件夹>] [--draft] [--force]",
  },
};
