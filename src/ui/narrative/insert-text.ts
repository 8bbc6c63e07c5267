/**
 * Where an inserted sentence goes: at the caret (or over the selection) of the section's text
 * area when the clerk has been in it, otherwise as a new paragraph at the end.
 */
import type { NarrativeKey } from "../../model/types.ts";

/** Text areas the clerk has placed the caret in since they appeared. */
const touched = new WeakSet<HTMLTextAreaElement>();

export function markTouched(area: HTMLTextAreaElement): void {
  touched.add(area);
}

export function insertAtCaret(key: NarrativeKey, text: string, sentence: string): { text: string; caret: number } {
  const area = document.querySelector<HTMLTextAreaElement>(`textarea[data-narrative="${key}"]`);
  if (!area || !touched.has(area) || area.value !== text) {
    const joined = text.trim() === "" ? sentence : `${text.replace(/\s+$/, "")}\n${sentence}`;
    return { text: joined, caret: joined.length };
  }
  const start = area.selectionStart;
  const end = area.selectionEnd;
  const next = text.slice(0, start) + sentence + text.slice(end);
  return { text: next, caret: start + sentence.length };
}
