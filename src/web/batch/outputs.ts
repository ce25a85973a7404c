import { buildChecklist } from '../../batch/reviewer/checklist';
import { readPreviousReview, type PreviousReview, type UnitComparison } from '../../batch/reviewer/compare';
import { chineseDate, needsNotice, noticeFiles, noticeText } from '../../batch/reviewer/notice';
import type { UnitReview } from '../../batch/types';
import { openWorkbookBytes } from '../../io/open-bytes';

/**
 * The files the batch page offers, built in this tab (ExcelJS and JSZip loaded on first use): the same review
 * workbook `juesuan batch -o` writes, the 决算公开检查表, and the 整改通知 of every unit to fix as one .zip.
 */

export interface BatchOutcome {
  readonly reviews: readonly UnitReview[];
  /** Whether narratives were chosen beside the workbooks (their lint is in the reviews). */
  readonly lint: boolean;
  readonly missing?: readonly string[];
  readonly comparisons?: readonly UnitComparison[];
  readonly reviewedAt: Date;
}

export const OUTPUT_NAMES = {
  review: '批量审核表.xlsx',
  checklist: '决算公开检查表.xlsx',
  notices: '整改通知.zip',
} as const;

export async function reviewWorkbookBytes(o: BatchOutcome): Promise<Uint8Array> {
  const { buildReviewWorkbook } = await import(/* webpackChunkName: "batch-xlsx" */ '../../batch/review-xlsx');
  const wb = await buildReviewWorkbook(o.reviews, {
    reviewedAt: o.reviewedAt.toISOString(),
    lint: o.lint,
    ...(o.missing ? { missing: o.missing } : {}),
    ...(o.comparisons ? { comparisons: o.comparisons } : {}),
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function checklistBytes(o: BatchOutcome): Promise<Uint8Array> {
  const { buildChecklistWorkbook } = await import(
    /* webpackChunkName: "batch-xlsx" */ '../../batch/reviewer/checklist-xlsx'
  );
  const wb = await buildChecklistWorkbook(buildChecklist(o.reviews, { lint: o.lint }));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One unit's 整改通知 as text. */
export function unitNotice(o: BatchOutcome, r: UnitReview): string {
  const comparison = o.comparisons?.find((c) => c.file === r.file);
  return noticeText(r, { date: chineseDate(o.reviewedAt), ...(comparison ? { comparison } : {}) });
}

/** Units that get a notice. */
export function noticeUnits(o: BatchOutcome): UnitReview[] {
  return o.reviews.filter(needsNotice);
}

/** Every notice, one .txt per unit, zipped. */
export async function noticesZip(o: BatchOutcome): Promise<Uint8Array> {
  const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ 'jszip');
  const zip = new JSZip();
  for (const n of noticeFiles(o.reviews, chineseDate(o.reviewedAt), o.comparisons)) zip.file(n.name, n.text);
  return zip.generateAsync({ type: 'uint8array' });
}

/** The previous round's review workbook chosen by the reviewer; throws an Error with a Chinese message. */
export async function readPreviousFile(file: File): Promise<PreviousReview> {
  const { grid } = await openWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  return readPreviousReview(grid);
}
