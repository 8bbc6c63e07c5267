/**
 * What the importer says when a document's markup is beyond its bounds (limits.ts): too many
 * elements to be a report (refused), or nested deeper than any real report (read as text, noted).
 */
import { MAX_MARKUP_DEPTH, MAX_MARKUP_NODES } from "./limits.ts";

const count = (n: number) => n.toLocaleString("en-US");

/** `what` is 网页 or Word 文档. */
export const tooLargeReason = (what: string): string =>
  `${what}的结构过于庞大（超过 ${count(MAX_MARKUP_NODES)} 个元素），不像是一份年度报告，没有导入`;

export const nestingNote = (what: string, flattened: number): string =>
  `${what}中有 ${count(flattened)} 个元素嵌套超过 ${MAX_MARKUP_DEPTH} 层，只按文字读取了其中的内容`;
