/** Escaping text and attribute values for WordprocessingML (text is already free of control characters). */
const NEEDS_TEXT = /[&<>]/;
const TEXT = /[&<>]/g;
const ATTR = /[&<>"]/g;
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export const xmlText = (s: string): string => (NEEDS_TEXT.test(s) ? s.replace(TEXT, (c) => ENTITY[c] ?? c) : s);
export const xmlAttr = (s: string): string => s.replace(ATTR, (c) => ENTITY[c] ?? c);

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
