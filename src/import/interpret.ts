/**
 * From what a reader saw (paragraphs and tables) to a report: the title block and identity, the
 * six sections (narrative split into preamble and the edition's text sections, 一, 五 and 六), the
 * tables' cells placed through the edition's catalogue, and the summary of what was recovered, left blank, ambiguous or deviating.
 */
import { computeReport } from "../model/compute.ts";
import { EDITIONS, editionForYear, FIRST_YEAR } from "../model/editions/index.ts";
import { newReport, statisticsPeriod } from "../model/report.ts";
import type { Narrative, Report } from "../model/types.ts";
import { checkReport } from "../rules/run-rules.ts";
import type { Block, TableBlock } from "./blocks.ts";
import { catalogueOf } from "./catalogue.ts";
import { isTraditional } from "./decode-text.ts";
import { flattenedTable } from "./flattened-lines.ts";
import { headingNumber, stripArtefacts } from "./headings.ts";
import { readContact, readOrg, readTitleBlock, readYear } from "./identity.ts";
import type { CellAsRead, ImportOutcome, ImportSource } from "./import-types.ts";
import { compact } from "./labels.ts";
import {
  cleanParagraph,
  dateLine,
  FOOTER,
  isChrome,
  isGraphicTable,
  isGraphicTitle,
  isPageNumber,
} from "./page-text.ts";
import { placeTables, type Placement } from "./place-tables.ts";

type Item = { kind: "para"; text: string } | { kind: "table"; block: TableBlock } | { kind: "image" };

interface Zones {
  /** before the first heading */
  head: string[];
  /** per section number 1–6: the paragraphs under it */
  sections: Map<number, string[]>;
  tables: TableBlock[];
  found: number[];
  /** headings skipped as a table of contents */
  toc: number;
  /** pictures under 二–四 (a table that is only an image) */
  tableImages: number;
  /** a one-page graphic after the last sections, left out from its title on */
  graphic: boolean;
}

function zones(blocks: readonly Block[]): Zones {
  const items: Item[] = [];
  for (const b of blocks) {
    if (b.kind === "table") items.push({ kind: "table", block: b });
    else if (b.kind === "image") items.push({ kind: "image" });
    else {
      const text = stripArtefacts(b.text).trim();
      if (text !== "" && !isChrome(text)) items.push({ kind: "para", text });
    }
  }
  const z: Zones = { head: [], sections: new Map(), tables: [], found: [], toc: 0, tableImages: 0, graphic: false };
  let current = 0;
  const headingAt = (i: number) => {
    const it = items[i];
    return it?.kind === "para" ? headingNumber(it.text) : null;
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    if (item.kind === "table") {
      if (current >= 5 && isGraphicTable(item.block.rows)) {
        z.graphic = true;
        break;
      }
      z.tables.push(current > 0 ? { ...item.block, section: current } : item.block);
      continue;
    }
    if (item.kind === "image") {
      if (current >= 2 && current <= 4) z.tableImages++;
      continue;
    }
    // a graphic after 五 or 六 (its text and numbers are not the report's): the report ends there
    if (current >= 5 && isGraphicTitle(item.text)) {
      z.graphic = true;
      break;
    }
    const n = headingAt(i);
    // a table of contents: three or more headings in a row with nothing under them
    if (current === 0 && n === 1 && headingAt(i + 1) === 2 && headingAt(i + 2) === 3) {
      let k = i;
      while (headingAt(k + 1) === (headingAt(k) ?? 0) + 1) k++;
      z.toc = k - i + 1;
      i = k;
      continue;
    }
    if (n !== null && n > current) {
      current = n;
      z.found.push(n);
      z.sections.set(n, []);
      continue;
    }
    const inTables = current >= 2 && current <= 4;
    if (!inTables && isPageNumber(item.text)) continue;
    if (current === 0) z.head.push(item.text);
    else z.sections.get(current)?.push(item.text);
  }
  return z;
}

/** The last section's tail: a site footer, a signature (organisation and date), stray short lines. */
function trimTail(
  lines: string[],
  orgNames: readonly string[],
): { lines: string[]; date: string | null; dropped: number } {
  let out = [...lines];
  const footer = out.findIndex((l) => FOOTER.test(l));
  let dropped = 0;
  if (footer >= 0) {
    dropped += out.length - footer;
    out = out.slice(0, footer);
  }
  let date: string | null = null;
  while (out.length > 1) {
    const last = compact(out.at(-1) ?? "");
    const d = dateLine(last);
    if (d) {
      date ??= d;
      out.pop();
      continue;
    }
    const isSignature =
      orgNames.some((n) => n !== "" && last === n) || /^[\u4e00-\u9fa5]{2,20}(?:人民政府|办事处)$/.test(last);
    const isStray = last.length <= 6 && !/[。；！？.]$/.test(last) && !/^(?:暂?无|特此|以上)/.test(last);
    if (isSignature || isStray) {
      out.pop();
      dropped++;
      continue;
    }
    break;
  }
  return { lines: out, date, dropped };
}

const SOURCE_NAME: Readonly<Record<ImportSource, string>> = {
  json: "年报文件",
  docx: "Word 文档",
  html: "网页",
  pdf: "PDF 文件",
  markdown: "Markdown 文字",
  text: "文字",
};

/** Every cell of the edition as read: the number, what was seen where it is uncertain, or nothing. */
function cellsAsRead(cells: readonly { id: string }[], placed: Placement): Record<string, CellAsRead> {
  const out: Record<string, CellAsRead> = {};
  const ambiguous = new Set(placed.ambiguous.flatMap((a) => a.cells));
  const resolved = new Set(placed.resolved.flatMap((r) => r.cells));
  for (const { id } of cells) {
    const n = placed.cells[id];
    if (n !== undefined && !ambiguous.has(id))
      out[id] = { text: `${n}${placed.units[id] ?? ""}`, reading: resolved.has(id) ? "resolved" : "read" };
    else if (ambiguous.has(id)) out[id] = { text: placed.typed[id] ?? "", reading: "ambiguous" };
    else out[id] = { text: "", reading: "blank" };
  }
  return out;
}

export function interpret(
  blocks: readonly Block[],
  source: ImportSource,
  yearHint?: number,
  readerNotes: readonly string[] = [],
): ImportOutcome {
  const notes: string[] = [...readerNotes];
  const z = zones(blocks);
  const block = readTitleBlock(z.head);
  const allText = [...z.head, ...[...z.sections.values()].flat()].join("\n");
  if (isTraditional(allText))
    return {
      ok: false,
      reason: `${SOURCE_NAME[source]}是繁体字，表格标签与官方格式（简体）不同，不能逐格导入：请导入这份年报的简体版网页或 Word 文件`,
    };

  const found = readYear(block, allText);
  const year = found.year ?? yearHint ?? null;
  if (year === null)
    return {
      ok: false,
      reason: `${SOURCE_NAME[source]}中没有找到报告年度（标题、统计期限或正文中的年份），无法确定使用哪一版表格`,
    };
  if (found.year !== null && found.how !== "标题") notes.push(`报告年度 ${year} 取自${found.how}`);
  if (found.year === null) notes.push(`报告年度 ${year} 由导入时指定`);
  const edition = editionForYear(year);
  if (!edition) return { ok: false, reason: `报告年度为 ${year} 年：${FIRST_YEAR} 年以前的年报格式不在支持范围内` };

  // tables: real ones, or the lines under the table sections (二–四) of a flattened page
  const tableSections = edition.sections.filter((s) => s.table !== undefined);
  const textSections = edition.sections.filter((s) => s.narrative !== undefined);
  const cat = catalogueOf(edition);
  let tables = z.tables;
  const tableZone = tableSections.flatMap((s) => z.sections.get(s.number) ?? []);
  if (tables.length === 0) {
    const flat = flattenedTable(tableZone, cat);
    if (flat) {
      tables = [flat];
      notes.push(
        flat.runsJoined
          ? "表格被压成了文字，一行各格的数字连在了一起：只有表中的勾稽关系能唯一确定拆法时，才拆分并填入（见“按勾稽关系拆分”）"
          : "表格是逐格换行的文字（空白单元格已丢失）：只有一行的数字个数与栏数相同时，才能确定各数字所在的栏",
      );
    }
  } else if (tableZone.length > 0) notes.push(`第二至四部分表格以外的 ${tableZone.length} 段文字没有导入`);

  const others = EDITIONS.filter((e) => e !== edition).map((e) => ({ edition: e, texts: catalogueOf(e).texts }));
  const placed = placeTables(cat, tables, others);

  if (placed.recognised === 0 && z.found.length < 2)
    return {
      ok: false,
      reason:
        z.tables.length === 0 && source === "html"
          ? "网页中没有表格，也没有找到年度报告的章节标题（一、总体情况 … 六、其他需要报告的事项），不像是一份政府信息公开工作年度报告"
          : `${SOURCE_NAME[source]}中没有找到年度报告的表格或章节标题（一、总体情况 … 六、其他需要报告的事项），不像是一份政府信息公开工作年度报告`,
    };
  if (z.tables.length === 0 && z.tableImages > 0)
    notes.push(`第二至四部分的表格是图片（${z.tableImages} 张），其中的数字无法读取：表格各格为空白，请对照原件填写`);
  else if (z.tables.length === 0 && tables.length === 0) notes.push("没有找到表格：表格各格为空白");
  if (z.toc > 0) notes.push(`略过了目录中的 ${z.toc} 个章节标题`);
  if (z.graphic) notes.push("报告末尾的图解（一图读懂）没有作为报告内容导入：其中的数字以表格为准");
  const missing = textSections.filter((s) => !z.found.includes(s.number));
  if (missing.length > 0) notes.push(`没有找到这些章节的标题：${missing.map((s) => s.heading).join("、")}`);

  const identity = readOrg(block, allText);
  notes.push(...identity.notes);
  if (block.title === "") notes.push("没有找到报告标题");
  else if (!/\d{4}年(?:度)?政府信息公开工作年度报告$/.test(block.title))
    notes.push(`标题“${block.title}”与惯例“{机关名称}{年份}年政府信息公开工作年度报告”不同`);

  // the last section ends with the signature and the site's footer
  const last = edition.sections[edition.sections.length - 1];
  const tail = trimTail(z.sections.get(last?.number ?? 0) ?? [], [identity.org.name, identity.org.shortName]);
  const text = (lines: readonly string[]) => lines.map(cleanParagraph).join("\n");
  // the statistics period our own output appends to the preface is generated, never stored (decisions §5)
  const period = statisticsPeriod(year);
  const preface = block.rest
    .map((l) => (l.trim() === period ? "" : l.trim().endsWith(period) ? l.trim().slice(0, -period.length) : l))
    .filter((l) => l.trim() !== "");
  const narrative: Narrative = { preamble: text(preface), overview: "", problems: "", other: "" };
  for (const s of textSections)
    if (s.narrative) narrative[s.narrative] = text(s === last ? tail.lines : (z.sections.get(s.number) ?? []));

  const report: Report = newReport(year, identity.org);
  report.org.kind = identity.org.kind;
  const contact = readContact(narrative.preamble || allText);
  report.contact = contact.contact;
  report.publication = { ...contact.publication, date: block.date ?? tail.date ?? "" };
  report.narrative = narrative;
  report.cells = placed.cells;
  if (Object.keys(placed.typed).length > 0) report.typed = placed.typed;
  if (Object.keys(placed.units).length > 0) report.units = placed.units;
  notes.push(...placed.notes);

  const ambiguousCells = new Set(placed.ambiguous.flatMap((a) => a.cells));
  const value = computeReport(edition, report).value;
  const blank = edition.cells.filter((c) => value[c.id] === null && !ambiguousCells.has(c.id)).map((c) => c.id);
  const result = checkReport(report, { seenLabels: placed.deviations });
  const yearFrom = found.year === null ? "导入时指定" : found.how;
  return {
    ok: true,
    report,
    summary: {
      source,
      recovered: Object.keys(report.cells).length,
      blank,
      ambiguous: placed.ambiguous,
      resolved: placed.resolved,
      cells: cellsAsRead(edition.cells, placed),
      origins: {
        org: identity.from || "没有找到",
        year: yearFrom,
        edition: `由报告年度 ${year} 确定`,
      },
      deviations: placed.deviations,
      differences: [],
      findings: result.findings,
      notes,
    },
  };
}
