/**
 * A new report: organisation, year (the edition follows it; the report due next is chosen at first),
 * where it is published, the publication deadline (default 1月31日, configurable, days left shown) and
 * contact details. The 开始填写 button stays in view; a failed submit takes the clerk to the field.
 */
import { useRef, useState, type FormEvent } from "react";
import { editionForYear, FIRST_YEAR } from "../../model/editions/index.ts";
import { daysUntilDeadline, deadlineDate, newReport, nextDueReportYear, reportTitle } from "../../model/report.ts";
import type { OrgKind } from "../../model/types.ts";
import { createDraft } from "../../store/index.ts";
import { DeadlinePicker } from "../common/DeadlinePicker.tsx";
import { Field } from "../common/Field.tsx";
import { deadlineText, ORG_KIND_LABEL, todayIso } from "../common/labels.ts";

export function NewReportForm() {
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [shortName, setShortName] = useState("");
  const [kind, setKind] = useState<OrgKind>("township");
  const [parent, setParent] = useState("");
  const [year, setYear] = useState(() => Math.max(FIRST_YEAR, nextDueReportYear(today)));
  const [site, setSite] = useState("");
  const [url, setUrl] = useState("");
  const [deadline, setDeadline] = useState("01-31");
  const [office, setOffice] = useState("");
  const [phone, setPhone] = useState("");
  const [address, setAddress] = useState("");
  const [postcode, setPostcode] = useState("");
  const [email, setEmail] = useState("");
  const [tried, setTried] = useState(false);

  const edition = editionForYear(year);
  const pub = { site, url, date: "", deadline };
  const days = daysUntilDeadline({ year, publication: pub }, today);
  const nameMissing = name.trim() === "";
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (nameMissing) {
      // the first missing field, in view and focused
      nameInput.current?.scrollIntoView({ block: "center" });
      nameInput.current?.focus();
      return;
    }
    if (!edition) return;
    const report = newReport(year, { name: name.trim(), shortName: shortName.trim(), kind, parent: parent.trim() });
    report.publication = { site: site.trim(), url: url.trim(), date: "", deadline };
    report.contact = {
      ...report.contact,
      office: office.trim(),
      phone: phone.trim(),
      address: address.trim(),
      postcode: postcode.trim(),
      email: email.trim(),
    };
    void createDraft(report);
  };

  return (
    <form className="form-grid" onSubmit={submit} noValidate aria-describedby="new-hint">
      <p id="new-hint" className="form-intro muted small">
        带 * 的为必填项；其余内容可以稍后在“基本信息”中补充。
      </p>
      <Field label="机关全称" required hint="如：兴国镇人民政府">
        {(p) => (
          <input
            {...p}
            ref={nameInput}
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={tried && nameMissing ? true : undefined}
            autoFocus
          />
        )}
      </Field>
      <Field label="简称" hint="用于报告标题，如：兴国镇">
        {(p) => <input {...p} className="input" value={shortName} onChange={(e) => setShortName(e.target.value)} />}
      </Field>
      <Field label="机关类型">
        {(p) => (
          <select {...p} className="select" value={kind} onChange={(e) => setKind(e.target.value as OrgKind)}>
            {(Object.keys(ORG_KIND_LABEL) as OrgKind[]).map((k) => (
              <option key={k} value={k}>
                {ORG_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="上级机关" hint="所属县（区、市），如：秦安县">
        {(p) => <input {...p} className="input" value={parent} onChange={(e) => setParent(e.target.value)} />}
      </Field>
      <Field
        label="报告年度"
        hint={edition ? `适用格式：${edition.basis}。默认是下一份到期的报告（${year + 1}年1月31日前发布）` : ""}
      >
        {(p) => (
          <select {...p} className="select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y} 年度
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="发布期限" hint={deadlineText(days, deadlineDate({ year, publication: pub }))}>
        {(p) => <DeadlinePicker id={p.id} year={year} value={deadline} onChange={setDeadline} />}
      </Field>
      <h3 className="form-section-title">发布位置</h3>
      <Field label="发布网站名称" hint="如：中国秦安（县政府门户网站）">
        {(p) => <input {...p} className="input" value={site} onChange={(e) => setSite(e.target.value)} />}
      </Field>
      <Field label="网址">
        {(p) => (
          <input
            {...p}
            className="input"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            inputMode="url"
            placeholder="http://"
          />
        )}
      </Field>
      <h3 className="form-section-title">联系方式</h3>
      <Field label="联系机构" hint="如：兴国镇党政办公室">
        {(p) => <input {...p} className="input" value={office} onChange={(e) => setOffice(e.target.value)} />}
      </Field>
      <Field label="联系电话">
        {(p) => (
          <input {...p} className="input" value={phone} onChange={(e) => setPhone(e.target.value)} inputMode="tel" />
        )}
      </Field>
      <Field label="通讯地址">
        {(p) => <input {...p} className="input" value={address} onChange={(e) => setAddress(e.target.value)} />}
      </Field>
      <Field label="邮政编码">
        {(p) => (
          <input
            {...p}
            className="input"
            value={postcode}
            onChange={(e) => setPostcode(e.target.value)}
            inputMode="numeric"
          />
        )}
      </Field>
      <Field label="电子邮箱">
        {(p) => (
          <input {...p} className="input" value={email} onChange={(e) => setEmail(e.target.value)} inputMode="email" />
        )}
      </Field>
      <div className="form-actions">
        {tried && nameMissing && (
          <p className="form-error" role="alert">
            请填写机关全称。
          </p>
        )}
        <p className="muted small">报告标题：{reportTitle({ org: { name, shortName, kind, parent }, year }) || "—"}</p>
        <button type="submit" className="button button--primary">
          开始填写
        </button>
      </div>
    </form>
  );
}
