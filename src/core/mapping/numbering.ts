import { getCell, type GridSheet, type RangeBox } from '../grid/grid';
import { normLabel } from './text';

/**
 * Numbering printed in national-format exports (domain.md, "Variation seen in real exports"): a 栏次 row of
 * consecutive integers under the header (1, 2, 3 … one per value column, labelled “栏次” or not) and a 行次 column
 * between a label and its amount. Both are numbering, never amounts.
 */

/** Column-marks printed in a 栏次 row over the label columns (甲, 乙 …). */
const MARKS = /^[甲乙丙丁戊己]$/;
const LABELS = new Set(['栏次', '行次']);

/** A whole number as printed in a numbering cell (a number, or digit text), else undefined. */
function numberingInt(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : undefined;
  if (typeof v === 'string' && /^\d{1,3}$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/**
 * Is row r a 栏次 row? Labelled “栏次”/“行次” with nothing but whole numbers and marks beside the label; or, unlabelled,
 * at least three whole numbers increasing by exactly 1 from left to right and nothing else (an amount row of
 * 1, 2, 3 … 12 is not a real table's data).
 */
export function isNumberingRow(sheet: GridSheet, r: number, box: RangeBox): boolean {
  const ints: number[] = [];
  let labelled = false;
  for (let c = box.left; c <= box.right; c++) {
    const v = getCell(sheet, r, c)?.value;
    if (v === null || v === undefined || v === '') continue;
    if (typeof v === 'string') {
      const t = normLabel(v);
      if (!t) continue;
      if (LABELS.has(t)) {
        labelled = true;
        continue;
      }
      if (MARKS.test(t)) continue;
    }
    const n = numberingInt(v);
    if (n === undefined) return false;
    ints.push(n);
  }
  if (labelled) return ints.length > 0;
  if (ints.length < 3) return false;
  for (let i = 1; i < ints.length; i++) if (ints[i] !== ints[i - 1] + 1) return false;
  return true;
}

/**
 * Is column c a 行次 column over the given rows? Its non-empty cells are whole numbers, at least three, strictly
 * increasing and starting low (1, 2, 3 … or a second side continuing the count).
 */
export function isRowNumberColumn(sheet: GridSheet, c: number, rows: readonly number[]): boolean {
  const ints: number[] = [];
  for (const r of rows) {
    const v = getCell(sheet, r, c)?.value;
    if (v === null || v === undefined || v === '') continue;
    const n = numberingInt(typeof v === 'string' ? normLabel(v) : v);
    if (n === undefined) return false;
    ints.push(n);
  }
  if (ints.length < 3) return false;
  for (let i = 1; i < ints.length; i++) if (ints[i] <= ints[i - 1]) return false;
  // Increasing by small steps: row numbers, not amounts that happen to be whole and ascending.
  return ints.every((n, i) => i === 0 || n - ints[i - 1] <= 3);
}

/** A column headed 行次 or 栏次 in its header path. */
export function isNumberingHeader(path: readonly string[]): boolean {
  return path.some((t) => LABELS.has(t));
}
