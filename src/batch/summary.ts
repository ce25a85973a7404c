import { topProblems } from './review-core';
import { TABLE_COUNT, type UnitReview } from './types';

/** The JSON shape of `batch --json` (one object per unit, in the order of the review workbook). */
export function batchJson(reviews: readonly UnitReview[], output: string | undefined) {
  const count = (s: UnitReview['status']) => reviews.filter((r) => r.status === s).length;
  return {
    output: output ?? null,
    total: reviews.length,
    submittable: count('可提交'),
    needsChanges: count('需修改'),
    unreadable: count('无法读取'),
    units: reviews.map((r) => ({
      file: r.file,
      unit: r.unitName ?? null,
      year: r.year ?? null,
      profile: r.profile ?? null,
      tablesFound: r.tablesFound,
      tablesTotal: TABLE_COUNT,
      tablesMissing: r.tablesMissing,
      ...r.counts,
      narrative: r.narrative ?? null,
      status: r.status,
      reason: r.readError ?? null,
      problems: r.readError ? [r.readError] : topProblems(r),
      ms: r.ms,
    })),
  };
}

/** Exit code of the batch: 1 when any unit has errors (or could not be read), else 0. */
export function batchExitCode(reviews: readonly UnitReview[]): number {
  return reviews.some((r) => r.counts.error > 0) ? 1 : 0;
}
