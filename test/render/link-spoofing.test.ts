/**
 * The published page never makes a look-alike a live link (issue 15): an address with a user part
 * (`https://x.gov.cn@evil.example/` goes to evil.example) or a host that is not what it shows stays
 * plain, escaped text, in the preface's address and in the text alike; a real address still links;
 * invisible controls in names do not reach the page. The Word document makes no links at all.
 */
import { describe, expect, it } from "vitest";
import { writeReportFile } from "../../src/import/report-file.ts";
import { renderReportHtml } from "../../src/render/html/render-html.ts";
import { fullReport } from "../builders.ts";

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? "");

describe("links on the published page", { timeout: 30_000 }, () => {
  it("a spoofed address is shown as text, never linked; the real one links", () => {
    const r = fullReport("gb2021");
    r.publication = { ...r.publication, url: "https://x.gov.cn@evil.example/" };
    r.narrative.preamble = ""; // the standard preface, which states the address
    r.narrative.other =
      "详见 https://www.yunxі.gov.cn/ 和 https://a.gov.cn:pw@evil.example/a，以及 http://www.qinan.gov.cn/x 。";
    r.org = { ...r.org, shortName: "兴国\u202e镇" };
    const html = renderReportHtml(r, { draft: false, reportFile: writeReportFile });
    expect(hrefs(html).filter((h) => /evil|xn--/.test(h))).toEqual([]);
    expect(hrefs(html)).toContain("http://www.qinan.gov.cn/x");
    expect(html).toContain("https://x.gov.cn@evil.example/");
    expect(html).not.toContain("\u202e");
  });
});
