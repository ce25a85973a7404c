import { mkdir, readFile, writeFile } from 'fs/promises';
import { basename, dirname, join } from 'path';
import { readGridFromFile } from '../../io/xlsx';
import { firstLine } from '../review-core';
import type { UnitReview } from '../types';
import { buildChecklist } from './checklist';
import { buildChecklistWorkbook } from './checklist-xlsx';
import { readPreviousReview, type PreviousReview, type UnitComparison } from './compare';
import { parseExpectedUnits } from './expected';
import { chineseDate, noticeFiles } from './notice';

/** The reviewer's files on disk (Node only): the inputs --expected and --previous, and what is written beside -o. */

export class ReviewerFileError extends Error {}

/** The expected-units list from a UTF-8 text file. */
export async function readExpectedFile(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ReviewerFileError(`无法读取应报单位名单 ${path}（${firstLine(e)}）`);
  }
  const units = parseExpectedUnits(text);
  if (units.length === 0) throw new ReviewerFileError(`应报单位名单 ${path} 是空的（one unit name per line）`);
  return units;
}

/** The previous round's review workbook. */
export async function readPreviousFile(path: string): Promise<PreviousReview> {
  try {
    return readPreviousReview(await readGridFromFile(path));
  } catch (e) {
    throw new ReviewerFileError(`无法读取上轮审核表 ${path}：${firstLine(e)}`);
  }
}

/** review.xlsx → review-检查表.xlsx and the folder review-整改通知 beside it. */
export function besideReview(output: string): { checklist: string; notices: string } {
  const base = join(dirname(output), basename(output).replace(/\.xlsx$/i, ''));
  return { checklist: `${base}-检查表.xlsx`, notices: `${base}-整改通知` };
}

/** Writes the checklist and one 整改通知 per unit that needs one; returns how many notices were written. */
export async function writeReviewerFiles(
  output: string,
  reviews: readonly UnitReview[],
  options: { lint: boolean; date: Date; comparisons?: readonly UnitComparison[] },
): Promise<number> {
  const paths = besideReview(output);
  await (await buildChecklistWorkbook(buildChecklist(reviews, { lint: options.lint }))).xlsx.writeFile(paths.checklist);
  const notices = noticeFiles(reviews, chineseDate(options.date), options.comparisons);
  if (notices.length === 0) return 0;
  await mkdir(paths.notices, { recursive: true });
  for (const n of notices) await writeFile(join(paths.notices, n.name), n.text, 'utf8');
  return notices.length;
}
