import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { lintNarrative } from '../../../src/core/lint';

const SEED_000 = readFileSync(join(__dirname, '../../fixtures/lint/seed-000-heshan-zfb-2021.txt'), 'utf8');
const SEED_004 = readFileSync(join(__dirname, '../../fixtures/lint/seed-004-heshan-jdfw-2021.txt'), 'utf8');

function quotesAreExact(input: string): void {
  for (const f of lintNarrative(input).findings) {
    expect(f.quote.length).toBeGreaterThan(0);
    expect(input.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
  }
}

describe('odd input', () => {
  test('empty text', () => {
    expect(lintNarrative('')).toEqual({ findings: [], claims: 0, verified: 0 });
  });
  test('text without numbers', () => {
    expect(lintNarrative('一、收入支出决算总体情况说明\n本单位收支平稳，主要原因是：业务稳定。')).toEqual({
      findings: [],
      claims: 0,
      verified: 0,
    });
  });
  test('the Shanghai 2024 template (XXX placeholders, 目录 first, form feeds): part 三 found, only its unfilled blanks reported', () => {
    const template = readFileSync(join(__dirname, '../../fixtures/lint/shanghai-2024-template.txt'), 'utf8');
    const findings = lintNarrative(template).findings;
    // An unfilled template is all leftovers ("XX 局", "增加（减少）", "XX%"): reported as such, never as a wrong number.
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual(['punctuation', 'template-leftover']);
    expect(findings.some((f) => f.quote === 'XX')).toBe(true);
  });
  test('a whole disclosure: only part 三 is read, with the same findings as part 三 alone', () => {
    const start = SEED_000.indexOf('## 第三部分\n');
    const end = SEED_000.indexOf('# 第四部分');
    expect(start).toBeGreaterThan(0);
    const partThree = SEED_000.slice(start, end);
    const whole = lintNarrative(SEED_000);
    const alone = lintNarrative(partThree);
    expect(whole.findings.every((f) => f.offset >= start && f.offset < end)).toBe(true);
    expect(alone.findings.map((f) => [f.rule, f.quote, f.offset + start])).toEqual(
      whole.findings.map((f) => [f.rule, f.quote, f.offset]),
    );
    expect(alone.claims).toBe(whole.claims);
  });
  test('about 1 MB of repeated seed text completes, and finds the mistakes of each copy', () => {
    // Part 三 of seed 004 repeated without part headings: one long part 三 with the sections over and over.
    const body = SEED_004.slice(
      SEED_004.indexOf('第三部分：\n\n2021 年度部门决算情况说明'),
      SEED_004.indexOf('第四部分：'),
    ).replace('第三部分：', '');
    const copies = Math.ceil(1_000_000 / body.length);
    const big = body.repeat(copies);
    expect(big.length).toBeGreaterThan(1_000_000);
    const r = lintNarrative(big);
    expect(r.findings.filter((f) => f.rule === 'change-percent' && f.expected === '39.36%')).toHaveLength(2 * copies);
    expect(r.claims).toBeGreaterThan(100 * copies);
    const whole = SEED_000.repeat(Math.ceil(1_000_000 / SEED_000.length));
    expect(lintNarrative(whole).findings.length).toBeGreaterThan(0);
  });
  test('random strings: no exception, every quote is found in the input at its offset', () => {
    const token = fc.constantFrom(
      '一、',
      '五、',
      '（一）',
      '（三）',
      '1、',
      '2.',
      '\n',
      '\n\n',
      ' ',
      '　',
      '，',
      '。',
      '；',
      '：',
      '%',
      '％',
      '万元',
      '元',
      '个',
      '辆',
      '0',
      '1',
      '100',
      '3.62',
      '１２',
      '.',
      ',',
      '增加',
      '减少',
      '增减',
      '增长',
      '下降',
      '占',
      '的',
      '占本年支出合计的',
      '其中：',
      '年初预算为',
      '支出决算为',
      '完成预算的',
      '总计',
      '收入总计',
      '年初结转和结余',
      '与2020年度收入',
      '相比',
      '第三部分',
      '第四部分',
      '“三公”经费',
      '公务接待费',
      '主要原因是',
      '决算数大于预算数',
      '(',
      ')',
      '**',
      '#',
      '\r\n',
      '元以上',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(token, fc.string({ maxLength: 4 })), { maxLength: 60 }), (parts) => {
        quotesAreExact(parts.join(''));
      }),
      { numRuns: 300 },
    );
  });
});
