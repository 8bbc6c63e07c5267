/**
 * Text as it may be printed: control characters and characters XML cannot hold are removed
 * (pasted narrative often carries them; Word refuses a document with U+0000–U+001F in it), and
 * line breaks are normalised to `\n`; invisible bidirectional controls and zero-width characters
 * (`model/invisible.ts`), which make a printed line say something else than it seems, are removed.
 * Every user string passes through here before any output.
 */
import { stripInvisible } from "../model/invisible.ts";

// C0 controls except tab and line feed, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF
const ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Multi-line text: paragraphs stay separated by `\n`. */
export function cleanText(text: string): string {
  return stripInvisible(
    text
      .replace(/\r\n?/g, "\n")
      .replace(/[\u2028\u2029]/g, "\n")
      .replace(ILLEGAL, ""),
  ).text;
}

/** A one-line field (name, phone, address): line breaks become spaces, outer spaces are trimmed. */
export function cleanLine(text: string): string {
  return cleanText(text)
    .replace(/\s*\n\s*/g, " ")
    .replace(/\t/g, " ")
    .trim();
}
