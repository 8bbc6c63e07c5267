/**
 * The review bench's inputs: `count` distinct bodies (three-syllable names, 64,000 possible), each a
 * consistent report with its own figures and text (`bodyReport`), every `wordEvery`-th as a Word
 * document by nianbao's own writer, the rest as report files. Run as a script
 * (`tsx bench/review-inputs.ts <folder> <from> <to> <wordEvery>`) so that the bench can write in
 * several processes at once: Word documents take a while to make.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeReportFile } from "../src/import/report-file.ts";
import type { OrgKind } from "../src/model/types.ts";
import { renderReportDocx } from "../src/render/docx/index.ts";
import { bodyReport } from "../test/support/county.ts";

const SYLLABLES = [
  ...new Set("青石河口双溪龙泉白沙桃源柳营松岭东城西南湖北山金水银杏枫林竹园梅花长安永和太平新华安宁丰乐明光"),
];

/** The n-th body's name, short name and kind. */
export function benchBody(n: number): [string, string, OrgKind] {
  const s = (k: number) => SYLLABLES[k % SYLLABLES.length] ?? "";
  const place = `${s(n)}${s(Math.floor(n / SYLLABLES.length))}${s(Math.floor(n / SYLLABLES.length ** 2))}`;
  return n % 3 === 2
    ? [`青山县${place}局`, `县${place}局`, "department"]
    : [`${place}镇人民政府`, `${place}镇`, "township"];
}

export async function writeInputs(dir: string, from: number, to: number, wordEvery: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (let n = from; n < to; n++) {
    const [name, short, kind] = benchBody(n);
    const r = bodyReport(name, short, kind, n + 1);
    if (wordEvery > 0 && n % wordEvery === 0)
      writeFileSync(join(dir, `${n}.docx`), await renderReportDocx(r, { draft: false }));
    else writeFileSync(join(dir, `${n}.json`), writeReportFile(r));
  }
}

if (process.argv[1]?.endsWith("review-inputs.ts")) {
  const [dir, from, to, wordEvery] = process.argv.slice(2);
  await writeInputs(dir ?? ".", Number(from), Number(to), Number(wordEvery));
}
