import type { UnitReview } from '../../batch/types';

/** Messages between the batch page and its Web Workers (structured-cloned; the file bytes are transferred). */

export interface ReviewJob {
  readonly id: number;
  /** As shown in the review (the path inside the chosen folder, or the file name). */
  readonly display: string;
  readonly bytes: ArrayBuffer;
  /** The .docx / .txt of the same name beside the workbook, when chosen with it. */
  readonly narrative?: { readonly name: string; readonly bytes: ArrayBuffer };
}

export interface ReviewAnswer {
  readonly id: number;
  readonly review: UnitReview;
}
