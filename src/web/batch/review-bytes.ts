import { narrativeTextFromBytes } from '../../batch/narrative-text';
import { firstLine, reviewGrid, unreadableReview, type NarrativeInput } from '../../batch/review-core';
import type { UnitReview } from '../../batch/types';
import { GridReadError } from '../../io/limits';
import { openWorkbookBytes } from '../../io/open-bytes';
import type { ReviewJob } from './protocol';

/**
 * One unit's review from bytes in memory — what each Web Worker runs (and the page itself where workers are not
 * available). The same review as `juesuan batch` (src/batch/review-core.ts), with the browser's inflate.
 */
export async function reviewJob(job: ReviewJob): Promise<UnitReview> {
  const started = Date.now();
  try {
    const { grid } = await openWorkbookBytes(new Uint8Array(job.bytes), job.display);
    let narrative: NarrativeInput | undefined;
    if (job.narrative) {
      const file = job.narrative.name;
      try {
        narrative = { file, text: await narrativeTextFromBytes(new Uint8Array(job.narrative.bytes)) };
      } catch (e) {
        narrative = { file, error: firstLine(e) };
      }
    }
    return reviewGrid(grid, job.display, started, narrative);
  } catch (e) {
    const reason = e instanceof GridReadError ? firstLine(e) : `无法读取（cannot read file: ${firstLine(e)}）`;
    return unreadableReview(job.display, reason, Date.now() - started);
  }
}
