/**
 * The 审核 page's session, kept while the reviewer goes to the editor and back (a body's report
 * opened as a copy): the files given, the roster, the area, who reviews, the run's progress and
 * result, and the reviewer's notes. The notes are also kept in the browser's storage, by body and
 * year, so a reload or a new review of the same files finds them again. Nothing leaves the browser.
 */
import { useSyncExternalStore } from "react";
import type { BodyNotes } from "../../review/review-notes.ts";
import type { ReviewResult } from "../../review/review-types.ts";

export interface ReviewSession {
  readonly files: ReadonlyMap<string, File>;
  readonly previous: ReadonlyMap<string, File>;
  readonly roster: string;
  readonly area: string;
  readonly reviewer: string;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly result: ReviewResult | null;
  readonly error: string | null;
  /** by `notesKey` */
  readonly notes: Readonly<Record<string, BodyNotes>>;
  /** the file of the body shown in detail */
  readonly open: string | null;
}

const STORAGE_KEY = "nianbao.review.notes";

function storedNotes(): Record<string, BodyNotes> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}");
    if (typeof value !== "object" || value === null) return {};
    const out: Record<string, BodyNotes> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const n = v as { note?: unknown; findings?: unknown };
      if (typeof n.note !== "string" || typeof n.findings !== "object" || n.findings === null) continue;
      const findings = Object.fromEntries(
        Object.entries(n.findings as Record<string, unknown>).filter(
          (e): e is [string, string] => typeof e[1] === "string",
        ),
      );
      out[key] = { note: n.note, findings };
    }
    return out;
  } catch {
    return {};
  }
}

let session: ReviewSession = {
  files: new Map(),
  previous: new Map(),
  roster: "",
  area: "",
  reviewer: "",
  progress: null,
  result: null,
  error: null,
  notes: typeof localStorage === "undefined" ? {} : storedNotes(),
  open: null,
};
const listeners = new Set<() => void>();

export function updateSession(patch: Partial<ReviewSession>): void {
  session = { ...session, ...patch };
  if (patch.notes) {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(session.notes));
    } catch {
      // storage full or refused: the notes stay for this visit, and the exported files keep them
    }
  }
  for (const l of listeners) l();
}

export const getSession = (): ReviewSession => session;

export function useReviewSession(): ReviewSession {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => session,
  );
}

/** A body's key among the notes: its name and year, so that its notes outlive the file's name. */
export const notesKey = (body: { org: { name: string; shortName: string }; year: number }): string =>
  `${body.org.name || body.org.shortName}#${body.year}`;
