import { readdir, readFile } from 'fs/promises';
import { basename, dirname, extname, join } from 'path';
import { DocxReadError, readDocxText } from '../io/docx-text';

const NARRATIVE_EXTS = ['.docx', '.txt'];

/** The narrative beside a workbook: same base name, .docx or .txt (any letter case); .docx wins when both exist. */
export async function findNarrative(workbook: string): Promise<string | undefined> {
  const dir = dirname(workbook);
  const base = basename(workbook, extname(workbook)).toLowerCase();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  for (const ext of NARRATIVE_EXTS) {
    const hit = names.find((n) => n.toLowerCase() === base + ext);
    if (hit) return join(dir, hit);
  }
  return undefined;
}

/** Text of a .docx or UTF-8 .txt narrative; throws an Error whose message is one Chinese line for the reviewer. */
export async function readNarrativeText(path: string): Promise<string> {
  const data = await readFile(path);
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
