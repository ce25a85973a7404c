import { DocxReadError, readDocxText } from '../io/docx-text';

/**
 * Text of a narrative's bytes, a .docx or UTF-8 .txt (no file system: the CLI and the web page's workers share it);
 * throws an Error whose message is one Chinese line for the reviewer.
 */
export async function narrativeTextFromBytes(data: Uint8Array): Promise<string> {
  if (data[0] === 0x50 && data[1] === 0x4b) {
    try {
      return await readDocxText(data);
    } catch (e) {
      if (e instanceof DocxReadError) throw new Error(e.message);
      throw e;
    }
  }
  if (data.includes(0)) throw new Error('不是文本或 Word 文件（not a text or .docx file）');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad > text.length / 100) throw new Error('不是 UTF-8 文本，请另存为 UTF-8 编码（not UTF-8 text）');
  return text;
}

/** The narrative of a workbook among names: same base name, .docx or .txt (any letter case); .docx wins. */
export function narrativeNameFor(workbook: string, names: readonly string[]): string | undefined {
  const base = workbook
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .toLowerCase();
  for (const ext of ['.docx', '.txt']) {
    const hit = names.find((n) => n.toLowerCase() === base + ext);
    if (hit) return hit;
  }
  return undefined;
}
