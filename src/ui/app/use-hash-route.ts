/**
 * The address says which draft is open (`#/draft/<id>`), so a reload reopens it and the browser's
 * Back button returns to the start page.
 */
import { useEffect, useState } from "react";
import { closeReport, flushSave, openDraft, showNotice, useAppStore } from "../../store/index.ts";

const draftInHash = (): string | null => /^#\/draft\/([\w-]+)$/.exec(window.location.hash)?.[1] ?? null;

/** Keeps the address and the open draft in step; returns false until a draft named in the address is open. */
export function useHashRoute(): boolean {
  const [ready, setReady] = useState(() => draftInHash() === null);
  const draftId = useAppStore((s) => s.draftId);

  useEffect(() => {
    const sync = async () => {
      const wanted = draftInHash();
      const current = useAppStore.getState().draftId;
      if (wanted === current) return setReady(true);
      if (wanted === null) {
        await flushSave();
        closeReport();
        return setReady(true);
      }
      const opened = await openDraft(wanted);
      if (!opened.ok) {
        showNotice(opened.message, "error");
        window.history.replaceState(null, "", "#/");
      }
      setReady(true);
    };
    void sync();
    const onHash = () => void sync();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const want = draftId ? `#/draft/${draftId}` : "#/";
    const have = window.location.hash || "#/";
    if (want !== have) window.history.pushState(null, "", want);
  }, [draftId, ready]);

  return ready;
}
