/**
 * 基本信息: organisation, report year and format, where and by when it is published, contact
 * details, the opening text (the edition's opening, 报告开头), and last year's report for the cross-year checks.
 * Every field is saved as it is typed and can be undone.
 */
import { type ReactNode } from "react";
import type { Contact, EditionDef, OrgKind } from "../../model/types.ts";
import { narrativeName, statisticsPeriod } from "../../model/report.ts";
import { editContact, editOrg, editPublication, useAppStore } from "../../store/index.ts";
import { DeadlinePicker } from "../common/DeadlinePicker.tsx";
import { Field } from "../common/Field.tsx";
import { deadlineStatus, ORG_KIND_LABEL, todayIso } from "../common/labels.ts";
import { GuidancePanel } from "../narrative/GuidancePanel.tsx";
import { NarrativeEditor } from "../narrative/NarrativeEditor.tsx";
import { PreviousYearBox } from "./PreviousYearBox.tsx";

function TextField({
  label,
  field,
  hint,
  value,
  onChange,
  type = "text",
}: {
  label: string;
  /** the report field, for going to a finding about it */
  field: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  type?: string;
}) {
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      {(p) => (
        <input
          {...p}
          type={type}
          data-field={field}
          className="input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

const CONTACT_FIELDS: readonly (readonly [keyof Contact, string])[] = [
  ["office", "联系机构"],
  ["phone", "联系电话"],
  ["fax", "传真"],
  ["email", "电子邮箱"],
  ["address", "通讯地址"],
  ["postcode", "邮政编码"],
];

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="info-group">
      <legend className="info-group__title">{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

export function BasicInfoSection({ edition }: { edition: EditionDef }) {
  const report = useAppStore((s) => s.report);
  if (!report) return null;
  const { org, publication: pub, contact } = report;
  const deadline = deadlineStatus(report, todayIso());
  return (
    <section className="section" aria-labelledby="h-basic">
      <div className="section__head">
        <h2 id="h-basic" className="section__title">
          基本信息
        </h2>
      </div>
      <Group title="机关">
        <TextField
          label="机关全称"
          field="org.name"
          hint="如：兴国镇人民政府"
          value={org.name}
          onChange={(name) => editOrg({ name })}
        />
        <TextField
          label="简称"
          field="org.shortName"
          hint="用于报告标题"
          value={org.shortName}
          onChange={(shortName) => editOrg({ shortName })}
        />
        <Field label="机关类型" hint="乡镇、街道和县级人民政府须报告工作考核、社会评议和责任追究结果">
          {(p) => (
            <select
              {...p}
              className="select"
              value={org.kind}
              onChange={(e) => editOrg({ kind: e.target.value as OrgKind })}
            >
              {(Object.keys(ORG_KIND_LABEL) as OrgKind[]).map((k) => (
                <option key={k} value={k}>
                  {ORG_KIND_LABEL[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label="上级机关"
          field="org.parent"
          hint="所属县（区、市）"
          value={org.parent}
          onChange={(parent) => editOrg({ parent })}
        />
        <Field label="报告年度" hint={statisticsPeriod(report.year)}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={`${report.year} 年度（${edition.basis}）`}
              readOnly
              aria-readonly="true"
            />
          )}
        </Field>
      </Group>
      <Group title="发布">
        <TextField
          label="发布网站名称"
          field="publication.site"
          value={pub.site}
          onChange={(site) => editPublication({ site })}
        />
        <TextField label="网址" field="publication.url" value={pub.url} onChange={(url) => editPublication({ url })} />
        <TextField
          label="发布日期"
          field="publication.date"
          type="date"
          value={pub.date}
          onChange={(date) => editPublication({ date })}
        />
        <Field label="发布期限" hint={deadline.text}>
          {(p) => (
            <DeadlinePicker
              id={p.id}
              year={report.year}
              value={pub.deadline ?? "01-31"}
              onChange={(deadline) => editPublication({ deadline })}
            />
          )}
        </Field>
      </Group>
      <Group title="联系方式">
        {CONTACT_FIELDS.map(([key, label]) => (
          <TextField
            key={key}
            label={label}
            field={`contact.${key}`}
            value={contact[key]}
            onChange={(v) => editContact({ [key]: v })}
          />
        ))}
      </Group>
      <PreviousYearBox />
      <div className="info-group info-group--text narr-layout narr-layout--with-guide">
        <NarrativeEditor
          narrativeKey="preamble"
          label={narrativeName(edition, "preamble")}
          help={`可以不填：留空时自动生成标准的${narrativeName(edition, "preamble")}（法律依据、报告的六个部分、统计期限、发布网址和联系方式）。自己写时请写明统计期限。`}
        />
        <GuidancePanel narrativeKey="preamble" />
      </div>
    </section>
  );
}
