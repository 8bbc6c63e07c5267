/**
 * The files a reviewer gives the 审核 page — picked (many at once, or a folder) or dropped (files,
 * folders, any mix) — as name → File, the name being the path below what was given
 * (`乡镇街道/城关镇.docx`). Folders are walked to the end; only the files a review reads are kept
 * (`isReportFileName`); two files of the same path get `（2）`.
 */
import { isReportFileName } from "../../review/report-files.ts";

/** FileSystemEntry as Chromium, Firefox and Safari give it for a drop (not in TypeScript's DOM types). */
interface Entry {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  readonly fullPath: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

/** at most this many files from one drop (a province is split into jobs, README) */
const MAX_FILES = 20_000;

async function walk(entry: Entry, out: [string, File][]): Promise<void> {
  if (out.length >= MAX_FILES) return;
  if (entry.isFile && entry.file) {
    const file = await new Promise<File | null>((ok) => entry.file?.(ok, () => ok(null)));
    if (file) out.push([entry.fullPath.replace(/^\//, ""), file]);
    return;
  }
  const reader = entry.isDirectory ? entry.createReader?.() : undefined;
  if (!reader) return;
  // readEntries gives a folder's entries in chunks: ask until it gives none
  for (;;) {
    const chunk = await new Promise<Entry[]>((ok) => reader.readEntries(ok, () => ok([])));
    if (chunk.length === 0) return;
    for (const child of chunk) await walk(child, out);
  }
}

/** Adds files to `into`, keeping only report files; returns how many were added and how many left out. */
export function addFiles(
  into: Map<string, File>,
  files: Iterable<readonly [string, File]>,
): { added: number; skipped: number } {
  let added = 0;
  let skipped = 0;
  for (const [path, file] of files) {
    if (!isReportFileName(file.name) || into.size >= MAX_FILES) {
      skipped++;
      continue;
    }
    let name = path || file.name;
    for (let n = 2; into.has(name); n++) name = `${path}（${n}）`;
    into.set(name, file);
    added++;
  }
  return { added, skipped };
}

/** Files picked with an <input type="file" multiple> or <input webkitdirectory>. */
export const pickedFiles = (list: FileList): [string, File][] =>
  [...list].map((f) => [f.webkitRelativePath || f.name, f]);

/** Files (and whole folders) dropped on the page. */
export async function droppedFiles(data: DataTransfer): Promise<[string, File][]> {
  const entries = [...data.items]
    .map((item) => (item.kind === "file" ? (item.webkitGetAsEntry?.() as Entry | null) : null))
    .filter((e): e is Entry => e !== null);
  if (entries.length === 0) return [...data.files].map((f) => [f.name, f]);
  const out: [string, File][] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}
