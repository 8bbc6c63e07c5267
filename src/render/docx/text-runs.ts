/** Printed text → docx runs: a tab in pasted text becomes a real tab, never a tab character in `w:t`. */
import { Tab, TextRun, type IRunOptions } from "docx";

type RunLook = Omit<IRunOptions, "children" | "text">;

export function textRuns(text: string, look: RunLook = {}): TextRun[] {
  if (text === "") return [];
  if (!text.includes("\t")) return [new TextRun({ ...look, text })];
  const children: (string | Tab)[] = [];
  text.split("\t").forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part !== "") children.push(part);
  });
  return [new TextRun({ ...look, children })];
}
