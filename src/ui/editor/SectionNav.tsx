/** Navigation by the report's sections (基本信息, 一 … 六), each with its count of open findings. */
import type { EditionDef } from "../../model/types.ts";
import { goToSection, sectionCountsOf, useAppStore, type SectionCount } from "../../store/index.ts";
import { sectionKeyOf } from "./section-keys.ts";

function Counts({ count, empty }: { count: SectionCount | undefined; empty: boolean }) {
  if ((!count || count.E + count.W + count.I === 0) && empty) return <span className="section-nav__empty">未填</span>;
  if (!count || count.E + count.W + count.I === 0)
    return (
      <span className="section-nav__ok" aria-label="没有问题">
        ✓
      </span>
    );
  const parts: string[] = [];
  if (count.E) parts.push(`${count.E} 个错误`);
  if (count.W) parts.push(`${count.W} 个警告`);
  if (count.I) parts.push(`${count.I} 个提示`);
  return (
    <span className="section-nav__counts" aria-label={parts.join("，")}>
      {count.E > 0 && <span className="badge badge--E">{count.E}</span>}
      {count.W > 0 && <span className="badge badge--W">{count.W}</span>}
      {count.E === 0 && count.W === 0 && count.I > 0 && <span className="badge badge--I">{count.I}</span>}
    </span>
  );
}

export function SectionNav({ edition }: { edition: EditionDef }) {
  const section = useAppStore((s) => s.section);
  const view = useAppStore((s) => s.view);
  const counts = useAppStore((s) => (s.report ? sectionCountsOf(s.report) : null));
  const review = useAppStore((s) => s.report?.review);
  const narrative = useAppStore((s) => s.report?.narrative);
  const items = [
    { key: "basic", label: "基本信息", review: review?.includes("preamble") ?? false, empty: false },
    ...edition.sections.map((sec) => ({
      key: sectionKeyOf(sec),
      label: sec.heading,
      review: sec.narrative ? (review?.includes(sec.narrative) ?? false) : false,
      empty: sec.narrative ? (narrative?.[sec.narrative] ?? "").trim() === "" : false,
    })),
  ];
  return (
    <nav className="section-nav" aria-label="报告各部分">
      <ol className="section-nav__list">
        {items.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              className="section-nav__item"
              aria-current={view === "edit" && section === item.key ? "page" : undefined}
              onClick={() => goToSection(item.key)}
            >
              <span className="section-nav__label">
                {item.label}
                {item.review && <span className="section-nav__review">待核对</span>}
              </span>
              <Counts count={counts?.get(item.key)} empty={item.empty} />
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
