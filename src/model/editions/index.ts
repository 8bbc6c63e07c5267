/**
 * The registry of editions and the one place that says which edition a report year uses.
 * Adding an edition: declare it in its own file and list it here (decisions §1).
 */
import type { CellDef, EditionDef } from "../types.ts";
import { gb2019 } from "./gb2019.ts";
import { gb2021 } from "./gb2021.ts";

export const EDITIONS: readonly EditionDef[] = [gb2019, gb2021];

export const FIRST_YEAR = Math.min(...EDITIONS.map((e) => e.years[0]));

export function getEdition(id: string): EditionDef | undefined {
  return EDITIONS.find((e) => e.id === id);
}

/** The edition a report year must use, or undefined for a year before the first edition. */
export function editionForYear(year: number): EditionDef | undefined {
  return EDITIONS.find((e) => year >= e.years[0] && (e.years[1] === null || year <= e.years[1]));
}

const indexes = new WeakMap<EditionDef, ReadonlyMap<string, CellDef>>();

/** Cell definitions of an edition by id (built once per edition). */
export function cellIndex(edition: EditionDef): ReadonlyMap<string, CellDef> {
  let index = indexes.get(edition);
  if (!index) {
    index = new Map(edition.cells.map((c) => [c.id, c]));
    indexes.set(edition, index);
  }
  return index;
}
