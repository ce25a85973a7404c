import { Dec, halfUnit } from './dec';

/**
 * A shown figure and the rounding it carries (舍位): a value shown with d decimals stands for
 * [v − ½·10^−d, v + ½·10^−d]. This is the interval rule of XBRL Calculations 1.1.
 */
export interface Shown {
  readonly value: Dec;
  /** Half-width of the rounding interval, in the same unit as value (0 for exact figures). */
  readonly half: Dec;
}

export function shown(value: Dec, decimals: number | undefined): Shown {
  return { value, half: decimals === undefined ? Dec.ZERO : halfUnit(decimals) };
}

export type Consistency = 'exact' | 'rounding' | 'error';

export interface SumComparison {
  readonly status: Consistency;
  readonly expected: Dec; // Σ parts
  readonly actual: Dec; // shown total
  readonly difference: Dec; // actual − expected
  readonly tolerance: Dec; // total.half + Σ parts.half
}

/** Compares a shown total with the sum of shown parts: equal → exact; within the summed rounding → rounding; else error. */
export function compareSum(total: Shown, parts: readonly Shown[]): SumComparison {
  const expected = Dec.sum(parts.map((p) => p.value));
  const tolerance = Dec.sum(parts.map((p) => p.half)).add(total.half);
  return compareWithTolerance(total.value, expected, tolerance);
}

/** Compares two shown figures that should be equal (e.g. the same amount in two tables). */
export function compareEqual(actual: Shown, expected: Shown): SumComparison {
  return compareWithTolerance(actual.value, expected.value, actual.half.add(expected.half));
}

export function compareWithTolerance(actual: Dec, expected: Dec, tolerance: Dec): SumComparison {
  const difference = actual.sub(expected);
  const status: Consistency = difference.isZero() ? 'exact' : difference.abs().lte(tolerance) ? 'rounding' : 'error';
  return { status, expected, actual, difference, tolerance };
}

/**
 * Is a shown percentage p% (shown with `decimals` places) consistent with numerator/denominator as shown?
 * True when [p − ½ulp, p + ½ulp] meets the range of 100·n/d over the inputs' rounding intervals.
 * Returns also the exactly computed percentage rounded to `decimals`.
 */
export function percentConsistent(
  percent: Shown,
  numerator: Shown,
  denominator: Shown,
  decimals = 2,
): { status: Consistency; expected: Dec | undefined } {
  if (denominator.value.isZero() && denominator.half.isZero()) return { status: 'error', expected: undefined };
  const expected = denominator.value.isZero()
    ? undefined
    : numerator.value.mul(Dec.HUNDRED).div(denominator.value, decimals);
  if (expected && expected.eq(percent.value)) return { status: 'exact', expected };
  const [lo, hi] = ratioRange(numerator, denominator);
  const pLo = percent.value.sub(percent.half);
  const pHi = percent.value.add(percent.half);
  const meets = lo === undefined || hi === undefined ? true : pHi.gte(lo) && pLo.lte(hi);
  return { status: meets ? 'rounding' : 'error', expected };
}

/** Range of 100·n/d for n, d anywhere in their intervals (d's interval must not contain 0 for a bounded range). */
export function ratioRange(n: Shown, d: Shown): [Dec | undefined, Dec | undefined] {
  const dLo = d.value.sub(d.half);
  const dHi = d.value.add(d.half);
  if (dLo.sign() <= 0 && dHi.sign() >= 0) return [undefined, undefined];
  const nLo = n.value.sub(n.half);
  const nHi = n.value.add(n.half);
  const P = 12; // working precision for the bounds; far below any shown decimals
  const cands = [nLo.div(dLo, P), nLo.div(dHi, P), nHi.div(dLo, P), nHi.div(dHi, P)].map((x) => x.mul(Dec.HUNDRED));
  return [cands.reduce((a, b) => a.min(b)), cands.reduce((a, b) => a.max(b))];
}
