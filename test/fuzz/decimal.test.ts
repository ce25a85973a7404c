import fc from 'fast-check';
import { parseAmount } from '../../src/core/decimal/amount';
import { Dec } from '../../src/core/decimal/dec';
import { compareSum, shown } from '../../src/core/decimal/interval';
import { shares } from '../../src/core/narrative/phrasing';
import type { Operand } from '../../src/core/narrative/types';
import { runs } from './runs';

/** Money as the workbooks hold it: up to 15 digits with 0–6 decimals, either sign. */
const dec = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
  .map(([u, s]) => Dec.of(u, s));
const amount2 = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((u) => Dec.of(u, 2));

describe('Dec arithmetic is exact', () => {
  test('a + b − b = a, a − a = 0, a + b = b + a, (a + b) + c = a + (b + c)', () => {
    fc.assert(
      fc.property(dec, dec, dec, (a, b, c) => {
        expect(a.add(b).sub(b).eq(a)).toBe(true);
        expect(a.sub(a).isZero()).toBe(true);
        expect(a.add(b).eq(b.add(a))).toBe(true);
        expect(
          a
            .add(b)
            .add(c)
            .eq(a.add(b.add(c))),
        ).toBe(true);
        expect(a.mul(b).eq(b.mul(a))).toBe(true);
      }),
      { numRuns: runs(40) },
    );
  });

  test('text round trip, and 0.1 + 0.2 = 0.3 (unlike floating point)', () => {
    fc.assert(
      fc.property(dec, (a) => {
        expect(Dec.parse(a.toFixed())!.eq(a)).toBe(true);
        expect(Dec.from(a.toFixed()).toFixed()).toBe(a.toFixed());
      }),
      { numRuns: runs(40) },
    );
    expect(Dec.from('0.1').add(Dec.from('0.2')).eq(Dec.from('0.3'))).toBe(true);
  });

  test('rounding is half-up and within half a unit; division by a positive rounds the same way', () => {
    fc.assert(
      fc.property(dec, fc.integer({ min: 0, max: 4 }), (a, places) => {
        const r = a.round(places);
        expect(
          r
            .sub(a)
            .abs()
            .lte(Dec.of(5n, places + 1)),
        ).toBe(true);
        // Half-up away from zero for ties (四舍五入), as accountants round.
        const tie = Dec.of(5n, places + 1);
        const base = Dec.of(a.round(places).shift(places).units, places);
        if (base.add(tie).sign() > 0)
          expect(
            base
              .add(tie)
              .round(places)
              .eq(base.add(Dec.of(1n, places))),
          ).toBe(true);
      }),
      { numRuns: runs(40) },
    );
    fc.assert(
      fc.property(dec, dec, fc.integer({ min: 0, max: 6 }), (a, b, places) => {
        fc.pre(b.sign() > 0);
        // |q·b − a| ≤ ½ unit of the last place × b
        const q = a.div(b, places);
        expect(
          q
            .mul(b)
            .sub(a)
            .abs()
            .lte(Dec.of(5n, places + 1).mul(b)),
        ).toBe(true);
      }),
      { numRuns: runs(40) },
    );
  });

  test('numbers read from cells are the decimal Excel shows, not a binary float', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 0, max: 2 }), (u, s) => {
        const n = u / 10 ** s;
        const p = parseAmount(n);
        expect(p.kind).toBe('number');
        if (p.kind === 'number') expect(p.value.eq(Dec.of(BigInt(u), s))).toBe(true);
      }),
      { numRuns: runs(40) },
    );
  });
});

describe('shares of a whole', () => {
  const op = (value: Dec, i: number): Operand => ({
    label: `part ${i}`,
    value,
    cells: [{ sheet: 'S', row: i + 1, col: 3 }],
  });

  test('largest remainder: the shown shares add up to exactly 100.00%', () => {
    fc.assert(
      fc.property(fc.array(amount2, { minLength: 1, maxLength: 12 }), (values) => {
        const total = Dec.sum(values);
        fc.pre(!total.isZero());
        const parts = values.map(op);
        const tokens = shares(parts, { label: 'whole', value: total, cells: [] }, 'largest-remainder');
        const sum = Dec.sum(tokens.map((t) => t!.value));
        expect(sum.toFixed(2)).toBe('100.00');
        // Each share is within 0.01 of the exact one.
        tokens.forEach((t, i) => {
          const exact = values[i].mul(Dec.HUNDRED).div(total, 8);
          expect(t!.value.sub(exact).abs().lte(Dec.from('0.01'))).toBe(true);
        });
      }),
      { numRuns: runs(40) },
    );
  });

  test('independent rounding: the sum is within n × 0.005% of 100%, and the rounding check accepts it', () => {
    fc.assert(
      fc.property(fc.array(amount2, { minLength: 1, maxLength: 12 }), (values) => {
        const total = Dec.sum(values);
        fc.pre(!total.isZero());
        const tokens = shares(values.map(op), { label: 'whole', value: total, cells: [] }, 'independent');
        const sum = Dec.sum(tokens.map((t) => t!.value));
        const tolerance = Dec.of(5n, 3).mul(Dec.from(values.length));
        expect(sum.sub(Dec.HUNDRED).abs().lte(tolerance)).toBe(true);
        // What the checks do with shown figures: 100% against the shown shares is exact or rounding, never error.
        const cmp = compareSum(
          shown(Dec.HUNDRED, 2),
          tokens.map((t) => shown(t!.value, 2)),
        );
        expect(cmp.status).not.toBe('error');
      }),
      { numRuns: runs(40) },
    );
  });
});
