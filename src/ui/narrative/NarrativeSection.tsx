/** A narrative section (一、五、六): the editor with the section's writing guidance beside it. */
import type { NarrativeKey } from "../../model/types.ts";
import { GuidancePanel } from "./GuidancePanel.tsx";
import { NarrativeEditor } from "./NarrativeEditor.tsx";

export function NarrativeSection({ narrativeKey, heading }: { narrativeKey: NarrativeKey; heading: string }) {
  return (
    <section className="section" aria-labelledby={`h-${narrativeKey}`}>
      <div className="section__head">
        <h2 id={`h-${narrativeKey}`} className="section__title">
          {heading}
        </h2>
      </div>
      <div className="narr-layout narr-layout--with-guide">
        <NarrativeEditor narrativeKey={narrativeKey} label="正文" />
        <GuidancePanel narrativeKey={narrativeKey} />
      </div>
    </section>
  );
}
