/**
 * A report with a hostile string in every text field, for the escaping tests of both outputs:
 * markup, script, Handlebars syntax, a `javascript:` address, quotes and control characters.
 */
import type { Report } from "../../src/model/types.ts";
import { fullReport } from "../builders.ts";

export const HOSTILE = `<img src=x onerror=alert(1)><script>alert(2)</script>{{constructor.constructor 'alert(3)'}}{{{raw}}}"'&amp;`;
export const HOSTILE_URL = "javascript:alert(4)";
/** control characters pasted along with the text; none may reach the output */
export const CONTROL = "\u0000\u0001\u0008\u000B\u000C\u001B\u007F";

export function hostileReport(editionId = "gb2021"): Report {
  const r = fullReport(editionId);
  const h = (tag: string) => `${tag}${HOSTILE}${CONTROL}`;
  r.org = { ...r.org, name: h("机关"), shortName: h("简称"), parent: h("上级") };
  r.publication = { site: h("网站"), url: HOSTILE_URL, date: "2023-01-20" };
  r.contact = {
    office: h("办公室"),
    phone: h("电话"),
    fax: h("传真"),
    email: h("邮箱"),
    address: h("地址"),
    postcode: h("邮编"),
  };
  r.narrative = {
    preamble: "",
    overview: `（一）${HOSTILE}。正文${HOSTILE}${CONTROL}\n1.${HOSTILE}\n见 ${HOSTILE_URL} 与 http://example.cn/a"onmouseover="alert(5)`,
    problems: h("问题"),
    other: h("其他"),
  };
  const id = "review.adminReview.upheld";
  delete r.cells[id];
  r.typed = { [id]: h("输入") };
  return r;
}
