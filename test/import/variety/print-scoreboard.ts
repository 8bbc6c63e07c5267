/**
 * Prints the scoreboard of every variant over the fixtures (`npx tsx test/import/variety/print-scoreboard.ts`,
 * `--pdf` for the PDF variants too, which need LibreOffice and Chromium; `--only <text>` for the variants
 * whose name holds the text; `--detail` for what went wrong or stayed open). For looking, not a test.
 */
import { fixtureReports } from "../../support/docx-pdfs.ts";
import { scoreInputs, scoreLine } from "./scoreboard.ts";
import { VARIANTS } from "./variants.ts";
import { pdfInputs } from "./pdf-material.ts";
import { PDF_VARIANTS } from "./variants.ts";

const args = process.argv.slice(2);
const only = args.includes("--only") ? (args[args.indexOf("--only") + 1] ?? "") : "";
const detail = args.includes("--detail");
const reports = fixtureReports("reports", "seeds");

for (const v of VARIANTS.filter((x) => x.name.includes(only))) {
  const cases = await Promise.all(reports.map(async ([n, r]) => [n, r, await v.make(r)] as const));
  const s = await scoreInputs(cases);
  console.log(scoreLine(v.name, s));
  if (detail) for (const w of [...s.wrong, ...s.failed].slice(0, 20)) console.log(`    ${w}`);
}
if (args.includes("--pdf")) {
  const pdfs = await pdfInputs(
    PDF_VARIANTS.filter((x) => x.name.includes(only)),
    reports,
  );
  for (const [name, cases] of pdfs) {
    const s = await scoreInputs(cases);
    console.log(scoreLine(name, s));
    if (detail) for (const w of [...s.wrong, ...s.failed].slice(0, 20)) console.log(`    ${w}`);
  }
  process.exit(0);
}
