/**
 * Tells a screen-reader user what the check found once they pause (new findings, findings resolved),
 * politely and without moving the focus from the cell or text they are editing. Blank cells are
 * left out: filling one in is not news, and their count is in the findings panel.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { EditionDef, Finding } from "../../model/types.ts";
import { checkOf, isBlankFinding, useAppStore } from "../../store/index.ts";
import { LiveRegion } from "../common/LiveRegion.tsx";
import { useSettled } from "../common/use-settled.ts";
import { describeFindingChanges } from "./findings-change.ts";

const PAUSE_MS = 1200;
const NONE: readonly Finding[] = [];

export function FindingsAnnouncer({ edition }: { edition: EditionDef }) {
  const all = useAppStore((s) => (s.report ? checkOf(s.report).findings : NONE));
  const findings = useMemo(() => all.filter((f) => !isBlankFinding(edition, f)), [all, edition]);
  const settled = useSettled(findings, PAUSE_MS);
  // what was last read out (the report as opened is not news)
  const heard = useRef(settled);
  const [text, setText] = useState("");
  useEffect(() => {
    if (settled === heard.current) return;
    const change = describeFindingChanges(heard.current, settled);
    heard.current = settled;
    if (change !== "") setText(change);
  }, [settled]);
  return <LiveRegion label="检查结果的变化" text={text} />;
}
