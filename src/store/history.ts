/**
 * Undo/redo over whole reports. Reports are immutable values, so a step is just the previous
 * report; consecutive edits of the same field (keystrokes in one cell, typing in one text) within a
 * short pause are merged into one step, as a clerk expects from Ctrl+Z.
 */
import type { Report } from "../model/types.ts";

export interface History {
  readonly past: readonly Report[];
  readonly future: readonly Report[];
  /** the field the last step edited, and when; `null` after undo/redo or a one-off edit */
  readonly lastKey: string | null;
  readonly lastAt: number;
}

export const EMPTY_HISTORY: History = { past: [], future: [], lastKey: null, lastAt: 0 };

/** how long a pause ends a merged step (ms) */
export const MERGE_WINDOW = 1500;
const LIMIT = 300;

/** Records that `current` became `next` through an edit of `key`. */
export function record(history: History, current: Report, key: string | null, now: number): History {
  const merge = key !== null && key === history.lastKey && now - history.lastAt < MERGE_WINDOW;
  if (merge) return { ...history, future: [], lastAt: now };
  const past = history.past.length >= LIMIT ? history.past.slice(1) : history.past;
  return { past: [...past, current], future: [], lastKey: key, lastAt: now };
}

export function undo(history: History, current: Report): { history: History; report: Report } | null {
  const prev = history.past[history.past.length - 1];
  if (!prev) return null;
  return {
    report: prev,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future], lastKey: null, lastAt: 0 },
  };
}

export function redo(history: History, current: Report): { history: History; report: Report } | null {
  const next = history.future[0];
  if (!next) return null;
  return {
    report: next,
    history: { past: [...history.past, current], future: history.future.slice(1), lastKey: null, lastAt: 0 },
  };
}
