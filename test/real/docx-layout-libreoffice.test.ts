/**
 * The Word documents as a word processor lays them out: LibreOffice headless turns each fixture's
 * DOCX (and a report whose paragraphs are dense with punctuation) into a PDF, all in one run, and
 * the PDF is read back with pdftotext. Every character of every paragraph is there, in order (no
 * punctuation lost at the end of a full line); the body is set on the character grid, 27 or 28 to a
 * line rather than spread out; and no page before the last is less than 60 % full (a table that does
 * not fit the rest of a page starts there and runs on, instead of leaving the page half empty).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/model/types.ts";
import { buildViewModel } from "../../src/render/view-model.ts";
import { fullReport } from "../builders.ts";
import { docxPdfs, fixtureReports } from "../support/docx-pdfs.ts";
import { pdfText, pdfTextBottoms } from "../support/libreoffice.ts";

const PT_PER_MM = 72 / 25.4;
/** the GB/T 9704 版心: 37 mm from the top, 225 mm high */
const TEXT_TOP = 37 * PT_PER_MM;
const TEXT_BOTTOM = (37 + 225) * PT_PER_MM;

/** Sentences as clerks write them: quotes, enumeration commas, brackets, book titles, colons, dashes. */
const PHRASES = [
  "以“公开、便民、高效”为基本要求，",
  "严格责任制度，狠抓工作落实；",
  "依照《中华人民共和国政府信息公开条例》（国务院令第711号），",
  "通过门户网站、政务新媒体、公示栏等渠道——",
  "主动公开政府信息282条，其中：政务动态239条、",
  "“以公开为原则，以不公开为例外”。",
  "《2022年政务公开工作要点》要求的事项，",
  "全年受理申请3件（均已按期答复），",
  "做到“应公开、尽公开”！",
  "是否收费？未收取信息处理费。",
];

/** Paragraphs of many lengths, so that every kind of punctuation falls at the end of some full line. */
function denseReport(): Report {
  const report = fullReport("gb2021");
  const paragraphs = Array.from({ length: 16 }, (_, p) =>
    Array.from({ length: 3 + (p % 7) }, (_, i) => PHRASES[(p * 3 + i) % PHRASES.length]).join(""),
  );
  report.narrative = {
    preamble: paragraphs.slice(0, 2).join("\n"),
    overview: paragraphs.slice(2, 9).join("\n"),
    problems: paragraphs.slice(9, 13).join("\n"),
    other: paragraphs.slice(13).join("\n"),
  };
  return report;
}

const flat = (s: string) => s.replace(/\s+/g, "");

/** Every paragraph the document holds, in order, as the view gives it (tables aside). */
function paragraphsOf(report: Report): string[] {
  const view = buildViewModel(report, { draft: false });
  const text = (p: (typeof view.preamble)[number]) => [...p.head, ...p.body].map((r) => r.text).join("");
  return [
    view.title,
    ...view.preamble.map(text),
    ...view.sections.flatMap((s) => [s.heading, ...s.paragraphs.map(text)]),
    ...view.closing,
  ].map(flat);
}

/** characters of a line counted in body-character widths: CJK and full-width 1, the rest ½ */
const width = (line: string) =>
  [...line.trim()].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef“”‘’—…]/.test(c) ? 1 : 0.5), 0);

describe("LibreOffice lays out the Word documents", () => {
  const cases: [string, Report][] = [["dense-punctuation", denseReport()], ...fixtureReports("reports", "seeds")];
  const laid = new Map<string, { text: string; pages: { height: number; textBottom: number }[] }>();

  beforeAll(async () => {
    for (const [name, pdf] of await docxPdfs(cases))
      laid.set(name, { text: await pdfText(pdf), pages: await pdfTextBottoms(pdf, TEXT_BOTTOM + 2) });
  }, 240_000);

  const got = (name: string) => {
    const l = laid.get(name);
    if (!l) throw new Error(name);
    return l;
  };

  it.each(cases.map(([name, report]) => [name, report] as const))(
    "%s: every character of every paragraph, in order",
    (name, report) => {
      // the page numbers in the footers are not part of the text flow
      const text = flat(
        got(name)
          .text.split("\n")
          .filter((line) => !/^\s*—\s*\d+\s*—\s*$/.test(line))
          .join("\n"),
      );
      let at = 0;
      for (const paragraph of paragraphsOf(report)) {
        const found = text.indexOf(paragraph, at);
        expect(found, `not found after position ${at}: ${paragraph}`).toBeGreaterThanOrEqual(0);
        at = found + paragraph.length;
      }
    },
  );

  it("(control) a paragraph with a character lost is not found", () => {
    const text = flat(got("dense-punctuation").text);
    const paragraph = paragraphsOf(denseReport())[3] ?? "";
    expect(text).toContain(paragraph);
    const cut = paragraph.indexOf("，", 10);
    expect(text).not.toContain(paragraph.slice(0, cut) + paragraph.slice(cut + 1));
  });

  it("sets the body on the character grid: 27 or 28 characters to a full line, not spread over two cells each", () => {
    const text = got("dense-punctuation").text;
    // the dense paragraphs: the preface and section 一, before the first table
    const lines = text.slice(0, text.indexOf("二、主动公开政府信息情况")).split("\n").map(width);
    const full = lines.filter((w) => w >= 20);
    expect(full.length).toBeGreaterThan(30);
    expect(Math.max(...full)).toBeGreaterThanOrEqual(26.5);
    expect(Math.max(...full)).toBeLessThanOrEqual(28.5);
  });

  it.each(cases.map(([name]) => [name] as const))("%s: no page before the last is less than 60 % full", (name) => {
    const pages = got(name).pages;
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const fill = pages.map((p) => (p.textBottom - TEXT_TOP) / (TEXT_BOTTOM - TEXT_TOP));
    for (const [i, f] of fill.slice(0, -1).entries())
      expect(f, `page ${i + 1} of ${fill.length}`).toBeGreaterThanOrEqual(0.6);
  });
});
