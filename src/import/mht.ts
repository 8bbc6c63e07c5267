/**
 * A web page saved as one file (.mht / .mhtml, "网页，单个文件"; also what some sites serve as
 * .doc): a MIME message (RFC 2046) whose HTML part is quoted-printable or base64 in the page's own
 * charset, possibly inside a nested multipart/alternative. Parts are separated by lines that are
 * exactly the boundary (text elsewhere that merely contains it is body). Gives back that HTML, or
 * null when the bytes hold no HTML part.
 */
import { decodeDeclared } from "./decode-text.ts";

const latin1 = (b: Uint8Array) => new TextDecoder("latin1").decode(b);
const toBytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** nested multiparts followed at most this deep */
const MAX_NESTING = 8;

export function isMht(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096));
  return (
    /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?(?:MIME-Version:|Content-Type:\s*multipart\/related)/i.test(head) &&
    /multipart\/(?:related|alternative|mixed)/i.test(head)
  );
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const s = body.replace(/=\r?\n/g, "");
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const hex = c === 0x3d ? s.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out[n++] = Number.parseInt(hex, 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function decodeBase64(body: string): Uint8Array {
  const clean = body.replace(/[^A-Za-z0-9+/]/g, "");
  return toBytes(atob(clean.slice(0, clean.length - (clean.length % 4))));
}

interface Part {
  readonly headers: string;
  readonly body: string;
}

/** Headers (folded lines unfolded) and body of a MIME entity. */
function entity(text: string): Part {
  const split = /\r?\n\r?\n/.exec(text);
  if (!split) return { headers: text.replace(/\r?\n[ \t]+/g, " "), body: "" };
  return {
    headers: text.slice(0, split.index).replace(/\r?\n[ \t]+/g, " "),
    body: text.slice(split.index + split[0].length),
  };
}

const header = (headers: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\n)${name}:\\s*([^\\r\\n]*)`, "i").exec(headers)?.[1];

const param = (value: string | undefined, name: string): string | undefined =>
  value === undefined
    ? undefined
    : new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value)?.slice(1).find(Boolean);

/** The parts of a multipart body: what lies between lines that are exactly `--boundary`. */
function parts(body: string, boundary: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  const delimiter = `--${boundary}`;
  for (const line of body.split(/\r?\n/)) {
    const t = line.trimEnd();
    if (t === delimiter || t === `${delimiter}--`) {
      if (current) out.push(current.join("\r\n"));
      current = t === delimiter ? [] : null;
      if (t !== delimiter) break;
      continue;
    }
    current?.push(line);
  }
  if (current && current.length > 0) out.push(current.join("\r\n"));
  return out;
}

function findHtml(part: Part, depth: number): string | null {
  const type = header(part.headers, "Content-Type") ?? "text/plain";
  if (/^\s*multipart\//i.test(type)) {
    const boundary = param(type, "boundary");
    if (!boundary || depth >= MAX_NESTING) return null;
    for (const p of parts(part.body, boundary)) {
      const html = findHtml(entity(p), depth + 1);
      if (html !== null) return html;
    }
    return null;
  }
  if (!/^\s*text\/html/i.test(type)) return null;
  const encoding = header(part.headers, "Content-Transfer-Encoding")?.trim().toLowerCase();
  const raw =
    encoding === "quoted-printable"
      ? decodeQuotedPrintable(part.body)
      : encoding === "base64"
        ? decodeBase64(part.body)
        : toBytes(part.body);
  const charset = param(type, "charset") ?? /charset\s*=\s*["']?([\w-]+)/i.exec(latin1(raw.subarray(0, 4096)))?.[1];
  return decodeDeclared(raw, charset);
}

/** The HTML part of a saved single-file web page. */
export function mhtHtml(bytes: Uint8Array): string | null {
  return findHtml(entity(latin1(bytes)), 0);
}
