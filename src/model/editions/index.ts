/**
 * The registry of editions and the one place that says which edition a report year uses.
 * Adding an edition: declare it in its own file and list it here (README, "How to add an edition").
 */
import { perObject } from "../memo.ts";
import type { CellDef, EditionDef } from "../types.ts";
import { gb2019 } from "./gb2019.ts";
import { gb2021 } from "./gb2021.ts";
import { editionRegistry } from "./registry.ts";

export const { EDITIONS, FIRST_YEAR, getEdition, editionForYear } = editionRegistry([gb2019, gb2021]);

/** Cell definitions of an edition by id (built once per edition). */
export const cellIndex: (edition: EditionDef) => ReadonlyMap<string, CellDef> = perObject(
  (edition) => new Map(edition.cells.map((c) => [c.id, c])),
);
