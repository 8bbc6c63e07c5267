/**
 * Whether the keyboard is inside a frame. A sandboxed frame's page is of another origin: the frame
 * element then matches neither :focus nor :focus-within, and gets no focus event — only this
 * window's blur tells, with the frame as the active element. The caller draws the focus ring.
 */
import { useEffect, useState, type RefObject } from "react";

export function useFrameFocus(frame: RefObject<HTMLIFrameElement | null>): boolean {
  const [inside, setInside] = useState(false);
  useEffect(() => {
    // the active element is the frame only once the blur has been handled
    const onBlur = () => setTimeout(() => setInside(document.activeElement === frame.current));
    const onFocus = () => setInside(false);
    window.addEventListener("blur", onBlur);
    window.addEventListener("focus", onFocus);
    return () => {
      window.removeEventListener("blur", onBlur);
      window.removeEventListener("focus", onFocus);
    };
  }, [frame]);
  return inside;
}
