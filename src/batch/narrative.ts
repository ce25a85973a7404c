import { readdir, readFile } from 'fs/promises';
import { dirname, join } from 'path';
import { narrativeNameFor, narrativeTextFromBytes } from './narrative-text';

/** The narrative beside a workbook: same base name, .docx or .txt (any letter case); .docx wins when both exist. */
export async function findNarrative(workbook: string): Promise<string | undefined> {
  const dir = dirname(workbook);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  const hit = narrativeNameFor(workbook, names);
  return hit ? join(dir, hit) : undefined;
}

/** Text of a .docx or UTF-8 .txt narrative; throws an Error whose message is one Chinese line for the reviewer. */
export async function readNarrativeText(path: string): Promise<string> {
  return narrativeTextFromBytes(await readFile(path));
}
