/** Taking the clerk to what a finding is about: its section, then its cell, field or text range. */
import type { EditionDef, Finding } from "../../model/types.ts";
import { goToSection, sectionOfFinding } from "../../store/index.ts";
import { focusCell } from "../grid/cell-ids.ts";
import { selectNarrativeRange } from "../narrative/NarrativeEditor.tsx";

function focusElement(selector: string): boolean {
  const el = document.querySelector<HTMLElement>(selector);
  el?.focus();
  return el !== null;
}

function focusTarget(target: Finding["target"]): boolean {
  switch (target.kind) {
    case "text":
      return target.span
        ? selectNarrativeRange(target.section, target.span.start, target.span.end)
        : focusElement(`textarea[data-narrative="${target.section}"]`);
    case "field":
      return focusElement(`[data-field="${target.field}"]`);
    case "cells":
    case "label":
      return target.cells.some((id) => focusCell(id));
  }
}

export function goToFinding(edition: EditionDef, f: Pick<Finding, "target">): void {
  goToSection(sectionOfFinding(edition, f));
  // the section renders first; try again on the next frames until its inputs exist
  let tries = 0;
  const attempt = () => {
    if (focusTarget(f.target) || ++tries > 5) return;
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Goes to a cell of the report (e.g. the first blank cell of a table). */
export function goToCell(edition: EditionDef, id: string): void {
  goToFinding(edition, { target: { kind: "cells", cells: [id] } });
}
