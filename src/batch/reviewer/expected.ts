import type { UnitReview } from '../types';

/**
 * The expected-units list (应报单位名单): which units must submit. A reviewer keeps it as a text file, one unit a
 * line (a pasted Excel column works too: the first tab- or comma-separated field is the name); blank lines and
 * lines starting with # are ignored.
 */
export function parseExpectedUnits(text: string): string[] {
  const names = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.split(/[\t,，]/)[0].trim())
    .filter((l) => l && !l.startsWith('#'));
  return [...new Set(names)];
}

/** Unit names compared without spaces and with full-width brackets as half-width (（机关）= (机关)). */
export function unitKey(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

/** A file's base name (no folder, no extension). */
function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** Whether a review is the workbook of an expected unit: its unit name matches, or its file is named after it. */
export function submittedBy(r: UnitReview, expected: string): boolean {
  const key = unitKey(expected);
  if (r.unitName && unitKey(r.unitName) === key) return true;
  return unitKey(baseName(r.file)).includes(key);
}

export interface ExpectedMatch {
  /** Expected units with no workbook among the reviews: 未提交. */
  readonly missing: readonly string[];
  /** Reviews that match no expected unit (a unit not on the list, or a name spelt differently). */
  readonly unlisted: readonly UnitReview[];
}

export function matchExpected(reviews: readonly UnitReview[], expected: readonly string[]): ExpectedMatch {
  const missing = expected.filter((u) => !reviews.some((r) => submittedBy(r, u)));
  const unlisted = reviews.filter((r) => !expected.some((u) => submittedBy(r, u)));
  return { missing, unlisted };
}
