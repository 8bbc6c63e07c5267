/**
 * A list of editions and what it answers: an edition by id, and the edition a report year must use
 * (decisions §1: the edition follows the year). `index.ts` makes the one registry of the app.
 */
import type { EditionDef } from "../types.ts";

export interface EditionRegistry {
  readonly EDITIONS: readonly EditionDef[];
  /** the first report year any edition covers */
  readonly FIRST_YEAR: number;
  readonly getEdition: (id: string) => EditionDef | undefined;
  /** the edition a report year must use, or undefined for a year before the first edition */
  readonly editionForYear: (year: number) => EditionDef | undefined;
}

export function editionRegistry(editions: readonly EditionDef[]): EditionRegistry {
  return {
    EDITIONS: editions,
    FIRST_YEAR: Math.min(...editions.map((e) => e.years[0])),
    getEdition: (id) => editions.find((e) => e.id === id),
    editionForYear: (year) => editions.find((e) => year >= e.years[0] && (e.years[1] === null || year <= e.years[1])),
  };
}
