/**
 * The Word document of a report (decisions §6): view-model → Word tree (`buildDocument`, pure)
 * → .docx bytes (`packDocument`). Works in Node and in the browser. A final must be checked first
 * (`finalOutputBlockers`).
 */
import type { Report } from "../../model/types.ts";
import { buildViewModel } from "../view-model.ts";
import { buildDocument } from "./build-document.ts";
import { packDocument } from "./pack.ts";

export { buildDocument } from "./build-document.ts";
export { packDocument } from "./pack.ts";

export async function renderReportDocx(report: Report, options: { draft: boolean }): Promise<Uint8Array> {
  return packDocument(buildDocument(buildViewModel(report, options)));
}
