/**
 * Which reports are of the same body: matched by name — the full name or the short one, spaces and
 * full-width forms ignored — so `兴国镇人民政府` (a report file) and `兴国镇` (a Word file's title)
 * are one body, and so are `兴国镇` and `兴国镇人民政府`; within an area (`青山县`) a department may also be named without it or by its level
 * alone (`青山县教育局`, `县教育局`, `教育局`). `batch` and `review` use it alike: last year's report of
 * a body (the one report of that body of the year before; none when two claim it), and two files of
 * one body and year.
 */
import type { Org } from "../model/types.ts";

/** What matching needs of a report: its body and its year. */
export interface Dated {
  readonly org: Pick<Org, "name" | "shortName">;
  readonly year: number;
}

export interface Entry<T extends Dated> {
  readonly file: string;
  readonly report: T;
}

/** A name as compared: NFKC (full-width letters and digits as ASCII), without any blank. */
export const nameKey = (name: string): string => name.normalize("NFKC").replace(/\s+/g, "");

/** The place an area is (`青山县` for `青山县人民政府`), as compared. */
export const areaPlace = (area: string): string => nameKey(area).replace(/人民政府$/, "");

/** what a township's or sub-district's full name adds to its short one (兴国镇人民政府, 东城街道办事处) */
const SUFFIX = /(人民政府|办事处)$/;

/** the last character of an area's name that is also used alone for it (县教育局 in 青山县) */
const LEVELS = "县区市旗州盟";

/** The names a body goes by (full and short, and within `area` without the area's name), each once. */
export function bodyNames(org: Pick<Org, "name" | "shortName">, area = ""): string[] {
  const a = areaPlace(area);
  const level = a.length > 1 && LEVELS.includes(a.slice(-1)) ? a.slice(-1) : "";
  const names = new Set<string>();
  for (const n of [org.name, org.shortName].map(nameKey)) {
    if (n === "") continue;
    names.add(n);
    const bare = n.replace(SUFFIX, "");
    if (bare.length > 1 && bare !== n) names.add(bare);
    if (a !== "" && n.startsWith(a) && n.length > a.length) names.add(n.slice(a.length));
    else if (level !== "" && n.startsWith(level) && n.length > 2) names.add(n.slice(1));
  }
  return [...names];
}

/** The body's name for people: the full name, else the short one. */
export const bodyName = (org: Pick<Org, "name" | "shortName">): string =>
  org.name.trim() || org.shortName.trim() || "（未写机关名称）";

/** Reports by body name and year. */
export class BodyYearIndex<T extends Dated> {
  private readonly byKey = new Map<string, Entry<T>[]>();

  /** `area`: the area the bodies are of, when known (see `bodyNames`) */
  constructor(
    entries: Iterable<Entry<T>> = [],
    private readonly area = "",
  ) {
    for (const e of entries) this.add(e);
  }

  add(entry: Entry<T>): void {
    for (const name of bodyNames(entry.report.org, this.area)) {
      const key = `${name}#${entry.report.year}`;
      const list = this.byKey.get(key);
      if (list) list.push(entry);
      else this.byKey.set(key, [entry]);
    }
  }

  /** Every report of the body (by any of its names) of the year, each file once. */
  of(org: Dated["org"], year: number): Entry<T>[] {
    const out: Entry<T>[] = [];
    for (const name of bodyNames(org, this.area))
      for (const e of this.byKey.get(`${name}#${year}`) ?? []) if (!out.some((o) => o.file === e.file)) out.push(e);
    return out;
  }

  /** The other files of the same body and year as `entry`. */
  sameBodyYear(entry: Entry<Dated>): Entry<T>[] {
    return this.of(entry.report.org, entry.report.year).filter((e) => e.file !== entry.file);
  }

  /** Last year's report of the body: used when exactly one file claims it; all of them when several do. */
  lastYear(report: Dated): { readonly used?: Entry<T>; readonly ambiguous?: Entry<T>[] } {
    const found = this.of(report.org, report.year - 1);
    if (found.length === 1) return { used: found[0] as Entry<T> };
    return found.length > 1 ? { ambiguous: found } : {};
  }
}
