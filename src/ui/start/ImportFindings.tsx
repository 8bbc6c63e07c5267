/** Every finding of an imported report by its rule's name: the rule, how many, and each message. */
import { getEdition } from "../../model/editions/index.ts";
import type { Finding } from "../../model/types.ts";
import { SEVERITY_LABEL } from "../common/labels.ts";

/** messages shown per rule before the rest are counted */
const PER_RULE = 5;

export function ImportFindings({ findings, editionId }: { findings: readonly Finding[]; editionId: string }) {
  const edition = getEdition(editionId);
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  if (byRule.size === 0) return null;
  return (
    <section className="summary__list">
      <h3>检查发现的问题</h3>
      <ul>
        {[...byRule].map(([rule, list]) => (
          <li key={rule}>
            <strong>
              {SEVERITY_LABEL[list[0]?.severity ?? "I"]} {rule} {edition?.rules.find((r) => r.id === rule)?.title ?? ""}
            </strong>
            ：{list.length} 项
            <ul>
              {list.slice(0, PER_RULE).map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
              {list.length > PER_RULE && <li className="muted">……另有 {list.length - PER_RULE} 项</li>}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
