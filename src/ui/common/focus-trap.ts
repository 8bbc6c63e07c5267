/**
 * Keeping the keyboard inside a modal dialog. A native modal <dialog> already makes the page behind
 * it inert; this adds the wrap-around the ARIA dialog pattern asks for (Tab on the last control goes
 * to the first, Shift+Tab on the first to the last), instead of leaving the page for the browser's
 * own toolbar. And where focus goes back when the dialog closes.
 */

const FOCUSABLE = [
  "a[href]",
  "button:not([disabled])",
  'input:not([disabled]):not([type="hidden"])',
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  "iframe",
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(",");

const shown = (el: HTMLElement): boolean =>
  typeof el.checkVisibility === "function" ? el.checkVisibility() : el.closest("[hidden]") === null;

/** The elements Tab reaches inside `root`, in document order. */
export function tabbableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tabIndex >= 0 && shown(el));
}

/** On Tab / Shift+Tab at either end of `root`, moves the focus round to the other end. */
export function wrapTab(root: HTMLElement, e: KeyboardEvent): void {
  if (e.key !== "Tab" || e.altKey || e.ctrlKey || e.metaKey) return;
  const items = tabbableIn(root);
  const first = items[0];
  const last = items[items.length - 1];
  const active = document.activeElement;
  if (!first || !last) {
    e.preventDefault();
    return;
  }
  const outside = !(active instanceof Node) || !root.contains(active);
  if (e.shiftKey && (active === first || outside)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || outside)) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * Gives the focus back to where it was before a dialog opened; when that element has gone with
 * the dialog's action (a deleted draft's button), to the page's main area instead of the page's start.
 */
export function returnFocus(previous: HTMLElement | null): void {
  if (previous?.isConnected) previous.focus();
  else document.getElementById("main")?.focus({ preventScroll: true });
}
