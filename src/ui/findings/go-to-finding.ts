/** Taking the clerk to what a finding is about: its section, then its cell, field or text range. */
import type { EditionDef, Finding } from "../../model/types.ts";
import { goToSection, sectionOfFinding } from "../../store/index.ts";
import { focusCell } from "../grid/cell-ids.ts";
import { selectNarrativeRange } from "../narrative/NarrativeEditor.tsx";

function focusTarget(f: Finding): boolean {
  if (f.text) return selectNarrativeRange(f.text.key, f.text.start, f.text.end);
  for (const id of f.cells) {
    if (focusCell(id)) return true;
    if (id.startsWith("narrative.")) {
      const area = document.querySelector<HTMLTextAreaElement>(`textarea[data-narrative="${id.slice(10)}"]`);
      if (area) {
        area.focus();
        return true;
      }
    }
    const field = document.querySelector<HTMLElement>(`[data-field="${id}"]`);
    if (field) {
      field.focus();
      return true;
    }
  }
  return false;
}

export function goToFinding(edition: EditionDef, f: Finding): void {
  goToSection(sectionOfFinding(edition, f));
  // the section renders first; try again on the next frames until its inputs exist
  let tries = 0;
  const attempt = () => {
    if (focusTarget(f) || ++tries > 5) return;
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Goes to a cell of the report (e.g. the first blank cell of a table). */
export function goToCell(edition: EditionDef, id: string): void {
  goToFinding(edition, { rule: "", severity: "I", cells: [id], expected: null, actual: null, message: "" });
}
