/**
 * Plain text of a Word (.docx) file for the narrative linter: one line per paragraph of word/document.xml
 * (body, tables and text boxes in document order). Read with jszip and a small tag scanner — only the text
 * runs (<w:t>), tabs, breaks and paragraph ends matter here.
 */
import JSZip from 'jszip';

export class DocxReadError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Paragraph texts of a document.xml string. */
export function paragraphsFromDocumentXml(xml: string): string[] {
  const out: string[] = [];
  let current: string[] | undefined;
  // Tags we care about: paragraph start/end, text runs, tabs and breaks. Everything else is skipped.
  const re =
    /<w:p(?=[\s>/])([^>]*?)(\/?)>|<\/w:p>|<w:t(?=[\s>])[^>]*>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?=[\s/])[^>]*\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const tag = m[0];
    if (tag.startsWith('<w:p') && !tag.startsWith('<w:pP')) {
      if (m[2] === '/') {
        out.push('');
        continue;
      }
      if (current) out.push(current.join(''));
      current = [];
    } else if (tag === '</w:p>') {
      if (current) out.push(current.join(''));
      current = undefined;
    } else if (m[3] !== undefined) {
      (current ??= []).push(decodeXml(m[3]));
    } else if (tag === '<w:tab/>') {
      (current ??= []).push('\t');
    } else {
      (current ??= []).push('\n');
    }
  }
  if (current && current.length) out.push(current.join(''));
  return out;
}

/** Text of a .docx file given as bytes: paragraphs joined with "\n". */
export async function readDocxText(data: Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxReadError('不是有效的 Word (.docx) 文件（not a valid .docx file）');
  }
  const doc = zip.file('word/document.xml');
  if (!doc) throw new DocxReadError('Word 文件中没有正文 word/document.xml（no word/document.xml in the .docx）');
  const xml = await doc.async('string');
  return paragraphsFromDocumentXml(xml).join('\n');
}
