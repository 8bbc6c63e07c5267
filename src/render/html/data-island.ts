/**
 * The published page's data island: the report file itself, as the one serialiser writes it
 * (`writeReportFile`, handed in by the caller: the renderer knows no import), inside
 * `<script type="application/json">`. Data, not code — the page's CSP runs no script — and written
 * so that no text in it can end the element: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`
 * (still the same JSON: these characters only occur inside strings), so neither `</script>` nor
 * `<!--` can appear; U+2028/U+2029 become `\u2028`/`\u2029`, and so do the control and non-characters
 * JSON leaves as they are (U+007F–U+009F, U+FDD0–U+FDEF, U+FFFE/U+FFFF), which an HTML page may not
 * hold, and the invisible characters of `model/invisible.ts` (bidirectional controls, zero-width
 * characters), which the page never shows raw. An importer reads the exact
 * report back (`src/import/page-island.ts`).
 */
import { INVISIBLE_CLASS } from "../../model/invisible.ts";

const ESCAPED = new RegExp(`[<>&\\u2028\\u2029\\u007f-\\u009f\\ufdd0-\\ufdef\\ufffe\\uffff${INVISIBLE_CLASS}]`, "g");

const unicodeEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** The report file's JSON text as it may stand between `<script …>` and `</script>`. */
export const islandText = (reportFile: string): string => reportFile.replace(ESCAPED, unicodeEscape);
