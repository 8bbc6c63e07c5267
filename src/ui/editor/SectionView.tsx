/** The section being edited: 基本信息, a table section, or a narrative section. */
import type { EditionDef } from "../../model/types.ts";
import { useAppStore } from "../../store/index.ts";
import { NarrativeSection } from "../narrative/NarrativeSection.tsx";
import { BasicInfoSection } from "./BasicInfoSection.tsx";
import { sectionByKey } from "./section-keys.ts";
import { TableSection } from "./TableSection.tsx";

export function SectionView({ edition }: { edition: EditionDef }) {
  const key = useAppStore((s) => s.section);
  const section = sectionByKey(edition, key);
  if (!section) return <BasicInfoSection edition={edition} />;
  const table = section.table ? edition.tables.find((t) => t.id === section.table) : undefined;
  if (table) return <TableSection key={table.id} edition={edition} table={table} heading={section.heading} />;
  if (section.narrative)
    return <NarrativeSection key={section.narrative} narrativeKey={section.narrative} heading={section.heading} />;
  return null;
}
