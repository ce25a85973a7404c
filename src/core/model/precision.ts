import { Dec } from '../decimal/dec';
import type { Unit } from '../decimal/amount';
import type { Figure } from './types';

/**
 * 舍位 precision a table's data really carries (domain.md, "Numbers"): a table in 元 or 千元 whose amounts are all
 * multiples of 0.01 万元 (whole hundreds of 元) was rounded to 0.01 万元 and printed in the smaller unit, so each
 * figure stands for ±0.005 万元 (±50 元), not ±0.005 元. Exact data is left alone: a table with fewer than three
 * non-zero amounts, or with any amount finer than 0.01 万元, keeps the precision its cells show.
 */

/** Half of the 0.01 万元 step, in 万元. */
const WAN_HALF_CENT = Dec.from('0.005');
/** Amounts needed before the data is trusted to say it was rounded (three multiples of 100 元 by chance: 1 in 10⁶). */
const MIN_AMOUNTS = 3;

export interface InferredPrecision {
  /** Half-width every figure of the table carries at least, in 万元. */
  readonly half: Dec;
  /** The step in the table's own unit, for messages ("100 元"). */
  readonly stepText: string;
}

/** The coarser precision the data shows, or undefined when the cells' own decimals are right. */
export function inferPrecision(unit: Unit, figures: readonly Figure[]): InferredPrecision | undefined {
  if (unit === '万元') return undefined;
  const amounts = figures.filter((f) => f.state === 'number' && !f.value.isZero());
  if (amounts.length < MIN_AMOUNTS) return undefined;
  if (!amounts.every((f) => f.value.round(2).eq(f.value))) return undefined;
  if (!figures.some((f) => f.half.lt(WAN_HALF_CENT))) return undefined;
  const step = unit === '元' ? '100 元' : '0.1 千元';
  return { half: WAN_HALF_CENT, stepText: step };
}

/** A figure with at least the given rounding half-width. */
export function widen(f: Figure, half: Dec): Figure {
  return f.half.gte(half) ? f : { ...f, half };
}
