import fc from 'fast-check';
import { Dec } from '../../../src/core/decimal/dec';
import { parseAmount, parseUnit, toWan, toWanRounded, formatDecimals } from '../../../src/core/decimal/amount';
import { compareSum, shown, percentConsistent } from '../../../src/core/decimal/interval';

const d = (s: string) => Dec.from(s);

describe('Dec', () => {
  test('sums without float drift', () => {
    expect(Dec.sum(['0.1', '0.2'].map(d)).toFixed()).toBe('0.3');
    expect(Dec.fromNumber(0.1 + 0.2).toFixed()).toBe('0.30000000000000004');
    expect(d('1217.92').add(d('238.73')).toFixed()).toBe('1456.65');
  });
  test('half-up rounding and division', () => {
    expect(d('2.345').round(2).toFixed()).toBe('2.35');
    expect(d('-2.345').round(2).toFixed()).toBe('-2.35');
    expect(d('45.74').mul(Dec.HUNDRED).div(d('1263.66'), 2).toFixed()).toBe('3.62');
    expect(d('1').div(d('3'), 4).toFixed()).toBe('0.3333');
    expect(() => d('1').div(Dec.ZERO, 2)).toThrow('division by zero');
  });
  test('fromNumber handles exponents', () => {
    expect(Dec.fromNumber(1e-7).toFixed()).toBe('0.0000001');
    expect(Dec.fromNumber(1.5e21).toFixed()).toBe('1500000000000000000000');
    expect(Dec.fromNumber(-12.5).toFixed()).toBe('-12.5');
  });
  test('shift converts units exactly', () => {
    expect(toWan(d('12179200.5'), '元').toFixed()).toBe('1217.92005');
    expect(toWanRounded(d('12179250'), '元').toFixed()).toBe('1217.93');
    expect(toWan(d('5'), '千元').toFixed()).toBe('0.5');
  });
});

describe('parseAmount', () => {
  test.each([
    ['1,234.56', '1234.56', 2],
    ['１２３４．５', '1234.5', 1],
    ['(123.45)', '-123.45', 2],
    ['-123.45', '-123.45', 2],
    [' 88 ', '88', 0],
  ])('%s', (raw, value, decimals) => {
    const p = parseAmount(raw);
    expect(p).toEqual({ kind: 'number', value: expect.anything(), decimals });
    if (p.kind === 'number') expect(p.value.toFixed()).toBe(value);
  });
  test.each(['', '-', '—', '——', null, undefined])('empty %p', (raw) => {
    expect(parseAmount(raw).kind).toBe('empty');
  });
  test.each(['#REF!', 'abc', '12元', '3.4%', '1.2.3'])('invalid %p', (raw) => {
    const p = parseAmount(raw);
    expect(p.kind).toBe('invalid');
  });
  test('numbers take decimals from the format', () => {
    expect(parseAmount(12, 2)).toMatchObject({ kind: 'number', decimals: 2 });
    expect(formatDecimals('#,##0.00')).toBe(2);
    expect(formatDecimals('0')).toBe(0);
    expect(formatDecimals('General')).toBeUndefined();
    expect(formatDecimals('#,##0.00_);[Red](#,##0.00)')).toBe(2);
  });
  test('units', () => {
    expect(parseUnit('单位：万元')).toBe('万元');
    expect(parseUnit('金额单位: 元')).toBe('元');
    expect(parseUnit('（单位：千元）')).toBe('千元');
    expect(parseUnit('收入')).toBeUndefined();
  });
});

describe('intervals', () => {
  test('exact, rounding and error', () => {
    const t = (v: string) => shown(d(v), 2);
    expect(compareSum(t('10.00'), [t('3.33'), t('3.33'), t('3.33')]).status).toBe('rounding');
    expect(compareSum(t('10.00'), [t('5.00'), t('5.00')]).status).toBe('exact');
    const e = compareSum(t('10.05'), [t('5.00'), t('5.00')]);
    expect(e.status).toBe('error');
    expect(e.tolerance.toFixed()).toBe('0.015');
    expect(e.difference.toFixed()).toBe('0.05');
  });
  test('percentages', () => {
    const s = (v: string) => shown(d(v), 2);
    expect(percentConsistent(s('98.68'), s('1201.80'), s('1217.92')).status).toBe('exact');
    expect(percentConsistent(s('3.62'), s('45.74'), s('1263.66')).status).toBe('exact');
    expect(percentConsistent(s('3.61'), s('45.74'), s('1263.66')).status).toBe('error');
    // 0.07 / 8.07: exact 0.87%; 0.86% is within the rounding of 0.07 (0.065..0.075 → 0.80%..0.93%)
    expect(percentConsistent(s('0.86'), s('0.07'), s('8.07')).status).toBe('rounding');
  });
});

describe('Dec.sum (one pass at the largest scale)', () => {
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
    .map(([units, scale]) => Dec.of(units, scale));
  test('is the same Dec as adding the values one by one (units and scale)', () => {
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 30 }), (values) => {
        const folded = values.reduce((acc, v) => acc.add(v), Dec.ZERO);
        const summed = Dec.sum(values);
        expect([summed.units, summed.scale]).toEqual([folded.units, folded.scale]);
        expect(Dec.sum(new Set(values))).toEqual(Dec.sum([...new Set(values)]));
      }),
      { seed: 19, numRuns: 300 },
    );
  });
  test('of nothing is 0 at scale 0', () => expect(Dec.sum([])).toBe(Dec.ZERO));
});
