/**
 * The first stops of the keyboard: links past the header and the sections list, to the work area
 * and to the findings. They move the focus themselves and leave the address alone — the address
 * (`#/draft/…`) is the app's route, and `#main` there would close the open report.
 */
import type { MouseEvent } from "react";

export interface SkipTarget {
  /** id of an element with tabIndex -1 */
  readonly id: string;
  readonly label: string;
}

function skipTo(e: MouseEvent<HTMLAnchorElement>, id: string): void {
  e.preventDefault();
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView({ block: "start" });
}

export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
  return (
    <>
      {targets.map((t) => (
        <a key={t.id} className="skip-link" href={`#${t.id}`} onClick={(e) => skipTo(e, t.id)}>
          {t.label}
        </a>
      ))}
    </>
  );
}
