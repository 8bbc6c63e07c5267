/**
 * A throwaway third edition, declared the way README's "How to add an edition" says: its own
 * table 二 (gb2021's blocks plus a new 政务服务事项 block), table 三 and 四 from the shared parts, the
 * shared rules plus one of its own, its facts (sections, opening, documents, 信息处理费) and its graphic. Only tests
 * use it: `third-edition.test.tsx` lists it in the registry and closes gb2021's year range.
 */
import { blocksTable, groupedTable } from "../../src/model/define.ts";
import { assembleEdition } from "../../src/model/editions/assemble.ts";
import { applyAndReviewChart } from "../../src/model/editions/chart-parts.ts";
import { gb2021 } from "../../src/model/editions/gb2021.ts";
import { narrativeRules2021, PROCESSING_FEE } from "../../src/model/editions/narrative-rules.ts";
import {
  applyTable,
  HEADINGS,
  noRegulations,
  OPENING,
  REVIEW,
  SECTIONS,
  sharedRules,
} from "../../src/model/editions/shared-parts.ts";
import type { EditionDef } from "../../src/model/types.ts";

const SERVICES = "active.services";

const active = blocksTable({
  id: "active",
  section: HEADINGS.active,
  gridCols: 4,
  colWidths: [34, 22, 22, 22],
  blocks: [
    {
      caption: "第二十条第（一）项",
      head: ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      rows: [
        {
          label: "规章",
          values: ["active.regulations.issued", "active.regulations.repealed", "active.regulations.valid"],
        },
        {
          label: "行政规范性文件",
          values: ["active.normativeDocs.issued", "active.normativeDocs.repealed", "active.normativeDocs.valid"],
        },
      ],
    },
    {
      caption: "第二十条第（十）项",
      head: ["信息内容", "事项总数", "本年新增", "其中网上可办"],
      rows: [{ label: "政务服务事项", values: [`${SERVICES}.total`, `${SERVICES}.added`, `${SERVICES}.online`] }],
    },
  ],
});

const OTHER_ROWS = [{ id: "apply.result.other.misc", labels: ["1.其他"], name: "其他处理" }];
const apply = applyTable(OTHER_ROWS);

export const gb2030: EditionDef = assembleEdition({
  id: "gb2030",
  years: [2030, null],
  basis: "国办公开办函〔2030〕1号",
  opening: OPENING,
  sections: SECTIONS,
  built: [active, apply, groupedTable(REVIEW)],
  documents: gb2021.documents,
  processingFee: { ...PROCESSING_FEE, unpaidCell: "apply.result.other.misc.total" },
  chart: {
    unit: "件",
    panels: [
      ...applyAndReviewChart(OTHER_ROWS),
      {
        kind: "bars",
        key: "services",
        title: "政务服务事项",
        bars: [
          { key: "services.total", label: "事项总数", cells: [`${SERVICES}.total`] },
          { key: "services.online", label: "其中网上可办", cells: [`${SERVICES}.online`] },
        ],
      },
    ],
  },
  rules: [
    ...sharedRules(),
    {
      id: "R2''-01",
      severity: "E",
      title: "网上可办的政务服务事项不多于事项总数",
      kind: "at-most",
      instances: [
        {
          scope: "政务服务事项",
          termNames: "col",
          lhs: [{ cell: `${SERVICES}.online` }],
          rhs: [{ cell: `${SERVICES}.total` }],
        },
      ],
    },
    {
      id: "R2-03",
      severity: "E",
      title: "主动公开各格为非负整数，无则填 0",
      kind: "cell-values",
      tables: ["active"],
    },
    noRegulations(["active.regulations.issued", "active.regulations.repealed", "active.regulations.valid"]),
    ...narrativeRules2021().filter((r) => r.id !== "R3-08"),
  ],
});
