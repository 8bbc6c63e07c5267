/**
 * Reading a report the clerk brings in (a file or pasted text) into a report plus a summary shown
 * before anything is used. Report files (.json) go through the one import door, `readReportFile`.
 */
import { getEdition } from "../model/editions/index.ts";
import type { Finding, Report } from "../model/types.ts";
import { readReportFile } from "../import/report-file.ts";
import { checkReport } from "../rules/run-rules.ts";

export interface ImportSummaryView {
  /** what was read (e.g. 报告文件（.json）) */
  readonly source: string;
  readonly recovered: number;
  readonly blank: number;
  readonly ambiguous: readonly string[];
  readonly deviations: readonly string[];
  readonly findings: readonly Finding[];
  readonly notes: readonly string[];
}

export type OpenOutcome =
  | { readonly ok: true; readonly report: Report; readonly summary: ImportSummaryView }
  | { readonly ok: false; readonly reason: string };

/** Largest file read (bytes). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** File types the open dialogs accept. */
export const ACCEPTED_FILES = ".json,application/json";

const looksLikeJson = (text: string) => /^\s*\{/.test(text.replace(/^\uFEFF/, ""));

export async function openReportInput(input: { name: string; bytes?: Uint8Array; text?: string }): Promise<OpenOutcome> {
  const size = input.bytes?.length ?? input.text?.length ?? 0;
  if (size === 0) return { ok: false, reason: "文件是空的，没有可读取的内容。" };
  if (size > MAX_FILE_BYTES) return { ok: false, reason: `文件太大（${(size / 1048576).toFixed(1)} MB），年报文件一般不超过几百 KB，请确认选择的文件是否正确。` };
  const text = input.text ?? new TextDecoder("utf-8").decode(input.bytes);
  const isJson = /\.json$/i.test(input.name) || (input.bytes === undefined && looksLikeJson(text));
  if (!isJson)
    return {
      ok: false,
      reason: "目前只能打开本软件保存的报告文件（.json）。请选择“导出 → 报告文件（.json）”保存的文件。",
    };
  const read = readReportFile(text);
  if (!read.ok)
    return {
      ok: false,
      reason: `这个文件无法作为年报文件打开：${read.errors.map((e) => (e.field === "（文件）" ? e.message : `${e.field}：${e.message}`)).join("；")}`,
    };
  return { ok: true, report: read.report, summary: summarise(read.report, "报告文件（.json）") };
}

function summarise(report: Report, source: string): ImportSummaryView {
  const edition = getEdition(report.edition);
  const inputs = edition ? edition.cells.filter((c) => !c.sumOf) : [];
  const recovered = inputs.filter((c) => report.cells[c.id] !== undefined).length;
  return {
    source,
    recovered,
    blank: inputs.length - recovered,
    ambiguous: [],
    deviations: [],
    findings: checkReport(report).findings,
    notes: [],
  };
}
