import { Dec } from '../../../src/core/decimal/dec';
import {
  changeRuns,
  cleanText,
  completionRuns,
  compareWord,
  percentOf,
  placeholder,
  shares,
  type Input,
} from '../../../src/core/narrative/phrasing';
import { isPlaceholder, isToken, runText, type Operand, type Run } from '../../../src/core/narrative/types';

const op = (v: string, col = 3): Operand => ({
  label: `x${col}`,
  value: Dec.from(v),
  cells: [{ sheet: 'S', row: 1, col }],
});
const txt = (runs: Run[]) => runs.map(runText).join('');

describe('change on last year (增加/减少/持平 from the sign of the exact difference)', () => {
  test('increase: 增加 X 万元，增长 Y%', () => {
    expect(txt(changeRuns(op('1344.01'), op('1187.62')))).toBe('增加156.39万元，增长13.17%');
  });
  test('decrease: 减少 X 万元，下降 Y% (seed 000 wrote "增减 3.62%")', () => {
    expect(txt(changeRuns(op('1217.92'), op('1263.66')))).toBe('减少45.74万元，下降3.62%');
  });
  test('equal: 持平, no amount and no percentage', () => {
    expect(txt(changeRuns(op('75.27'), op('75.270')))).toBe('持平');
  });
  test('a difference below the shown decimals still decides the direction', () => {
    expect(txt(changeRuns(op('10.001'), op('10')))).toBe('增加0.00万元，增长0.01%');
  });
  test('zero base: no percentage (上年无此项…)', () => {
    const r = changeRuns(op('5.00'), op('0'), { noun: '收入' });
    expect(txt(r)).toBe('增加5.00万元（上年无此项收入）');
    expect(r.filter(isToken).map((t) => t.unit)).toEqual(['万元']);
  });
  test('percentage is half-up: 1.76 / 9.76 = 18.0327…% → 18.03%; 0.005 rounds up', () => {
    expect(txt(changeRuns(op('8.00'), op('9.76')))).toBe('减少1.76万元，下降18.03%');
    expect(percentOf(Dec.from('1'), Dec.from('200000')).text).toBe('0.00');
    expect(percentOf(Dec.from('1'), Dec.from('20000')).text).toBe('0.01'); // 0.005% → 0.01
  });
  test('tokens carry how they were computed and from which cells', () => {
    const r = changeRuns(op('8.00', 4), op('9.76', 5));
    const [diff, pct] = r.filter(isToken);
    expect(diff.calc.op).toBe('diff');
    expect(diff.value.toFixed()).toBe('1.76');
    expect(diff.sources.map((c) => c.col)).toEqual([4, 5]);
    expect(pct.calc.op).toBe('growth');
    expect(pct.value.toFixed()).toBe('18.03');
  });
  test('missing prior: the template sentence with gaps, all listed under the missing input, nothing computed', () => {
    const ph = placeholder('prior.grand', '上年收入支出总计');
    const r = changeRuns(op('1'), ph);
    expect(txt(r)).toBe('【增加/减少】【请填写】万元，【增长/下降】【请填写】%');
    expect(r.filter(isToken)).toHaveLength(0);
    const gaps = r.filter(isPlaceholder);
    expect(gaps).toHaveLength(4);
    expect(gaps.every((g) => g.key === 'prior.grand' && g.label === '上年收入支出总计')).toBe(true);
  });
  test('missing budget: 完成率 and 大于/小于 stay in the sentence as gaps', () => {
    const ph = placeholder('budget.subject.2010301', '2010301 行政运行 年初预算');
    expect(txt(completionRuns(op('5'), ph))).toBe('完成年初预算的【请填写】%');
    expect(completionRuns(op('5'), op('0'))).toEqual([]); // a zero budget has no 完成率
  });
});

describe('completion (完成率) and 决算 vs 预算', () => {
  test('rate with 2 decimals', () => {
    expect(txt(completionRuns(op('1305.63'), op('837.69')))).toBe('完成年初预算的155.86%');
  });
  test('exactly 100 → "100%", exactly 0 → "0%"', () => {
    expect(txt(completionRuns(op('8.00'), op('8')))).toBe('完成年初预算的100%');
    expect(txt(completionRuns(op('0'), op('8')))).toBe('完成年初预算的0%');
  });
  test('zero budget: no 完成率', () => {
    expect(completionRuns(op('156.51'), op('0'))).toEqual([]);
  });
  test('both zero: no 完成率 either (never 100% for 0/0)', () => {
    expect(completionRuns(op('0'), op('0'))).toEqual([]);
  });
  test('大于 / 小于 / 等于', () => {
    expect(compareWord(op('2'), op('1'))).toBe('大于');
    expect(compareWord(op('1'), op('2'))).toBe('小于');
    expect(compareWord(op('1.0'), op('1'))).toBe('等于');
    expect(compareWord(op('1'), placeholder('k', 'l'))).toBeUndefined();
  });
});

describe('shares', () => {
  const parts = ['1043.07', '119.00', '54.91', '48.14', '40.51'].map((v, i) => op(v, i + 1));
  const whole = op('1305.63', 9);
  test('independent rounding: each share recomputes exactly', () => {
    const t = shares(parts, whole, 'independent').map((x) => x?.text);
    expect(t).toEqual(['79.89', '9.11', '4.21', '3.69', '3.10']);
  });
  test('largest remainder totals 100.00%', () => {
    const thirds = [op('1'), op('1'), op('1')];
    const ind = shares(thirds, op('3'), 'independent').map((x) => x!.value);
    expect(Dec.sum(ind).toFixed(2)).toBe('99.99');
    const lr = shares(thirds, op('3'), 'largest-remainder').map((x) => x!.value);
    expect(Dec.sum(lr).toFixed(2)).toBe('100.00');
    expect(lr.map((v) => v.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
  });
  test('whole part → "100", zero part → "0", zero whole → no share', () => {
    expect(shares([op('5'), op('0')], op('5'), 'largest-remainder').map((x) => x?.text)).toEqual(['100', '0']);
    expect(shares([op('0')], op('0'), 'independent')).toEqual([undefined]);
  });
  test('share tokens name part and whole', () => {
    const [s] = shares([parts[0]], whole, 'independent');
    expect(s!.calc).toEqual({ op: 'share', of: [parts[0], whole] });
  });
});

describe('cleanText (reasons typed by a person)', () => {
  test('half-width punctuation becomes full-width; trailing stop removed; decimals kept', () => {
    expect(cleanText(' 调整预算增加39.6万元, 主要用于(接待). ')).toBe('调整预算增加39.6万元，主要用于（接待）');
  });
});

test('Input type accepts placeholders', () => {
  const x: Input = placeholder('reason.income', '收入较上年变动的主要原因', '【请填写主要原因】');
  expect(x.kind).toBe('placeholder');
});
