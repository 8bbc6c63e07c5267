/**
 * Reading a report the clerk brings in (a Word file, a PDF, a saved web page, markdown, text, or a
 * report file; from a file or pasted) through the importer, into a report plus a summary that is shown before
 * anything is used. The importer (with its Word and HTML readers) is loaded only when needed.
 */
import type { Origins } from "../import/index.ts";
import type { TableAsRead } from "../import/summary-tables.ts";
import { getEdition } from "../model/editions/index.ts";
import type { Finding, Report } from "../model/types.ts";

export interface ImportSummaryView {
  /** what was read (e.g. Word 文档) */
  readonly source: string;
  readonly recovered: number;
  readonly blank: number;
  /** what could not be placed with certainty, in words */
  readonly ambiguous: readonly string[];
  /** rows whose numbers ran together, split by the tables' identities, in words */
  readonly resolved: readonly string[];
  /** numbers a published page shows otherwise than its data island holds (kept as shown), in words */
  readonly differences: readonly string[];
  /** labels that differ from the official text, in words */
  readonly deviations: readonly string[];
  /** where the body, year and edition were taken from */
  readonly origins: Origins;
  /** the three tables as read, blank / ambiguous / split cells marked */
  readonly tables: readonly TableAsRead[];
  readonly findings: readonly Finding[];
  readonly notes: readonly string[];
}

export type OpenOutcome =
  | { readonly ok: true; readonly report: Report; readonly summary: ImportSummaryView }
  | { readonly ok: false; readonly reason: string };

/** File types the open dialogs accept. */
export const ACCEPTED_FILES =
  ".json,.docx,.pdf,.html,.htm,.mht,.mhtml,.md,.markdown,.txt,application/json,application/pdf,text/html,text/markdown,text/plain,multipart/related";

const SOURCE_NAME: Readonly<Record<string, string>> = {
  json: "本软件的报告文件",
  docx: "Word 文档",
  pdf: "PDF 文件",
  html: "网页",
  markdown: "Markdown 文本",
  text: "文本",
};

export async function openReportInput(input: {
  name: string;
  bytes?: Uint8Array;
  text?: string;
  year?: number;
}): Promise<OpenOutcome> {
  const [{ importReport, MAX_IMPORT_BYTES }, { tablesAsRead }] = await Promise.all([
    import("../import/index.ts"),
    import("../import/summary-tables.ts"),
  ]);
  const size = input.bytes?.length ?? input.text?.length ?? 0;
  if (size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      reason: `文件太大（${(size / 1048576).toFixed(1)} MB），年报文件一般不超过几 MB，请确认选择的文件是否正确。`,
    };
  const outcome = await importReport(input);
  if (!outcome.ok) return outcome;
  const s = outcome.summary;
  const edition = getEdition(outcome.report.edition);
  return {
    ok: true,
    report: outcome.report,
    summary: {
      source: SOURCE_NAME[s.source] ?? s.source,
      recovered: s.recovered,
      blank: s.blank.length,
      ambiguous: s.ambiguous.map((a) => `${a.where}：看到“${a.seen}”`),
      resolved: s.resolved.map((r) => `${r.where}（看到“${r.seen}”）`),
      differences: s.differences.map((d) => `${d.name}：网页上为 ${d.shown}，报告数据为 ${d.data ?? "空白"}`),
      deviations: s.deviations.map((d) => `${d.where}：“${d.seen}”，官方格式为“${d.expected}”`),
      origins: s.origins,
      tables: edition ? tablesAsRead(edition, s.cells) : [],
      findings: s.findings,
      notes: s.notes,
    },
  };
}
