/** The key of a section in the editor: its table id or its narrative key (see store `sectionOfFinding`). */
import type { SectionDef } from "../../model/types.ts";

export const sectionKeyOf = (section: SectionDef): string => section.table ?? section.narrative ?? section.heading;
