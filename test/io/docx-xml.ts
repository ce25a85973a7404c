/** Reading a generated .docx for tests: its parts, and the body as a sequence of paragraphs and tables. */
import JSZip from 'jszip';

export interface DocxParts {
  readonly document: string;
  readonly styles: string;
  readonly settings: string;
  readonly fontTable: string;
  readonly footers: string[];
}

export async function docxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers: await Promise.all(footerNames.map(read)),
  };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Text of a piece of WordprocessingML (w:t runs joined, w:tab as a tab). */
export function textOf(xml: string): string {
  return (xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
    .map((t) => (t === '<w:tab/>' ? '\t' : decode(t.replace(/<[^>]+>/g, ''))))
    .join('');
}

export type BodyItem =
  | { readonly kind: 'p'; readonly xml: string; readonly text: string }
  | { readonly kind: 'tbl'; readonly xml: string; readonly rows: TableRowXml[] };

export interface TableRowXml {
  readonly xml: string;
  readonly cells: { readonly text: string; readonly span: number }[];
}

function rowsOf(tbl: string): TableRowXml[] {
  return (tbl.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((tr) => ({
    xml: tr,
    // A cell continuing a vertical merge (w:vMerge without "restart") is the lower part of the cell above.
    cells: (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [])
      .filter((tc) => !/<w:vMerge(?: w:val="continue")?\/>/.test(tc))
      .map((tc) => ({
        text: textOf(tc),
        span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1),
      })),
  }));
}

/** Top-level paragraphs and tables of the body, in order (the generated tables are never nested). */
export function bodyItems(document: string): BodyItem[] {
  const out: BodyItem[] = [];
  for (const m of document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const xml = m[0];
    if (xml.startsWith('<w:tbl>')) out.push({ kind: 'tbl', xml, rows: rowsOf(xml) });
    else out.push({ kind: 'p', xml, text: textOf(xml) });
  }
  return out;
}
