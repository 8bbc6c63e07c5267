/**
 * The review page's stylesheet (inline in the page): a plain, printable layout; every text colour
 * at 4.5:1 or more on its background (WCAG 2.1 AA), focus rings at 3:1; wide tables scroll inside
 * their box; the table of bodies keeps its head in view.
 */
export const REVIEW_PAGE_STYLE = `
:root { color: #1a1a1a; background: #fff; font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; font-size: 15px; line-height: 1.6; }
body { margin: 0; }
.top { background: #14365f; color: #fff; padding: 1em 1.5em; }
.top h1 { margin: 0 0 0.2em; font-size: 1.45em; }
.top p { margin: 0; color: #e8eef6; }
main { padding: 0.5em 1.5em 3em; max-width: 110em; }
h2 { font-size: 1.2em; margin: 1.4em 0 0.5em; border-bottom: 2px solid #14365f; padding-bottom: 0.2em; }
h3 { font-size: 1.05em; margin: 1em 0 0.4em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: #555; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8em; list-style: none; padding: 0; margin: 1em 0; }
.card { border: 1px solid #c9d3df; border-radius: 6px; padding: 0.5em 1.1em; min-width: 6.5em; background: #f6f8fb; }
.card__n { display: block; font-size: 1.7em; font-weight: bold; }
.card--ok .card__n { color: #1b6b35; } .card--bad .card__n { color: #b3261e; } .card--warn .card__n { color: #8a4b00; }
.filters { display: flex; flex-wrap: wrap; gap: 1em; align-items: center; margin: 0.5em 0; }
.filters input, .filters select { font: inherit; padding: 0.25em 0.4em; border: 1px solid #767676; border-radius: 4px; }
.filters p { margin: 0; }
.table-box, .grid-box { overflow: auto; border: 1px solid #c9d3df; }
.table-box { max-height: 70vh; }
#bodies { border-collapse: collapse; width: 100%; }
#bodies th, #bodies td { border-bottom: 1px solid #dde3ea; padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
#bodies thead th { position: sticky; top: 0; background: #e9eef4; z-index: 1; white-space: nowrap; }
#bodies thead button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0.1em 0.2em; cursor: pointer; color: #14365f; }
#bodies thead th[aria-sort="ascending"] button::after { content: " ▲" / ""; }
#bodies thead th[aria-sort="descending"] button::after { content: " ▼" / ""; }
#bodies tbody th { font-weight: normal; min-width: 10em; }
#bodies td { white-space: nowrap; }
#bodies td.file, #bodies td.wrap { white-space: normal; }
#bodies tr.is-open { background: #fff6d6; }
.num { text-align: right; }
.n-E { color: #b3261e; font-weight: bold; } .n-W { color: #8a4b00; font-weight: bold; } .n-I { color: #1d4f91; }
.late { color: #8a4b00; }
.file { color: #555; word-break: break-all; }
.status { display: inline-block; padding: 0 0.5em; border-radius: 3px; white-space: nowrap; }
.status--ok { background: #e3f3e8; color: #1b6b35; } .status--bad { background: #fbe4e2; color: #9c1f17; } .status--warn { background: #fdf0dc; color: #7a4200; }
.reason { display: block; color: #555; font-size: 0.9em; }
.link { font: inherit; color: #0b4f9c; background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; text-align: left; }
button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible, summary:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
#detail { border: 2px solid #14365f; border-radius: 6px; padding: 0 1.2em 1em; margin-top: 1.5em; background: #fcfdff; }
#detail h2 { border: 0; }
#detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
#detail dt { color: #555; }
#detail dd { margin: 0; }
#detail-close { font: inherit; padding: 0.3em 1em; border: 1px solid #14365f; border-radius: 4px; background: #fff; color: #14365f; cursor: pointer; }
.findings { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
.findings th, .findings td { border: 1px solid #c9d3df; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
.findings thead th { background: #e9eef4; white-space: nowrap; }
.findings td:nth-child(1), .findings td:nth-child(2), .findings td:nth-child(4), .findings td:nth-child(5) { white-space: nowrap; }
.sev { display: inline-block; padding: 0 0.4em; border-radius: 3px; font-size: 0.9em; white-space: nowrap; }
.sev--E { background: #fbe4e2; color: #9c1f17; } .sev--W { background: #fdf0dc; color: #7a4200; } .sev--I { background: #e4edf8; color: #1d4f91; }
.cross li { margin: 0.3em 0; }
.grid { border-collapse: collapse; font-size: 0.9em; margin: 0.2em 0 1em; min-width: 40em; }
.grid caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
.grid th, .grid td { border: 1px solid #8a96a3; padding: 0.2em 0.35em; text-align: center; font-weight: normal; }
.grid th { background: #f1f4f8; }
.grid td.v { font-variant-numeric: tabular-nums; }
.cols { columns: 16em; }
details { margin: 0.6em 0; }
@media print { .filters, #detail-close { display: none; } .table-box { max-height: none; overflow: visible; } }
`;
