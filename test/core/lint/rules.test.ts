import { lintNarrative, RULES, type LintSeverity } from '../../../src/core/lint';
import { CORPUS } from '../../fixtures/lint/corpus';

/**
 * RuleTester style: for each rule, texts it must accept (no finding of that rule) and texts it must report,
 * with the severity, the quoted span and (where it matters) the computed value.
 */
const S1 = '一、收入支出决算总体情况说明\n';
const S2 = '二、收入决算情况说明\n';
const S3 = '三、支出决算情况说明\n';
const S5 = '五、一般公共预算财政拨款支出决算情况说明\n';
const S7 = '七、一般公共预算财政拨款“三公”经费支出决算情况说明\n';
const S8 = '八、政府性基金预算收入支出决算情况\n';
const S10 = '十、机关运行经费支出说明\n';

interface Invalid {
  text: string;
  severity: LintSeverity;
  quote: string;
  expected?: string;
  suggestion?: string;
}
interface Case {
  rule: string;
  valid: string[];
  invalid: Invalid[];
}

const CASES: Case[] = [
  {
    rule: 'difference-amount',
    valid: [S1 + '2021年度收入100.00万元，与2020年度收入90.00万元相比，增加10.00万元，增长11.11%。'],
    invalid: [
      {
        text: S1 + '2021年度收入100.00万元，与2020年度收入90.00万元相比，增加12.00万元，增长11.11%。',
        severity: 'error',
        quote: '12.00万元',
        expected: '10.00',
      },
      {
        text: S1 + '2021年度收入100.01万元，与2020年度收入90.00万元相比，增加10.00万元，增长11.11%。',
        severity: 'rounding',
        quote: '10.00万元',
      },
    ],
  },
  {
    rule: 'difference-direction',
    valid: [S1 + '2021年度支出80.00万元，与2020年度支出100.00万元相比，减少20.00万元，下降20.00%。'],
    invalid: [
      {
        text: S1 + '2021年度支出80.00万元，与2020年度支出100.00万元相比，增加20.00万元，下降20.00%。',
        severity: 'error',
        quote: '增加20.00万元',
        suggestion: '减少',
      },
      {
        text: S1 + '2021年度支出80.00万元，与2020年度支出100.00万元相比，减少20.00万元，增长20.00%。',
        severity: 'error',
        quote: '增长20.00%',
        suggestion: '下降',
      },
    ],
  },
  {
    rule: 'change-percent',
    valid: [
      S1 + '2021年度收入100.00万元，与2020年度收入90.00万元相比，增加10.00万元，增长11.11%。',
      // Δ and % without the prior figure: the base is 本年 − Δ = 90.00.
      S10 + '本部门2021年度机关运行经费支出100.00万元，比上年决算数增加10.00万元，增长11.11%。',
      // Shanghai 2024 wording: the 本年 figure is in the sentence before.
      S1 + '上海市XX局2024年度收入支出总计1200.00万元。与2023年度相比，收入支出总计增加200.00万元，增长20.00%。',
    ],
    invalid: [
      {
        text: S1 + '2021年度收入100.00万元，与2020年度收入90.00万元相比，增加10.00万元，增长10.00%。',
        severity: 'error',
        quote: '增加10.00万元，增长10.00%',
        expected: '11.11%',
        suggestion: '增加10.00万元，增长11.11%',
      },
      {
        // 10 ÷ 90 = 11.111…%; with the rounding of 10.00 and 90.00 the ratio can reach 11.117%: 11.12% is a rounding matter.
        text: S1 + '2021年度收入100.00万元，与2020年度收入90.00万元相比，增加10.00万元，增长11.12%。',
        severity: 'rounding',
        quote: '增加10.00万元，增长11.12%',
      },
      {
        text:
          S1 + '上海市XX局2024年度收入支出总计1200.00万元。与2023年度相比，收入支出总计增加200.00万元，增长16.67%。',
        severity: 'error',
        quote: '增加200.00万元，增长16.67%',
        expected: '20.00%',
      },
      {
        text: S10 + '本部门2021年度机关运行经费支出100.00万元，比上年决算数增加10.00万元，增长10.00%。',
        severity: 'error',
        quote: '增加10.00万元，增长10.00%',
        expected: '11.11%',
      },
    ],
  },
  {
    rule: 'share-percent',
    valid: [S2 + '2021年度收入合计200.00万元，其中：财政拨款收入150.00万元，占75.00%；其他收入50.00万元，占25.00%。'],
    invalid: [
      {
        text: S2 + '2021年度收入合计200.00万元，其中：财政拨款收入150.00万元，占70.00%；其他收入50.00万元，占25.00%。',
        severity: 'error',
        quote: '70.00%',
        expected: '75.00%',
      },
      {
        // 占…的 names the base: found in another section of the text.
        text:
          S3 +
          '2021年度支出合计120.00万元，其中：基本支出120.00万元，占100%。\n' +
          S5 +
          '（一）总体情况\n2021年度财政拨款支出100.00万元，占本年支出合计的100%。',
        severity: 'error',
        quote: '100%',
        expected: '83.33%',
      },
    ],
  },
  {
    rule: 'completion-rate',
    valid: [S5 + '（三）具体情况\n年初预算为100.00万元，支出决算为120.00万元，完成年初预算的120%。'],
    invalid: [
      {
        text: S5 + '（三）具体情况\n年初预算为100.00万元，支出决算为120.00万元，完成年初预算的125.00%。',
        severity: 'error',
        quote: '125.00%',
        expected: '120.00%',
      },
    ],
  },
  {
    rule: 'sum-total',
    valid: [S1 + '2021年度收入100.00万元，年初结转和结余20.00万元，总计120.00万元。'],
    invalid: [
      {
        text: S1 + '2021年度收入100.00万元，年初结转和结余20.00万元，总计130.00万元。',
        severity: 'error',
        quote: '130.00万元',
        expected: '120.00',
      },
      {
        text: S1 + '2021年度收入100.01万元，年初结转和结余20.01万元，总计120.01万元。',
        severity: 'rounding',
        quote: '120.01万元',
      },
      {
        // A known breakdown (收入 by source) that falls short of its total.
        text: S2 + '2021年度收入合计200.00万元，其中：财政拨款收入150.00万元，占75.00%；其他收入40.00万元，占20.00%。',
        severity: 'error',
        quote: '200.00万元',
        expected: '190.00',
      },
    ],
  },
  {
    rule: 'budget-comparison',
    valid: [
      S5 +
        '（三）具体情况\n年初预算为100.00万元，支出决算为90.00万元，完成年初预算的90.00%，决算数小于年初预算数的主要原因是：节约。',
    ],
    invalid: [
      {
        text:
          S5 +
          '（三）具体情况\n年初预算为100.00万元，支出决算为90.00万元，完成年初预算的90.00%，决算数大于年初预算数的主要原因是：节约。',
        severity: 'error',
        quote: '决算数大于年初预算数',
        suggestion: '决算数小于年初预算数',
      },
    ],
  },
  {
    rule: 'zero-base',
    valid: [S7 + '因公出国（境）费支出预算为0万元，支出决算为0万元，本年无此项支出。'],
    invalid: [
      {
        text: S7 + '因公出国（境）费支出预算为0万元，支出决算为0万元，完成预算的100%。',
        severity: 'error',
        quote: '完成预算的100%',
      },
      {
        text: S5 + '（三）具体情况\n年初预算为0万元，支出决算为5.00万元，完成年初预算的100%。',
        severity: 'error',
        quote: '完成年初预算的100%',
      },
      { text: S2 + '2021年度收入合计0万元，其中：财政拨款收入0万元，占100%。', severity: 'error', quote: '100%' },
    ],
  },
  {
    rule: 'direction-word',
    valid: [S1 + '2021年度收入90.00万元，与2020年度收入100.00万元相比，减少10.00万元，下降10.00%。'],
    invalid: [
      {
        text: S1 + '2021年度收入90.00万元，与2020年度收入100.00万元相比，减少10.00万元，增减10.00%。',
        severity: 'error',
        quote: '增减10.00%',
        suggestion: '下降10.00%',
      },
      {
        text: S1 + '2021年度收入90.00万元，与2020年度收入100.00万元相比，减少10.00万元，减少10.00%。',
        severity: 'info',
        quote: '减少10.00%',
        suggestion: '下降10.00%',
      },
    ],
  },
  {
    rule: 'total-vs-subtotal',
    valid: [S1 + '2021年度收入合计100.00万元，年初结转和结余20.00万元，总计120.00万元。'],
    invalid: [
      {
        text: S1 + '2021年度收入总计100.00万元，年初结转和结余20.00万元，总计120.00万元。',
        severity: 'warning',
        quote: '收入总计100.00万元',
        suggestion: '收入合计100.00万元',
      },
    ],
  },
  {
    rule: 'repeated-phrase',
    valid: [S1 + '2021年度收入100.00万元，主要原因是：业务增加。'],
    invalid: [
      {
        text: S1 + '2021年度收入100.00万元，主要原因是：主要原因是业务增加。',
        severity: 'warning',
        quote: '主要原因是：主要原因是',
      },
    ],
  },
  {
    rule: 'typo',
    valid: [S1 + '2021年度支出100.00万元，年末结转和结余0万元，总计100.00万元。'],
    invalid: [
      {
        text: S1 + '2021年度支出100.00万元，年末结转各结余0万元，总计100.00万元。',
        severity: 'warning',
        quote: '结转各结余',
        suggestion: '结转和结余',
      },
    ],
  },
  {
    rule: 'numbering',
    valid: [S1 + '正文。\n' + S2 + '正文。', S5 + '（三）具体情况\n1、甲。\n2、乙。\n3、丙。'],
    invalid: [
      { text: S5 + '（三）具体情况\n1、甲。\n2、乙。\n2、丙。', severity: 'error', quote: '2、', suggestion: '3、' },
      { text: S5 + '（三）具体情况\n1、甲。\n2、乙。\n4、丙。', severity: 'warning', quote: '4、', suggestion: '3、' },
      { text: S1 + '正文。\n' + S3 + '正文。', severity: 'warning', quote: '三、', suggestion: '二、' },
    ],
  },
  {
    rule: 'unit-yuan',
    valid: [S5 + '（三）具体情况\n年初预算为3.97万元，支出决算为3.83万元，完成年初预算的96.47%。'],
    invalid: [
      {
        text: S5 + '（三）具体情况\n年初预算为3.97万元，支出决算为3.83元，完成年初预算的96.47%。',
        severity: 'error',
        quote: '3.83元',
        suggestion: '3.83万元',
      },
      // Nothing confirms the 万元 reading: a doubt, not an error.
      {
        text: S5 + '（三）具体情况\n年初预算为3.97万元，支出决算为3.83元，另支出1.00万元，合计5.00万元。',
        severity: 'warning',
        quote: '3.83元',
      },
    ],
  },
  {
    rule: 'decimals',
    valid: [S1 + '2021年度收入100.00万元，年初结转和结余0万元，总计100.00万元。'],
    invalid: [
      {
        text: S1 + '2021年度收入100.00万元，年初结转和结余20.5万元，总计120.50万元。',
        severity: 'info',
        quote: '20.5万元',
        suggestion: '20.50万元',
      },
    ],
  },
  {
    rule: 'same-figure',
    valid: [
      S1 + '2021年度收入100.00万元，年初结转和结余0万元，总计100.00万元。\n' + S2 + '2021年度收入合计100.00万元。',
    ],
    invalid: [
      {
        text:
          S1 + '2021年度收入100.00万元，年初结转和结余0万元，总计100.00万元。\n' + S2 + '2021年度收入合计101.00万元。',
        severity: 'error',
        quote: '101.00万元',
        expected: '100.00',
      },
    ],
  },
  {
    rule: 'cross-sum',
    valid: [
      S7 +
        '“三公”经费财政拨款支出预算为10.00万元，支出决算为8.00万元，完成预算的80.00%，其中：\n因公出国（境）费支出预算为0万元，支出决算为0万元。\n公务接待费支出预算为5.00万元，支出决算为3.00万元，完成预算的60.00%。\n公务用车购置及运行维护费支出预算为5.00万元，支出决算为5.00万元，完成预算的100%。',
      S8 +
        '2021年度政府性基金预算财政拨款收入10.00万元；年初结转和结余5.00万元；支出12.00万元；年末结转和结余3.00万元。',
    ],
    invalid: [
      {
        text:
          S7 +
          '“三公”经费财政拨款支出预算为10.00万元，支出决算为9.00万元，完成预算的90.00%，其中：\n因公出国（境）费支出预算为0万元，支出决算为0万元。\n公务接待费支出预算为5.00万元，支出决算为3.00万元，完成预算的60.00%。\n公务用车购置及运行维护费支出预算为5.00万元，支出决算为5.00万元，完成预算的100%。',
        severity: 'error',
        quote: '9.00万元',
        expected: '8.00',
      },
      {
        text:
          S8 +
          '2021年度政府性基金预算财政拨款收入10.00万元；年初结转和结余5.00万元；支出12.00万元；年末结转和结余4.00万元。',
        severity: 'error',
        quote: '4.00万元',
        expected: '3.00',
      },
    ],
  },
];

describe.each(CASES)('rule $rule', ({ rule, valid, invalid }) => {
  test('is registered with a Chinese title', () => {
    const r = RULES.find((x) => x.id === rule);
    expect(r).toBeDefined();
    expect(r!.title).toMatch(/[\u4e00-\u9fff]/);
  });
  test.each(valid)('valid: %s', (text) => {
    expect(lintNarrative(text).findings.filter((f) => f.rule === rule)).toEqual([]);
  });
  test.each(invalid)('invalid: $text', ({ text, severity, quote, expected, suggestion }) => {
    const found = lintNarrative(text).findings.filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, quote });
    expect(text.slice(found[0].offset, found[0].offset + quote.length)).toBe(quote);
    if (expected !== undefined) expect(found[0].expected).toBe(expected);
    if (suggestion !== undefined) expect(found[0].suggestion).toBe(suggestion);
    expect(found[0].message).toMatch(/[\u4e00-\u9fff]/);
  });
});

test('every registered rule has a test case here, in workbook.test.ts, its own examples or the corpus', () => {
  const tested = new Set([
    ...CASES.map((c) => c.rule),
    'workbook-mismatch',
    ...RULES.filter((r) => r.examples).map((r) => r.id),
    ...CORPUS.map((c) => c.rule),
  ]);
  expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
});
