import { basename } from 'path';
import type { Grid } from '../core/grid/grid';
import { GridReadError, readGridFromFile } from '../io/xlsx';
import { findNarrative, readNarrativeText } from './narrative';
import { firstLine, reviewGrid, unreadableReview, type NarrativeInput } from './review-core';
import type { ReviewOptions, UnitReview } from './types';

export { statusOf, topProblems, unreadableReview } from './review-core';

/**
 * Reviews one workbook: read, map, check (with the waivers stored in it) and, with `lint`, the narrative beside it.
 * Never throws: a file that cannot be read gives a review with `readError` and status 无法读取.
 */
export async function reviewFile(path: string, display: string, options: ReviewOptions = {}): Promise<UnitReview> {
  const started = Date.now();
  const unreadable = (reason: string) => unreadableReview(display, reason, Date.now() - started);
  try {
    let grid: Grid;
    try {
      grid = await readGridFromFile(path);
    } catch (e) {
      return unreadable(e instanceof GridReadError ? firstLine(e) : `无法读取（cannot read file: ${firstLine(e)}）`);
    }
    let narrative: NarrativeInput | undefined;
    const file = options.lint ? await findNarrative(path) : undefined;
    if (file) {
      try {
        narrative = { file: basename(file), text: await readNarrativeText(file) };
      } catch (e) {
        narrative = { file: basename(file), error: firstLine(e) };
      }
    }
    return reviewGrid(grid, display, started, narrative);
  } catch (e) {
    // A workbook that breaks the engine must not stop the batch: report it with the reason.
    return unreadable(`处理时出错（internal error: ${firstLine(e)}），请把文件反馈给开发者`);
  }
}
