/**
 * RD-07d, the county's twin of RD-07c: a section of a body's text largely the same as the same
 * section of another body's report of the same year. Fast at thousands of reports because no two
 * texts are compared whole: each section is a MinHash signature (`text-sketch.ts`), cut into bands;
 * sections that share a band's values fall into one bucket and only those are compared, signature
 * against signature, with the first few sections of the bucket — the work grows with the number of
 * bodies, not with its square. Sections found alike are joined into groups (union–find), one finding
 * per group, so twenty bodies on one template are one finding, not 190.
 */
import { editionForYear } from "../model/editions/index.ts";
import { narrativeName } from "../model/report.ts";
import type { NarrativeKey } from "../model/types.ts";
import { bodyName, bodyNames } from "./body-match.ts";
import type { CopiedBetweenRule } from "./cross-body-rules.ts";
import type { BodyResult, CrossBodyFinding } from "./review-types.ts";
import { similarity } from "./text-sketch.ts";

/** sections compared per bucket: enough to bridge a chain of copies, few enough to stay linear */
const PER_BUCKET = 4;

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Groups {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    while (this.parent[i] !== root) {
      const next = this.parent[i] ?? root;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  join(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

const sameBody = (a: BodyResult, b: BodyResult, area: string): boolean => {
  const names = bodyNames(a.org, area);
  return bodyNames(b.org, area).some((n) => names.includes(n));
};

/** The groups of bodies whose `section` is largely the same, per year. */
function groupsOf(bodies: readonly BodyResult[], section: NarrativeKey, rule: CopiedBetweenRule, area: string) {
  const nodes = bodies.flatMap((body) => {
    const sketch = body.sketches.find((s) => s.section === section);
    return sketch ? [{ body, signature: sketch.signature }] : [];
  });
  const groups = new Groups(nodes.length);
  const alike = new Map<number, number[]>();
  const buckets = new Map<number, number[]>();
  const bands = Math.floor(rule.hashes / rule.rows);
  nodes.forEach((node, i) => {
    for (let b = 0; b < bands; b++) {
      let key = mix(node.body.year * 977 + b);
      for (let r = 0; r < rule.rows; r++) key = mix(key ^ (node.signature[b * rule.rows + r] ?? 0));
      const members = buckets.get(key);
      if (!members) {
        buckets.set(key, [i]);
        continue;
      }
      for (const j of members) {
        const other = nodes[j];
        if (!other || groups.find(i) === groups.find(j) || other.body.year !== node.body.year) continue;
        if (sameBody(other.body, node.body, area)) continue; // two files of one body: RV-01 says so
        const s = similarity(other.signature, node.signature);
        if (s < rule.threshold) continue;
        groups.join(i, j);
        for (const k of [i, j]) alike.set(k, [...(alike.get(k) ?? []), s]);
      }
      if (members.length < PER_BUCKET) members.push(i);
    }
  });
  const byRoot = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    if (!alike.has(i)) return;
    const root = groups.find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), i]);
  });
  return [...byRoot.values()].map((members) => ({
    bodies: members.map((i) => nodes[i]?.body).filter((b): b is BodyResult => b !== undefined),
    similarities: members.flatMap((i) => alike.get(i) ?? []),
  }));
}

const percent = (x: number) => Math.round(x * 100);

export function copiedBetween(bodies: readonly BodyResult[], rule: CopiedBetweenRule, area = ""): CrossBodyFinding[] {
  const out: CrossBodyFinding[] = [];
  for (const section of rule.sections)
    for (const group of groupsOf(bodies, section, rule, area)) {
      const lo = Math.min(...group.similarities);
      const hi = Math.max(...group.similarities);
      const first = group.bodies[0];
      const edition = first ? editionForYear(first.year) : undefined;
      const name = edition ? narrativeName(edition, section) : section;
      const orgs = group.bodies.map((b) => bodyName(b.org));
      const range = percent(lo) === percent(hi) ? `${percent(hi)}%` : `${percent(lo)}%–${percent(hi)}%`;
      out.push({
        rule: rule.id,
        severity: rule.severity,
        files: group.bodies.map((b) => b.file),
        orgs,
        message: `${name}：${orgs.join("、")}（${orgs.length} 个机关）的这一部分基本相同（相似度 ${range}），像是互相照搬：请各自写明本机关的情况`,
        section,
        similarity: [lo, hi],
      });
    }
  return out;
}
