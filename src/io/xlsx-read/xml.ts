/**
 * A small scanner over the SpreadsheetML that Excel and other writers produce: tags are found with indexOf, names
 * are compared without their namespace prefix (`<x:c>` from the Open XML SDK reads like `<c>`), attribute values
 * and text are entity-decoded. It is not a general XML parser: no DTDs, and only the elements the reader asks for.
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** One tag: its local name, whether it closes (`</x>`) or is empty (`<x/>`), and where its text ends. */
export interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Index of the tag's `<`. */
  readonly start: number;
  /** Index just after the tag's `>`. */
  readonly end: number;
  /** The raw attribute text (between the name and `>`). */
  readonly attrs: string;
}

/**
 * The next element tag at or after `from` (comments, processing instructions and declarations skipped), or
 * undefined. A `>` inside a quoted attribute value does not end the tag.
 */
export function nextTag(xml: string, from: number): Tag | undefined {
  let lt = xml.indexOf('<', from);
  while (lt >= 0) {
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      const close = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const e = xml.indexOf(close, lt + 2);
      if (e < 0) return undefined;
      lt = xml.indexOf('<', e + close.length);
      continue;
    }
    if (c === 0x3f /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      if (e < 0) return undefined;
      lt = xml.indexOf('<', e + 2);
      continue;
    }
    // The tag ends at the first `>` outside a quoted attribute value.
    let gt = -1;
    let quote = 0;
    for (let i = lt + 1; i < xml.length; i++) {
      const ch = xml.charCodeAt(i);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x3e /* > */) {
        gt = i;
        break;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
    }
    if (gt < 0) return undefined;
    const closing = c === 0x2f; /* / */
    let n = lt + (closing ? 2 : 1);
    const nameStart = n;
    let colon = -1;
    for (; n < gt; n++) {
      const ch = xml.charCodeAt(n);
      if (ch === 0x20 || ch === 0x2f || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
      if (ch === 0x3a) colon = n;
    }
    const name = xml.slice(colon >= 0 ? colon + 1 : nameStart, n);
    const selfClosing = !closing && xml.charCodeAt(gt - 1) === 0x2f;
    return { name, closing, selfClosing, start: lt, end: gt + 1, attrs: xml.slice(n, selfClosing ? gt - 1 : gt) };
  }
  return undefined;
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by local name (prefix dropped: `r:id` → `id`), values entity-decoded. */
export function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(raw))) {
    const full = m[1];
    const colon = full.indexOf(':');
    out[colon >= 0 ? full.slice(colon + 1) : full] = decodeXml(m[2] ?? m[3]);
  }
  return out;
}

/** The text from `from` to the next tag, entity-decoded (CDATA sections kept as they are). */
export function textUntilTag(xml: string, from: number): { text: string; end: number } {
  let text = '';
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) return { text: text + decodeXml(xml.slice(p)), end: xml.length };
    text += decodeXml(xml.slice(p, lt));
    if (!xml.startsWith('<![CDATA[', lt)) return { text, end: lt };
    const e = xml.indexOf(']]>', lt + 9);
    if (e < 0) return { text: text + xml.slice(lt + 9), end: xml.length };
    text += xml.slice(lt + 9, e);
    p = e + 3;
  }
}

/** Calls `visit` for every start tag named `name` (local name) in the text. */
export function eachTag(xml: string, name: string, visit: (attrs: Record<string, string>, tag: Tag) => void): void {
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end))
    if (!t.closing && t.name === name) visit(attributes(t.attrs), t);
}

/** One attribute's value by its exact name (no prefix), decoded; a fast path for the sheet's hot loop. */
export function attr(raw: string, name: string): string | undefined {
  for (let i = raw.indexOf(name); i >= 0; i = raw.indexOf(name, i + 1)) {
    const before = raw.charCodeAt(i - 1);
    if (i > 0 && before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let p = i + name.length;
    while (raw.charCodeAt(p) === 0x20) p++;
    if (raw.charCodeAt(p) !== 0x3d /* = */) continue;
    p++;
    while (raw.charCodeAt(p) === 0x20) p++;
    const q = raw[p];
    if (q !== '"' && q !== "'") continue;
    const e = raw.indexOf(q, p + 1);
    if (e < 0) return undefined;
    return decodeXml(raw.slice(p + 1, e));
  }
  return undefined;
}
