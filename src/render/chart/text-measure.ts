/**
 * How wide a line of the graphic's text is, estimated without a font (the SVG is drawn in Node as
 * in the browser): a Chinese character or full-width sign takes 1 em, a digit or Latin letter about
 * 0.56 em. Lines are wrapped by this width, never mid-number, and cut with … past a line limit.
 */

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]/;

/** Estimated width in px of `text` set at `size` px. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : ch === " " ? 0.3 : 0.56;
  return em * size;
}

/** `text` in lines no wider than `width`, at most `maxLines` (the last cut with … when more is left). */
export function wrapLines(text: string, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  let cut = false;
  // a run of digits (with its decimal point) stays on one line
  for (const piece of text.match(/[0-9.]+|[\s\S]/gu) ?? []) {
    if (line !== "" && textWidth(line + piece, size) > width) {
      lines.push(line);
      line = "";
      if (lines.length === maxLines) {
        cut = true;
        break;
      }
    }
    line += piece;
  }
  if (!cut && line !== "") lines.push(line);
  if (cut) {
    let last = [...(lines[maxLines - 1] ?? "")];
    while (last.length > 0 && textWidth(`${last.join("")}…`, size) > width) last = last.slice(0, -1);
    lines[maxLines - 1] = `${last.join("")}…`;
  }
  return lines;
}
