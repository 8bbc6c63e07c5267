/**
 * Rules engine speed: median time to check one full report of each edition, warm (3,000 checks
 * first: the steady state of a batch or of a clerk typing) (every cell filled, last year's report
 * given; ≤ 150 µs: from one process to the next V8 settles at about 65 or about 100–130 µs, and the
 * keystroke budget of 16 ms holds either), and 10,000 reports checked in one process; hostile text (issue 15): a
 * one-megabyte sentence of figures (and how the time grows from half a megabyte: linear is 2×), and
 * 100,000 `《` (one grouped RD-10 finding).
 */
import type { Report } from "../src/model/types.ts";
import { checkReport } from "../src/rules/run-rules.ts";
import { fullReport, prevOf } from "../test/builders.ts";
import { townReport } from "../test/rules/narrative-support.ts";
import { bestOf, report, time } from "./measure.ts";

/** one sentence without a full stop: a figure word, then a number after every comma */
const hugeSentence = (bytes: number): Report =>
  townReport(2021, { overview: `收到政府信息公开申请${"5件、".repeat(Math.ceil(bytes / 3))}` });

export default async function bench(): Promise<void> {
  for (const id of ["gb2019", "gb2021"]) {
    const r = fullReport(id);
    const prev = prevOf(r);
    const t = await time(() => checkReport(r, { prev }), 5000, 3000);
    report(`check ${id} (full report + last year), median`, t.median * 1000, "µs", 150);
  }
  // 10,000 distinct reports, as a county office's batch would be
  const reports = Array.from({ length: 10_000 }, (_, i) => fullReport(i % 2 ? "gb2019" : "gb2021", i));
  const prevs = reports.map(prevOf);
  let blocking = 0;
  const ms = await bestOf(2, () => {
    blocking = 0;
    for (let i = 0; i < reports.length; i++) {
      const r = reports[i];
      const p = prevs[i];
      if (r && p && !checkReport(r, { prev: p }).ok) blocking++;
    }
  });
  const seconds = ms / 1000;
  report(`check 10,000 reports in one process (${blocking} blocking)`, seconds, "s", 2);

  const half = await time(() => checkReport(hugeSentence(512 * 1024)), 5, 1);
  const whole = await time(() => checkReport(hugeSentence(1024 * 1024)), 5, 1);
  report("check one 1 MB sentence of figures, median", whole.median, "ms", 1500);
  report("  time for 1 MB ÷ time for 512 KB (linear: 2)", whole.median / half.median, "×", 3);
  const brackets = townReport(2021, { problems: "《".repeat(100_000) });
  const b = await time(() => checkReport(brackets), 5, 1);
  const findings = checkReport(brackets).findings.filter((f) => f.rule === "RD-10").length;
  report(`check 100,000 《 (${findings} RD-10 finding, grouped), median`, b.median, "ms", 1000);
}
