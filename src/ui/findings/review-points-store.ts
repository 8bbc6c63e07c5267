/**
 * The 审核意见 the clerk opened on a draft, kept in the browser's storage by draft (a reload or the
 * next visit shows them again); nothing leaves the browser. Read back through the notes file's own
 * door, so a stored value is trusted no more than a file.
 */
import { useSyncExternalStore } from "react";
import { readReviewNotes, writeReviewNotes, type ReviewNotes } from "../../review/review-notes-file.ts";

const keyOf = (draftId: string) => `nianbao.review-points.${draftId}`;
const listeners = new Set<() => void>();
const cache = new Map<string, ReviewNotes | null>();

function load(draftId: string): ReviewNotes | null {
  if (cache.has(draftId)) return cache.get(draftId) ?? null;
  let notes: ReviewNotes | null = null;
  try {
    const text = localStorage.getItem(keyOf(draftId));
    const read = text === null ? null : readReviewNotes(text);
    notes = read?.ok ? read.notes : null;
  } catch {
    notes = null;
  }
  cache.set(draftId, notes);
  return notes;
}

/** Keeps (or with null, drops) the 审核意见 of a draft. */
export function setReviewPoints(draftId: string, notes: ReviewNotes | null): void {
  cache.set(draftId, notes);
  try {
    if (notes) localStorage.setItem(keyOf(draftId), writeReviewNotes(notes));
    else localStorage.removeItem(keyOf(draftId));
  } catch {
    // storage full or refused: shown for this visit only
  }
  for (const l of listeners) l();
}

export function useReviewPoints(draftId: string | null): ReviewNotes | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => (draftId === null ? null : load(draftId)),
  );
}
