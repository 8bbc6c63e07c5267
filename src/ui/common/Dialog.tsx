/**
 * A modal dialog on the native <dialog> element: focus moves in (to the action marked
 * `data-autofocus`) and is kept there (Tab wraps round at either end), Esc closes, focus returns
 * to where it was when it closes.
 */
import { useEffect, useId, useRef, type ReactNode } from "react";
import { returnFocus, wrapTab } from "./focus-trap.ts";
import "./common.css";

export function Dialog({
  title,
  onClose,
  children,
  actions,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    // the dialog's own focusing picks the first focusable element; the safe choice is marked
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    const onCancel = (e: Event) => {
      e.preventDefault();
      closeRef.current();
    };
    const onKey = (e: KeyboardEvent) => wrapTab(dialog, e);
    dialog.addEventListener("cancel", onCancel);
    dialog.addEventListener("keydown", onKey);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      dialog.removeEventListener("keydown", onKey);
      if (dialog.open && typeof dialog.close === "function") dialog.close();
      returnFocus(previous);
    };
  }, []);
  return (
    <dialog ref={ref} className={`dialog${wide ? " dialog--wide" : ""}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}
