/**
 * A `ClerkDocument` as a web page, the ways CMSs and Word publish one: Word's "save as web page"
 * (`mso-` styles, `<o:p>`, `class=MsoNormal`, conditional comments), a CMS editor's nests
 * (`<td><p><span>`, `&nbsp;` padding, `<br>` before and after numbers), header rows written as
 * data rows, spans dropped (the covered cells left out, so rows come out shorter) or written
 * wrong, and tables as `<div>` grids (`display:table-row` / `table-cell`, or ARIA roles). For
 * printing: borders, hairlines or none, a landscape or a narrow page.
 */
import type { ClerkCell, ClerkDocument, ClerkRow, ClerkTable } from "./clerk-document.ts";
import { slots } from "./clerk-document.ts";

export interface HtmlOptions {
  readonly style: "plain" | "word" | "cms";
  /** `none`: no rowspan/colspan (covered cells left out); `head-flat`: none in the head rows only */
  readonly spans?: "all" | "none" | "no-rowspan" | "no-colspan" | "head-flat";
  /** head rows as ordinary data rows (`td`, no `thead`) */
  readonly headAsData?: boolean;
  /** `div`: rows and cells as `div`s with `display:table-*`; `aria`: `div`s with ARIA roles */
  readonly grid?: "table" | "div" | "aria";
  readonly borders?: "solid" | "hairline" | "none";
  readonly page?: "portrait" | "landscape" | "narrow";
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A cell's content as each style nests it. */
function content(c: ClerkCell, style: HtmlOptions["style"], n: number): string {
  const text = esc(c.text).replace(/\n/g, "<br>");
  if (style === "word") {
    const inner = text === "" ? "<o:p>&nbsp;</o:p>" : `${text}<o:p></o:p>`;
    return `<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'><span lang=EN-US style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;mso-font-kerning:0pt'>${inner}</span></p>`;
  }
  if (style === "cms") {
    if (text === "") return n % 2 === 0 ? "&nbsp;" : "<p><br></p>";
    if (c.kind === "value") {
      const v = n % 3 === 0 ? `<br>${text}` : n % 3 === 1 ? `${text}<br/>` : `&nbsp;${text}&nbsp;`;
      return `<p style="text-align:center;"><span style="font-size:14px;font-family:宋体, SimSun;">${v}</span></p>`;
    }
    return `<p style="text-align:center;"><span style="font-family:宋体, SimSun;"><strong>${text}</strong></span></p>`;
  }
  return text;
}

function border(o: HtmlOptions): string {
  if (o.borders === "none") return "border:none";
  if (o.borders === "hairline") return "border:0.2px solid #e6e6e6";
  return "border:1px solid #000";
}

/** The cells a row writes, with the spans the options keep (a dropped span leaves its covered cells out). */
function rowCells(
  t: ClerkTable,
  row: ClerkRow,
  o: HtmlOptions,
): { cell: ClerkCell; rowspan: number; colspan: number }[] {
  const flat = o.spans === "none" || (o.spans === "head-flat" && row.kind === "head");
  return row.cells.map((cell) => ({
    cell,
    rowspan: flat || o.spans === "no-rowspan" ? 1 : cell.rowspan,
    colspan: flat || o.spans === "no-colspan" ? 1 : Math.min(cell.colspan, t.gridCols),
  }));
}

function htmlTable(t: ClerkTable, o: HtmlOptions): string {
  let n = 0;
  const b = border(o);
  const word = o.style === "word";
  const cellHtml = (row: ClerkRow, c: { cell: ClerkCell; rowspan: number; colspan: number }) => {
    const tag = c.cell.header && row.kind === "head" && !o.headAsData && !word ? "th" : "td";
    const spans = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ""}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ""}`;
    const style = word
      ? ` width=64 valign=center style='width:48.0pt;${b};mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'`
      : ` style="${b};padding:2px 4px"`;
    return `<${tag}${spans}${style}>${content(c.cell, o.style, n++)}</${tag}>`;
  };
  const head = t.rows.filter((r) => r.kind === "head");
  const lines = (rows: readonly ClerkRow[]) =>
    rows
      .map(
        (row, i) =>
          `<tr${word ? ` style='mso-yfti-irow:${i}'` : ""}>${rowCells(t, row, o)
            .map((c) => cellHtml(row, c))
            .join("")}</tr>`,
      )
      .join("\n");
  const attrs = word
    ? ` class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;${b};mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'`
    : ` border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;${b}"`;
  if (o.headAsData || word) return `<table${attrs}><tbody>\n${lines(t.rows)}\n</tbody></table>`;
  return `<table${attrs}><thead>\n${lines(head)}\n</thead><tbody>\n${lines(t.rows.slice(head.length))}\n</tbody></table>`;
}

/** A table as `div`s: one `div` per grid slot (a spanned slot left empty), rows as `div`s. */
function divTable(t: ClerkTable, o: HtmlOptions): string {
  const grid = slots(t);
  const aria = o.grid === "aria";
  const b = border(o);
  const rows = t.rows.map((_, r) => {
    const cells = Array.from({ length: t.gridCols }, (_, c) => {
      const s = grid[r]?.[c];
      const text = s && s.own ? esc(s.cell.text).replace(/\n/g, "<br>") : "";
      return aria
        ? `<div role="${s?.cell.header && s.own ? (r < 3 ? "columnheader" : "rowheader") : "cell"}" class="c">${text}</div>`
        : `<div class="td" style="display:table-cell;${b};padding:2px">${text === "" ? "" : `<span>${text}</span>`}</div>`;
    });
    return aria
      ? `<div role="row" class="r">${cells.join("")}</div>`
      : `<div class="tr" style="display:table-row">${cells.join("")}</div>`;
  });
  return aria
    ? `<div role="table" class="grid" style="display:grid">${rows.join("\n")}</div>`
    : `<div class="table" style="display:table;border-collapse:collapse;width:100%">${rows.join("\n")}</div>`;
}

const PAGE: Readonly<Record<NonNullable<HtmlOptions["page"]>, string>> = {
  portrait: "@page{size:A4 portrait;margin:20mm}",
  landscape: "@page{size:A4 landscape;margin:15mm}",
  narrow: "@page{size:A5 portrait;margin:12mm}",
};

export function writeHtml(doc: ClerkDocument, o: HtmlOptions): string {
  const word = o.style === "word";
  const p = (text: string, tag = "p") =>
    word
      ? `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${esc(text)}<span lang=EN-US><o:p></o:p></span></span></p>`
      : o.style === "cms"
        ? `<${tag} style="text-indent:2em;"><span style="font-size:16px;">&nbsp;${esc(text)}</span></${tag}>`
        : `<${tag}>${esc(text)}</${tag}>`;
  const body: string[] = [p(doc.title, o.style === "plain" ? "h1" : "p"), ...doc.preamble.map((t) => p(t))];
  for (const s of doc.sections) {
    body.push(p(s.heading, o.style === "plain" ? "h2" : "p"));
    for (const item of s.items)
      body.push(
        item.kind === "para"
          ? p(item.text)
          : o.grid === "div" || o.grid === "aria"
            ? divTable(item, o)
            : htmlTable(item, o),
      );
  }
  body.push(...doc.closing.map((t) => p(t)));
  const css = `<style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:14px}${PAGE[o.page ?? "portrait"]}${o.grid === "aria" ? ".grid .r{display:flex}.grid .c{flex:1;border:1px solid #000;padding:2px}" : ""}</style>`;
  if (word)
    return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal, li.MsoNormal {mso-style-unhide:no;margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;} @page WordSection1 {size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;} --></style>${css}</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'><div class=WordSection1 style='layout-grid:15.6pt'>
${body.join("\n")}
</div></body></html>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.title)}</title>${css}</head><body>\n${body.join("\n")}\n</body></html>`;
}
