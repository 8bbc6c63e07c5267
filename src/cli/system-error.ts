/**
 * What the operating system's errors mean, in one Chinese sentence each, for every command: the
 * file, what went wrong and what to do (`ENOSPC` → 磁盘空间不足，请清理磁盘后重试). No code, no
 * English, no stack trace reaches the clerk; `NIANBAO_DEBUG=1` adds the original error for whoever
 * debugs. The safe writer, the input reader, the commands and `main`'s last resort all use it.
 */
import process from "node:process";

export type FileAction = "read" | "write" | "folder";

/** What went wrong, by error code, for reading a file, writing one, or making or listing a folder. */
const REASONS: Readonly<Record<string, (action: FileAction) => string>> = {
  ENOENT: (a) => (a === "read" ? "文件不存在，请检查路径和文件名" : "所在的文件夹不存在，请先建好文件夹，或换一个路径"),
  ENOTDIR: () => "路径中有一段不是文件夹，请检查路径",
  EISDIR: (a) => (a === "read" ? "这是一个文件夹，不是文件" : "这个名字已是一个文件夹，请换一个文件名"),
  EEXIST: (a) => (a === "folder" ? "已有同名的文件，不能建成文件夹，请换一个文件夹名" : "已有同名的文件"),
  ELOOP: () => "符号链接绕成了圈（或链接层数过多），找不到真正的文件，请检查这个链接",
  ENAMETOOLONG: () => "文件名或路径太长（一个文件名最多约 80 个汉字），请换一个短一些的名字或位置",
  EACCES: () => "没有权限，请检查文件和文件夹的权限，或换一个位置",
  EPERM: () => "操作不被允许（没有权限，或文件被锁定），请检查权限，或换一个位置",
  EROFS: () => "所在的磁盘是只读的（如光盘、只读挂载或写保护的 U 盘），请换一个可以写入的位置",
  ENOSPC: () => "磁盘空间不足，请清理磁盘或换一个位置后重试",
  EDQUOT: () => "超出了磁盘配额，请清理文件或换一个位置后重试",
  EFBIG: () => "文件超出了这个磁盘允许的大小",
  EMFILE: () => "同时打开的文件太多，请稍后重试",
  ENFILE: () => "系统同时打开的文件太多，请稍后重试",
  EBUSY: () => "文件正被别的程序占用，请关闭那个程序后重试",
  ETXTBSY: () => "文件正被别的程序占用，请关闭那个程序后重试",
  ENXIO: () => "这是一个套接字或没有连接的设备，不是普通文件",
  ENODEV: () => "这是一个设备，不是普通文件",
  EIO: () => "读写磁盘时出错（磁盘或 U 盘可能有故障），请检查磁盘后重试",
  EAGAIN: () => "文件暂时无法读取（可能是管道或设备），不是普通文件",
  EINVAL: () => "文件名或路径无效，请换一个名字",
  EXDEV: () => "不能跨磁盘移动文件",
  ERR_INVALID_ARG_VALUE: () => "文件名中有不允许的字符（如空字符），请换一个名字",
  ERR_INVALID_ARG_TYPE: () => "文件名无效，请换一个名字",
  ERR_FS_FILE_TOO_LARGE: () => "文件太大，无法读取",
};

/** Errors of the JavaScript engine that a huge or hostile file can provoke. */
function engineReason(e: unknown): string | undefined {
  const message = e instanceof Error ? e.message : String(e);
  if (/Maximum call stack size exceeded/i.test(message)) return "内容嵌套太深，无法处理";
  if (/Invalid string length|Array buffer allocation failed|allocation failed|out of memory/i.test(message))
    return "内容太大，超出了一次能处理的大小";
  return undefined;
}

/** The reason in Chinese: by the error's code, an engine limit, or a general sentence. */
export function systemReason(e: unknown, action: FileAction): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code !== undefined ? REASONS[code]?.(action) : undefined) ?? engineReason(e);
  return `${reason ?? "系统报告了一个错误"}${debugSuffix(e)}`;
}

/** `无法读取 a.json：文件不存在，请检查路径和文件名` */
export function describeSystemError(e: unknown, path: string, action: FileAction): string {
  const verb = action === "read" ? "无法读取文件" : action === "write" ? "无法写入" : "无法使用文件夹";
  return `${verb} ${path}：${systemReason(e, action)}`;
}

/** A failure nobody foresaw, said without a stack trace (`NIANBAO_DEBUG=1` shows it). */
export function describeUnexpected(e: unknown): string {
  const engine = engineReason(e);
  if (engine) return `处理时出错：${engine}。请确认选对了文件${debugSuffix(e)}`;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && REASONS[code]) return `处理时出错：${systemReason(e, "read")}`;
  return `内部错误：本软件遇到了没有预料到的情况，请把所用的命令和文件告诉维护人员${debugSuffix(e)}`;
}

function debugSuffix(e: unknown): string {
  if (process.env.NIANBAO_DEBUG !== "1") return "";
  return `\n[调试] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
}
