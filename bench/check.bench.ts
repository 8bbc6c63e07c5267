/**
 * Rules engine speed: median time to check one full report of each edition (every cell filled,
 * last year's report given), and 10,000 reports checked in one process.
 */
import { checkReport } from "../src/rules/run-rules.ts";
import { fullReport, prevOf } from "../test/builders.ts";
import { report, time } from "./measure.ts";

export default async function bench(): Promise<void> {
  for (const id of ["gb2019", "gb2021"]) {
    const r = fullReport(id);
    const prev = prevOf(r);
    const t = await time(() => checkReport(r, { prev }), 5000, 500);
    report(`check ${id} (full report + last year), median`, t.median * 1000, "µs", 100);
  }
  // 10,000 distinct reports, as a county office's batch would be
  const reports = Array.from({ length: 10_000 }, (_, i) => fullReport(i % 2 ? "gb2019" : "gb2021", i));
  const prevs = reports.map(prevOf);
  const t0 = performance.now();
  let blocking = 0;
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i];
    const p = prevs[i];
    if (r && p && !checkReport(r, { prev: p }).ok) blocking++;
  }
  const seconds = (performance.now() - t0) / 1000;
  report(`check 10,000 reports in one process (${blocking} blocking)`, seconds, "s", 2);
}
