/** The key of a section in the editor: its table id or its narrative key (see store `sectionOfFinding`). */
import type { EditionDef, SectionDef } from "../../model/types.ts";

export const sectionKeyOf = (section: SectionDef): string => section.table ?? section.narrative ?? section.heading;

/** The edition's section with this key; undefined for 基本信息 (`basic`) or a key the edition lacks. */
export const sectionByKey = (edition: EditionDef, key: string): SectionDef | undefined =>
  edition.sections.find((s) => sectionKeyOf(s) === key);
