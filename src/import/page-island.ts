/**
 * The data island of a page nianbao published: `<script type="application/json" id="nianbao-report">`
 * holding the report file (`src/render/html/data-island.ts` writes it). Found with htmlparser2's
 * parser (attributes in any order or quoting a CMS leaves them; the element's text as written, no
 * entities decoded, as a browser reads a script), bounded in size, and read through the one door
 * for report files (`readReportFile`: versions, validation). An island that is not a whole, valid
 * report (another format, too big, too deep, broken) is not used, and the reason is said.
 */
import { Parser } from "htmlparser2";
import { REPORT_ISLAND_ID } from "../model/report.ts";
import type { Report } from "../model/types.ts";
import { MAX_ISLAND_CHARS } from "./limits.ts";
import { describeFileErrors, readReportFile } from "./report-file.ts";

export type IslandRead =
  | { readonly found: false }
  | { readonly found: true; readonly ok: true; readonly report: Report }
  /** an island that cannot be used, and why (in Chinese) */
  | { readonly found: true; readonly ok: false; readonly reason: string };

/** The island's text as written, or null when the page has none; `tooBig` when it was cut at the bound. */
function islandOf(html: string): { text: string; tooBig: boolean } | null {
  // most pages are not nianbao's: no parse unless the id is there at all
  if (!html.includes(REPORT_ISLAND_ID)) return null;
  let inside = false;
  let done = false;
  let text = "";
  let tooBig = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!done && name === "script" && attribs.id === REPORT_ISLAND_ID) inside = true;
      },
      ontext(data) {
        if (!inside) return;
        if (text.length + data.length > MAX_ISLAND_CHARS) tooBig = true;
        else text += data;
      },
      onclosetag(name) {
        if (inside && name === "script") {
          inside = false;
          done = true;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return done || inside ? { text, tooBig } : null;
}

const kilobytes = (n: number) => `${Math.round(n / 1024)} KB`;

/** The report the page carries, if it carries one. */
export function readPageIsland(html: string): IslandRead {
  const island = islandOf(html);
  if (island === null) return { found: false };
  if (island.tooBig)
    return {
      found: true,
      ok: false,
      reason: `网页中的报告数据超过 ${kilobytes(MAX_ISLAND_CHARS)}，不像是年报文件，没有使用`,
    };
  const read = readReportFile(island.text);
  if (!read.ok)
    return { found: true, ok: false, reason: `网页中的报告数据无效（${describeFileErrors(read.errors)}），没有使用` };
  return { found: true, ok: true, report: read.report };
}
