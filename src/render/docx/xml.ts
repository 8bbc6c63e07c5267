/** Escaping attribute values for the few parts written as XML here (the font table, imported styles). */
const ATTR = /[&<>"]/g;
const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export const xmlAttr = (s: string): string => s.replace(ATTR, (c) => ENTITY[c] ?? c);

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
