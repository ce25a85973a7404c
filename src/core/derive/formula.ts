import { a1, quoteSheet, type CellRef } from '../grid/grid';
import type { Term } from './types';

/** A cell as a formula on `sheet` names it: plain A1 on the same sheet, 'Sheet'!A1 on another. */
function refText(ref: CellRef, sheet: string): string {
  return ref.sheet === sheet ? a1(ref.row, ref.col) : `${quoteSheet(ref.sheet)}!${a1(ref.row, ref.col)}`;
}

/** Parts that are one unbroken run of cells down a column or along a row: SUM(first:last). */
function contiguousRange(parts: readonly Term[]): [CellRef, CellRef] | undefined {
  if (parts.length < 2 || parts.some((p) => p.sign !== 1 || p.ref.sheet !== parts[0].ref.sheet)) return undefined;
  const down = parts.every((p, i) => p.ref.col === parts[0].ref.col && p.ref.row === parts[0].ref.row + i);
  const along = parts.every((p, i) => p.ref.row === parts[0].ref.row && p.ref.col === parts[0].ref.col + i);
  return down || along ? [parts[0].ref, parts[parts.length - 1].ref] : undefined;
}

/**
 * The Excel formula (without "=") that computes `target` from its parts: SUM(C8:C12) for a contiguous run,
 * else C8+C9+C12 (with − for subtracted parts); other sheets quoted ('收入支出决算总表'!C10).
 */
export function formulaFor(target: CellRef, parts: readonly Term[]): string {
  const run = contiguousRange(parts);
  if (run) {
    const [from, to] = run;
    const prefix = from.sheet === target.sheet ? '' : `${quoteSheet(from.sheet)}!`;
    return `SUM(${prefix}${a1(from.row, from.col)}:${a1(to.row, to.col)})`;
  }
  return parts.map((p, i) => `${p.sign < 0 ? '-' : i ? '+' : ''}${refText(p.ref, target.sheet)}`).join('');
}

/** Formula text compared loosely: no "=", spaces, "$" or case differences. */
export function sameFormula(a: string | undefined, b: string | undefined): boolean {
  const norm = (f: string) => f.replace(/^=/, '').replace(/[\s$]/g, '').toUpperCase();
  return a !== undefined && b !== undefined && norm(a) === norm(b);
}

/** A share in percent: IF(base=0,0,ROUND(part/base*100,2)) — 0 for an empty whole, like the written value. */
export function percentFormula(target: CellRef, parts: readonly Term[]): string {
  const [part, base] = parts.map((p) => refText(p.ref, target.sheet));
  return `IF(${base}=0,0,ROUND(${part}/${base}*100,2))`;
}
