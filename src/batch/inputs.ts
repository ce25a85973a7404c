import { readdir, stat } from 'fs/promises';
import { join, relative, resolve, sep } from 'path';
import type { BatchInput } from './pool';

/** Workbook files picked up in a folder (.xls is included so that it gets a row saying to save it as .xlsx). */
const WORKBOOK_EXT = /\.(xlsx|xlsm|xls)$/i;

/** Office's lock files (~$name.xlsx) and hidden files are never workbooks to review. */
const SKIP = /^(~\$|\.)/;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (SKIP.test(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (WORKBOOK_EXT.test(e.name)) out.push(p);
  }
}

/**
 * The workbooks named on the command line: folders are searched (with sub-folders) for .xlsx/.xlsm/.xls files,
 * files are taken as given whatever their extension (a wrong one gets a row with the reason). A path that does not
 * exist is kept too, so that it shows as 无法读取. `exclude` (the review and checklist being written, the previous review) is left out. Sorted by path.
 */
export async function collectInputs(
  args: readonly string[],
  cwd: string,
  exclude: string | readonly string[] = [],
): Promise<BatchInput[]> {
  const found: string[] = [];
  for (const a of args) {
    const p = resolve(cwd, a);
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // missing: reported as a row by the review
    }
    if (isDir) await walk(p, found);
    else found.push(p);
  }
  const skip = new Set((typeof exclude === 'string' ? [exclude] : exclude).map((p) => resolve(cwd, p)));
  const unique = [...new Set(found)].filter((p) => !skip.has(p)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return unique.map((path) => ({ path, display: displayPath(path, cwd) }));
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : path;
}
