/**
 * The address says which draft is open and where the clerk is in it (`#/draft/<id>/<section>`), so a
 * reload reopens the same section and the browser's Back button returns to the start page. Moving
 * between sections replaces the address rather than adding history entries. `#/review` is the county's
 * 审核 page (no draft open).
 */
import { useEffect, useState } from "react";
import { getEdition } from "../../model/editions/index.ts";
import { closeReport, flushSave, goToSection, openDraft, showNotice, useAppStore } from "../../store/index.ts";
import { sectionByKey } from "../editor/section-keys.ts";

interface Place {
  readonly draft: string;
  readonly section: string | null;
}

/** the address of the 审核 page */
export const REVIEW_HASH = "#/review";

const placeInHash = (): Place | null => {
  const m = /^#\/draft\/([\w-]+)(?:\/([\w-]+))?$/.exec(window.location.hash);
  return m?.[1] ? { draft: m[1], section: m[2] ?? null } : null;
};

/** Opens the named section when the open report's edition has it; an unknown one leaves the clerk where they are. */
function openSection(section: string | null): void {
  if (section === null) return;
  const { report, section: current } = useAppStore.getState();
  const edition = report ? getEdition(report.edition) : undefined;
  const known = section === "basic" || (edition !== undefined && sectionByKey(edition, section) !== undefined);
  if (known && section !== current) goToSection(section);
}

/** Keeps the address and the open draft in step; returns false until a draft named in the address is open. */
export function useHashRoute(): boolean {
  const [ready, setReady] = useState(() => placeInHash() === null);
  const draftId = useAppStore((s) => s.draftId);
  const section = useAppStore((s) => s.section);

  useEffect(() => {
    const sync = async () => {
      const wanted = placeInHash();
      const current = useAppStore.getState().draftId;
      if (wanted === null) {
        if (current !== null) {
          await flushSave();
          closeReport();
        }
        return setReady(true);
      }
      if (wanted.draft !== current) {
        const opened = await openDraft(wanted.draft);
        if (!opened.ok) {
          showNotice(opened.message, "error");
          window.history.replaceState(null, "", "#/");
          return setReady(true);
        }
      }
      openSection(wanted.section);
      setReady(true);
    };
    void sync();
    const onHash = () => void sync();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const have = window.location.hash || "#/";
    if (!draftId) {
      if (have !== "#/" && have !== REVIEW_HASH) window.history.pushState(null, "", "#/");
      return;
    }
    const want = `#/draft/${draftId}${section === "basic" ? "" : `/${section}`}`;
    if (want === have) return;
    // same draft, another section: replace, so Back still leads to the start page
    if (placeInHash()?.draft === draftId) window.history.replaceState(null, "", want);
    else window.history.pushState(null, "", want);
  }, [draftId, section, ready]);

  return ready;
}

/** Whether the address names the 审核 page (follows the address as it changes). */
export function useReviewRoute(): boolean {
  const [review, setReview] = useState(() => window.location.hash === REVIEW_HASH);
  useEffect(() => {
    const onHash = () => setReview(window.location.hash === REVIEW_HASH);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  return review;
}
