/**
 * Characters that show nothing but change what a text seems to say: bidirectional controls (RLO
 * U+202E turns `府政民人` into `人民政府` on screen), zero-width spaces and joiners, the BOM, the
 * soft hyphen. A name, an id or a printed line never needs them; they are removed where text comes
 * in (the report file's names and cell ids, said so) and where it goes out (every printed string).
 */

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The text without invisible characters, and how many there were. */
export function stripInvisible(text: string): { readonly text: string; readonly removed: number } {
  let removed = 0;
  const out = text.replace(INVISIBLE, () => {
    removed++;
    return "";
  });
  return { text: out, removed };
}

/** How a removal is said in a message: `2 个不可见字符（如从右到左改写符 RLO、零宽空格）`. */
export const invisibleNote = (removed: number): string =>
  `${removed} 个不可见的控制字符（如从右到左改写符 RLO、零宽空格），这些字符会让显示的文字与实际不同，已去掉`;
