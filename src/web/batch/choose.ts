import { narrativeNameFor } from '../../batch/narrative-text';
import type { BatchFile } from './pool';

/** What was chosen (files or a whole folder), sorted into workbooks and the narratives beside them. */

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
const NARRATIVE = /\.(docx|txt)$/i;
/** Office's lock files (~$name.xlsx) and hidden files. */
const SKIP = /^(~\$|\.)/;

/** The path inside the chosen folder (webkitRelativePath), or the file name. */
export function displayName(f: File): string {
  return f.webkitRelativePath || f.name;
}

const folderOf = (p: string) => p.replace(/[^/]*$/, '');

/**
 * Workbooks sorted by path, each with the .docx/.txt of the same base name in the same folder (.docx first);
 * other files (and the narratives) are not reviewed on their own.
 */
export function chooseFiles(list: readonly File[]): BatchFile[] {
  const files = list.filter((f) => !SKIP.test(f.name));
  const narratives = files.filter((f) => NARRATIVE.test(f.name));
  return files
    .filter((f) => WORKBOOK.test(f.name))
    .map((file) => {
      const display = displayName(file);
      const beside = narratives.filter((n) => folderOf(displayName(n)) === folderOf(display));
      const name = narrativeNameFor(
        file.name,
        beside.map((n) => n.name),
      );
      const narrative = name ? beside.find((n) => n.name === name) : undefined;
      return { display, file, ...(narrative ? { narrative } : {}) };
    })
    .sort((a, b) => a.display.localeCompare(b.display, 'zh-CN'));
}
