/**
 * A finding's identity: its rule and the key of its target (cells, quoted words of a section, a
 * field, a label) — what stays the same while the clerk edits elsewhere, so an explanation stays
 * with the one finding it was written for. Ids are made here and compared whole, never taken apart.
 */
import type { FindingTarget, TargetKey, TextRange } from "./types.ts";

/** The part of a target that survives edits elsewhere (no character offsets; cells sorted). */
export function targetKey(target: FindingTarget): TargetKey {
  switch (target.kind) {
    case "cells":
      return { kind: "cells", cells: [...target.cells].sort() };
    case "text":
      return {
        kind: "text",
        section: target.section,
        quote: target.span?.quote ?? "",
        occurrence: target.span?.occurrence ?? 1,
      };
    case "field":
      return { kind: "field", field: target.field };
    case "label":
      return { kind: "label", label: target.label, seen: target.seen };
  }
}

function keyParts(key: TargetKey): readonly (string | number)[] {
  switch (key.kind) {
    case "cells":
      return ["cells", ...[...key.cells].sort()];
    case "text":
      return ["text", key.section, key.quote, key.occurrence];
    case "field":
      return ["field", key.field];
    case "label":
      return ["label", key.label, key.seen];
  }
}

/** A finding's identity as one string (for maps and React keys): the rule and the target's key. */
export const findingId = (rule: string, key: TargetKey): string => JSON.stringify([rule, ...keyParts(key)]);

/** Whether two keys name the same target. */
export const sameTargetKey = (a: TargetKey, b: TargetKey): boolean =>
  JSON.stringify(keyParts(a)) === JSON.stringify(keyParts(b));

/** The table cells a finding involves (marked in the grid, listed by `check`); none for a field. */
export function cellsOf(target: FindingTarget<TextRange>): readonly string[] {
  return target.kind === "field" ? [] : target.cells;
}
