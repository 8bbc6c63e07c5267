/**
 * A polite live region, seen by screen readers only: each new text is read when the reader is idle,
 * and the focus stays where the clerk is working.
 */
export function LiveRegion({ text, label }: { text: string; label: string }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" aria-label={label}>
      {text}
    </div>
  );
}
