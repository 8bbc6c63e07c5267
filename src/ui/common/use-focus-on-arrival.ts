/**
 * When one page of the app replaces another (the start page and the editor), the focused control
 * may go with the old page, and the keyboard would restart from the top of the document. This puts
 * the focus on the new page's main area instead — only when it was lost, never taking it from a
 * control that has it.
 */
import { useEffect } from "react";

export function useFocusOnArrival(mainId = "main"): void {
  useEffect(() => {
    // after the browser's own focus moves (autofocus) have happened
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) document.getElementById(mainId)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [mainId]);
}
