/**
 * When one page of the app replaces another (the start page and the editor), the window keeps the
 * old page's scroll position and the focused control may go with the old page (the keyboard would
 * restart from the top of the document). The new page starts at its top, with the focus on its
 * main area — only when the focus was lost, never taking it from a control that has it.
 */
import { useEffect } from "react";

export function useFocusOnArrival(mainId = "main"): void {
  useEffect(() => {
    window.scrollTo(0, 0);
    // after the browser's own focus moves (autofocus) have happened
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) document.getElementById(mainId)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [mainId]);
}
