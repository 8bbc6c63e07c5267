/**
 * Characters that show nothing but change what a text seems to say: bidirectional controls (RLO
 * U+202E turns `府政民人` into `人民政府` on screen), zero-width spaces and joiners, the BOM, the
 * soft hyphen — and control characters (an escape sequence recolours or clears a terminal). A name,
 * an id or a printed line never needs them: they are removed where text comes in (the report
 * file's names and cell ids, said so) and where it goes out (every printed string), and written
 * out (`\u202E`) where a message or a terminal would otherwise show them raw.
 */

/** the invisible characters, as the body of a character class (for a pattern of another module's) */
export const INVISIBLE_CLASS =
  "\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff";
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, "g");
// C0 controls but tab and line feed, DEL, C1 controls
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export interface Stripped {
  readonly text: string;
  /** how many characters were taken out */
  readonly removed: number;
}

function strip(text: string, patterns: readonly RegExp[]): Stripped {
  let removed = 0;
  let out = text;
  for (const pattern of patterns)
    out = out.replace(pattern, () => {
      removed++;
      return "";
    });
  return { text: out, removed };
}

/** The text without invisible characters (bidirectional controls, zero-width characters). */
export const stripInvisible = (text: string): Stripped => strip(text, [INVISIBLE]);

/** A one-line field without invisible and control characters. */
export const stripUnprintable = (text: string): Stripped => strip(text, [INVISIBLE, CONTROL]);

/** How a removal is said in a message. */
export const invisibleNote = (removed: number): string =>
  `${removed} 个不可见的控制字符（如从右到左改写符 RLO、零宽空格），这些字符会让显示的文字与实际不同，已去掉`;

const escape = (ch: string) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** Text for a message or a terminal: invisible and control characters written out as `\u202E`. */
export const showInvisible = (text: string): string => text.replace(INVISIBLE, escape).replace(CONTROL, escape);
