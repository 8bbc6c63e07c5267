/**
 * Every screen of the app that the accessibility tests visit (axe, and the 200 % zoom checks), each
 * as the way a clerk gets there. A new screen is one line in APP_SCREENS. The sections come from the
 * editions, so a section added to an edition is audited without a change here.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { writeReportFile } from "../../src/import/report-file.ts";
import { getEdition } from "../../src/model/editions/index.ts";
import type { EditionDef } from "../../src/model/types.ts";
import { fullReport } from "../builders.ts";
import { writeReviewNotes, NOTES_FORMAT, NOTES_VERSION } from "../../src/review/review-notes-file.ts";
import { goTo, saved, startReport, typeCell } from "./app-page.ts";
import { countyOnDisk, giveCountyFolder, openBody, openReviewPage, startReview } from "./review-page.ts";

export interface AppUnderTest {
  readonly page: Page;
  /** the built app's address */
  readonly url: string;
}

export interface Screen {
  readonly name: string;
  readonly open: (app: AppUnderTest) => Promise<void>;
}

const at = (name: string, open: Screen["open"]): Screen => ({ name, open });

function edition(id: string): EditionDef {
  const e = getEdition(id);
  if (!e) throw new Error(`no edition ${id}`);
  return e;
}

const home = async ({ page, url }: AppUnderTest) => {
  await page.goto(url);
  await page.waitForSelector(".start");
};

const newReport = ({ page, url }: AppUnderTest) => startReport(page, url);

const inSection =
  (heading: string, year?: number) =>
  async ({ page, url }: AppUnderTest): Promise<void> => {
    await startReport(page, url, undefined, year);
    await goTo(page, heading);
  };

const APPLY = "三、收到和处理政府信息公开申请情况";
const PROBLEMS = "五、存在的主要问题及改进情况";

const exportItem = async (page: Page, name: RegExp) => {
  await page.getByRole("button", { name: "导出 ▾" }).click();
  await page.getByRole("button", { name }).click();
};

/** a report file on disk, as the clerk would pick it */
function fileOf(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "nianbao-a11y-")), name);
  writeFileSync(path, text);
  return path;
}

const pickFile = async (page: Page, label: string, path: string) => {
  await page.setInputFiles(`input[aria-label="${label}"]`, path);
  await page.getByRole("dialog").waitFor();
};

/** the generated county reviewed on the 审核 page */
const reviewed = async ({ page, url }: AppUnderTest) => {
  await openReviewPage(page, url);
  await giveCountyFolder(page, await countyOnDisk());
  await startReview(page);
};

/** a new report with a 审核意见 for it opened beside the findings (a point resolved, one open, one across bodies) */
const withReviewNotes = async (app: AppUnderTest) => {
  await newReport(app);
  const year = Number.parseInt(await app.page.getByLabel("报告年度").inputValue(), 10);
  const point = {
    scope: "report",
    severity: "E",
    where: "三、收到和处理政府信息公开申请情况",
    note: "请核实。",
  } as const;
  const notes = writeReviewNotes({
    format: NOTES_FORMAT,
    version: NOTES_VERSION,
    report: { org: "兴国镇人民政府", shortName: "兴国镇", year, edition: "gb2021", file: "兴国镇.docx" },
    reviewer: "青山县人民政府办公室",
    date: "2026-01-15",
    note: "请按意见修改后重新报送。",
    points: [
      { ...point, id: "R3-01:cells:none", rule: "R3-01", message: "自然人列不平衡" },
      { ...point, id: "RD-07d:x", scope: "county", rule: "RD-07d", severity: "W", message: "五与他人雷同" },
    ],
  });
  await app.page.setInputFiles('input[aria-label="打开审核意见文件"]', fileOf("审核意见-兴国镇.json", notes));
  await app.page.locator(".review-points__item").first().waitFor();
};

export const APP_SCREENS: readonly Screen[] = [
  at("开始页", home),
  at("开始页：浏览器不能保存草稿", async (app) => {
    await app.page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
    await home(app);
  }),
  at("基本信息", newReport),
  ...edition("gb2021").sections.map((s) => at(s.heading, inSection(s.heading))),
  ...edition("gb2019")
    .sections.filter((s) => s.table)
    .map((s) => at(`${s.heading}（2019 年格式）`, inSection(s.heading, 2020))),
  at("三：格中的错误提示", async (app) => {
    await inSection(APPLY)(app);
    await typeCell(app.page, "apply.newReceived.natural", "十二");
    // the focused cell's message, in the bar below the work area
    await app.page.locator(".cell-status__mark").first().waitFor();
  }),
  at("三：填报口径", async (app) => {
    await inSection(APPLY)(app);
    await app.page.locator(".counting-help summary").click();
    await app.page.locator(".counting-help__note").first().waitFor();
  }),
  at("查找替换", async (app) => {
    await newReport(app);
    await app.page.getByRole("button", { name: "查找替换" }).click();
    await app.page.getByRole("dialog", { name: "查找替换" }).waitFor();
  }),
  at("五：正文中标出的问题", async (app) => {
    await inSection(PROBLEMS)(app);
    await app.page.fill(
      'textarea[data-narrative="problems"]',
      "一是申请人逾期补证的情况较多；二是公开、便民、高校的服务还有差距。",
    );
    await app.page.locator(".narr__findings").waitFor();
  }),
  at("检查结果：说明原因", async (app) => {
    await newReport(app);
    await app.page.locator(".findings").getByRole("button", { name: "说明原因" }).first().click();
    await app.page.locator(".finding__explain textarea").waitFor();
  }),
  at("预览", async (app) => {
    await newReport(app);
    await app.page.getByRole("button", { name: "预览发布页面" }).click();
    await app.page.locator("iframe.preview__frame").waitFor();
  }),
  at("预览：手机宽度", async (app) => {
    await newReport(app);
    await app.page.getByRole("button", { name: "预览发布页面" }).click();
    await app.page.getByRole("button", { name: /^手机/ }).click();
    await app.page.locator(".preview__stage--phone").waitFor();
  }),
  at("导出菜单", async (app) => {
    await newReport(app);
    await app.page.getByRole("button", { name: "导出 ▾" }).click();
    await app.page.locator("#export-list").waitFor();
  }),
  at("导出最终版前的提醒", async (app) => {
    await newReport(app);
    await exportItem(app.page, /最终版网页/);
    await app.page.getByRole("dialog", { name: "导出最终版前请确认" }).waitFor();
  }),
  at("还不能导出最终版", async (app) => {
    await newReport(app);
    await exportItem(app.page, /最终版 Word/);
    await app.page.getByRole("button", { name: "仍然导出" }).click();
    await app.page.getByRole("dialog", { name: /还不能导出最终版/ }).waitFor();
  }),
  at("删除草稿", async (app) => {
    await newReport(app);
    await saved(app.page);
    await app.page.getByRole("button", { name: /首页/ }).click();
    await app.page.locator(".drafts__item").first().getByRole("button", { name: /^删除/ }).click();
    await app.page.getByRole("dialog", { name: "删除草稿" }).waitFor();
  }),
  at("导入摘要：打开报告文件", async (app) => {
    await home(app);
    await pickFile(app.page, "选择要打开的报告文件", "test/fixtures/import/seed-001-quangang-2020.txt");
  }),
  at("导入摘要：从去年的报告开始", async (app) => {
    await home(app);
    await pickFile(app.page, "选择去年的报告文件", fileOf("去年.json", writeReportFile(fullReport("gb2021"))));
  }),
  at("检查结果：审核意见", withReviewNotes),
  at("审核页", (app) => openReviewPage(app.page, app.url)),
  at("审核页：审核结果", reviewed),
  at("审核页：一个机关的详情", async (app) => {
    await reviewed(app);
    await openBody(app.page, "城关镇");
  }),
];
