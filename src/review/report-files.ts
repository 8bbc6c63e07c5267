/**
 * Which files a review reads, by name: what the importer reads (report files, Word, PDF, web pages,
 * markdown, text) and the old formats it names (.doc, .wps, .rtf: listed unreadable with the
 * reason, not skipped), never a hidden file or an Office lock file (`~$…`). The CLI and the app's
 * 审核 page pick files by it alike.
 */
const REPORT_FILE = /\.(json|docx|doc|wps|rtf|pdf|html?|mht|mhtml|md|markdown|txt)$/i;

export const isReportFileName = (name: string): boolean =>
  REPORT_FILE.test(name) && !name.startsWith(".") && !name.startsWith("~$");
