/**
 * A web page saved as one file (.mht / .mhtml, "网页，单个文件"; also what some sites serve as
 * .doc): a MIME message whose HTML part is quoted-printable or base64 in the page's own charset.
 * Gives back that HTML, or null when the bytes are not such a message.
 */

const latin1 = (b: Uint8Array) => new TextDecoder("latin1").decode(b);
const toBytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

export function isMht(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096));
  return (
    /^(?:[\w-]+:[^\n]*\r?\n)*?(?:MIME-Version:|Content-Type:\s*multipart\/related)/i.test(head) &&
    /multipart\/related/i.test(head)
  );
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const s = body.replace(/=\r?\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? "";
    const hex = c === "=" ? s.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else out.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}

function decodeBase64(body: string): Uint8Array {
  return toBytes(atob(body.replace(/[^A-Za-z0-9+/=]/g, "")));
}

function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  const name = (charset ?? "utf-8").toLowerCase();
  const label = /^(gb2312|gbk|x-gbk|cp936|gb18030)$/.test(name) ? "gb18030" : name;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** The HTML part of a saved single-file web page. */
export function mhtHtml(bytes: Uint8Array): string | null {
  const text = latin1(bytes);
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(text.slice(0, 8192))?.[1];
  if (!boundary) return null;
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/Content-Type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const raw =
      encoding === "quoted-printable"
        ? decodeQuotedPrintable(body)
        : encoding === "base64"
          ? decodeBase64(body)
          : toBytes(body);
    const charset =
      /charset\s*=\s*"?([\w-]+)"?/i.exec(headers)?.[1] ??
      /charset\s*=\s*["']?([\w-]+)/i.exec(latin1(raw.subarray(0, 4096)))?.[1];
    return decodeText(raw, charset);
  }
  return null;
}
