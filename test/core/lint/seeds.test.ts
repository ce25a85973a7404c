import { readFileSync } from 'fs';
import { join } from 'path';
import { lintNarrative, type LintFinding, type LintSeverity } from '../../../src/core/lint';

/**
 * The two published seed documents, linted on their own text alone. Every figure was recomputed by hand to
 * build these tables: each expected finding says why the sentence is wrong, each correct sentence why it is right.
 */
const SEED_000 = readFileSync(join(__dirname, '../../fixtures/lint/seed-000-heshan-zfb-2021.txt'), 'utf8');
const SEED_004 = readFileSync(join(__dirname, '../../fixtures/lint/seed-004-heshan-jdfw-2021.txt'), 'utf8');

interface Expected {
  section: string;
  quote: string;
  rule: string;
  severity: LintSeverity;
  why: string;
}

const EXPECTED_000: Expected[] = [
  {
    section: '一',
    quote: '增减 3.62%',
    rule: 'direction-word',
    severity: 'error',
    why: '“增减”没有方向；1217.92 < 1263.66，应为“下降 3.62%”（45.74 ÷ 1263.66 = 3.62%）',
  },
  {
    section: '四',
    quote: '减少 0.13%',
    rule: 'direction-word',
    severity: 'info',
    why: '幅度宜写“下降”；1.58 ÷ 1203.38 = 0.13% 本身正确',
  },
  {
    section: '五',
    quote: '100%',
    rule: 'share-percent',
    severity: 'error',
    why: '五（一）占本年支出合计：1305.63 ÷ 1344.01（三、支出合计）= 97.14%，不是 100%',
  },
  { section: '五', quote: '6、', rule: 'numbering', severity: 'error', why: '五（三）有两个“6、”，第二个应为“7、”' },
  {
    section: '七',
    quote: '完成预算的100%',
    rule: 'zero-base',
    severity: 'error',
    why: '因公出国（境）费 预算 0、决算 0：0/0 不能写成 100%',
  },
  {
    section: '七',
    quote: '均为进行',
    rule: 'typo',
    severity: 'warning',
    why: '“近两年均为进行因公出国境活动”应为“均未进行”',
  },
  {
    section: '七',
    quote: '完成预算的100%',
    rule: 'zero-base',
    severity: 'error',
    why: '公务用车购置费 预算 0、决算 0：0/0 不能写成 100%',
  },
  {
    section: '七',
    quote: '减少18.03%',
    rule: 'direction-word',
    severity: 'info',
    why: '幅度宜写“下降”；1.76 ÷ (8.00 + 1.76) = 18.03% 本身正确',
  },
  { section: '七', quote: '8万元', rule: 'decimals', severity: 'info', why: '同一金额前文写 8.00，此处写 8' },
  {
    section: '七',
    quote: '8 万元',
    rule: 'decimals',
    severity: 'info',
    why: '七（二）3 公务用车购置费及运行维护费 8 万元，应写 8.00',
  },
  { section: '七', quote: '8 万元', rule: 'decimals', severity: 'info', why: '公务用车运行维护费 8 万元，应写 8.00' },
];

const EXPECTED_004: Expected[] = [
  {
    section: '一',
    quote: '收入总计 149.23 万元',
    rule: 'total-vs-subtotal',
    severity: 'warning',
    why: '149.23 是本年收入合计，加年初结转和结余 40.45 才是总计 189.68',
  },
  {
    section: '一',
    quote: '减少 96.85 万元，减少 36.36%',
    rule: 'change-percent',
    severity: 'error',
    why: '96.85 ÷ 246.08 = 39.36%，不是 36.36%',
  },
  { section: '一', quote: '减少 36.36%', rule: 'direction-word', severity: 'info', why: '幅度宜写“下降”' },
  {
    section: '一',
    quote: '主要原因是：主要原因是',
    rule: 'repeated-phrase',
    severity: 'warning',
    why: '“主要原因是”写了两遍',
  },
  {
    section: '一',
    quote: '支出总计 189.68 万元',
    rule: 'total-vs-subtotal',
    severity: 'warning',
    why: '本年支出合计 189.68 加年末结转和结余 0 才是总计',
  },
  { section: '一', quote: '结转各结余', rule: 'typo', severity: 'warning', why: '应为“年末结转和结余”' },
  {
    section: '一',
    quote: '减少 31.52%',
    rule: 'direction-word',
    severity: 'info',
    why: '幅度宜写“下降”；87.32 ÷ 277.00 = 31.52% 本身正确',
  },
  {
    section: '四',
    quote: '减少 96.85 万元，减少 36.36%',
    rule: 'change-percent',
    severity: 'error',
    why: '96.85 ÷ 246.08 = 39.36%',
  },
  { section: '四', quote: '减少 36.36%', rule: 'direction-word', severity: 'info', why: '幅度宜写“下降”' },
  {
    section: '四',
    quote: '主要原因是：主要原因是',
    rule: 'repeated-phrase',
    severity: 'warning',
    why: '“主要原因是”写了两遍',
  },
  {
    section: '四',
    quote: '当年末使用完',
    rule: 'typo',
    severity: 'warning',
    why: '一、写作“当年未使用完”，此处“末”为错字',
  },
  {
    section: '四',
    quote: '支出总计 189.68 万元',
    rule: 'total-vs-subtotal',
    severity: 'warning',
    why: '财政拨款支出合计 189.68 加年末结转和结余 0 才是总计',
  },
  { section: '四', quote: '减少 31.52%', rule: 'direction-word', severity: 'info', why: '幅度宜写“下降”' },
  { section: '五', quote: '减少 31.52%', rule: 'direction-word', severity: 'info', why: '幅度宜写“下降”' },
  {
    section: '五',
    quote: '121.56 万元',
    rule: 'cross-sum',
    severity: 'rounding',
    why: '五（三）各项年初预算 111.46 + 0 + 3.97 + 3.25 + 2.87 = 121.55，与 121.56 相差 0.01，在 6 × 0.005 之内',
  },
  {
    section: '五',
    quote: '39.6 万元',
    rule: 'decimals',
    severity: 'info',
    why: '151.06 − 111.46 = 39.60，应写两位小数',
  },
  {
    section: '五',
    quote: '3.83 元',
    rule: 'unit-yuan',
    severity: 'error',
    why: '支出决算 3.83 是万元：3.83 ÷ 3.97 = 96.47% 与文中完成率一致',
  },
  {
    section: '五',
    quote: '2.91 元',
    rule: 'unit-yuan',
    severity: 'error',
    why: '支出决算 2.91 是万元：2.91 ÷ 3.25 = 89.54% 与文中完成率一致',
  },
  {
    section: '六',
    quote: '189.68 万元',
    rule: 'sum-total',
    severity: 'rounding',
    why: '人员经费 60.53 + 公用经费 129.16 = 189.69，与基本支出 189.68 相差 0.01，在 3 × 0.005 之内',
  },
  {
    section: '六',
    quote: '主要包括',
    rule: 'repeated-phrase',
    severity: 'warning',
    why: '人员经费的“主要包括……”写了两遍',
  },
  {
    section: '十',
    quote: '增加 47.07 万元，增长 52.83%',
    rule: 'change-percent',
    severity: 'error',
    why: '基数 129.16 − 47.07 = 82.09，47.07 ÷ 82.09 = 57.34%',
  },
  {
    section: '十二',
    quote: '0%',
    rule: 'zero-base',
    severity: 'error',
    why: '政府采购支出总额 0 万元：中小企业合同金额“占政府采购支出总额的 0%”是 0 ÷ 0，没有占比可言（issue 16, capability 3）',
  },
  {
    section: '十二',
    quote: '0%',
    rule: 'zero-base',
    severity: 'error',
    why: '同上：小微企业合同金额占 0 万元总额的 0%',
  },
  {
    section: '',
    quote: '68.8% 万元',
    rule: 'punctuation',
    severity: 'error',
    why: '第五部分（附件 绩效自评）“收入较去年增长 68.8% 万元”：“%”后又跟单位，是百分比还是金额不明（issue 16, capability 10）',
  },
];

/** Sentences that are right: none may produce an error (fragments of the original text, with the arithmetic). */
const CORRECT_000: [string, string][] = [
  ['2021 年度收入 1217.92 万元，年初结转和结余 238.73 万元，总计 1456.65 万元', '1217.92 + 238.73 = 1456.65'],
  ['与 2020 年度收入 1263.66 万元相比，减少 45.74 万元', '1263.66 − 1217.92 = 45.74'],
  [
    '2021年度支出1344.01万元，年末结转和结余112.64万元，总计1456.65万元，与2020年度支出1187.62万元相比，增加156.39万元，增长13.17%',
    '1344.01 + 112.64 = 1456.65；156.39 ÷ 1187.62 = 13.17%',
  ],
  ['财政拨款收入1201.80万元，占98.68%', '1201.80 ÷ 1217.92 = 98.68%'],
  ['其他收入16.12万元，占1.32%', '16.12 ÷ 1217.92 = 1.32%'],
  ['基本支出1344.01万元，占100%', '1344.01 ÷ 1344.01'],
  ['年初结转和结余 103.83 万元，总计 1305.63 万元', '1201.80 + 103.83 = 1305.63'],
  ['与2020年度财政拨款支出1162.13万元相比，增加143.50万元，增长12.35%', '143.50 ÷ 1162.13 = 12.35%'],
  ['与上年相比，财政拨款支出增加143.50万元，增长12.35%', '143.50 ÷ (1305.63 − 143.50) = 12.35%'],
  ['一般公共服务（类）支出1043.07万元，占79.89%', '1043.07 ÷ 1305.63 = 79.89%'],
  ['科学技术支出119.00万元，占9.11%', '119.00 ÷ 1305.63 = 9.11%'],
  ['社会保障和就业支出54.91万元，占4.21%', '54.91 ÷ 1305.63 = 4.21%'],
  ['住房保障支出40.51万元，占3.10%', '40.51 ÷ 1305.63 = 3.10%；= 39.51 + 1.00'],
  [
    '年初预算数为837.69万元，支出决算数为1305.63万元，完成年初预算的155.86%',
    '1305.63 ÷ 837.69 = 155.86%；Σ项 预算 837.69，决算 1305.63',
  ],
  ['年初预算为695.13万元，支出决算为886.56万元，完成年初预算的127.54%', '886.56 ÷ 695.13 = 127.54%'],
  ['年初预算为0万元，支出决算为156.51万元，决算数大于年初预算数', '预算为 0 时不写完成率（正确）'],
  ['人员经费706.29万元，占基本支出的54.10%', '706.29 ÷ 1305.63 = 54.10%'],
  ['公用经费599.34万元，占基本支出的45.90%', '599.34 ÷ 1305.63 = 45.90%'],
  ['支出预算为31.00万元，支出决算为8.07万元，完成预算的26.03%', '8.07 ÷ 31.00 = 26.03%；0 + 23.00 + 0 + 8.00 = 31.00'],
  ['公务接待费支出预算为23.00万元，支出决算为0.07万元，完成预算的0.30%', '0.07 ÷ 23.00 = 0.30%'],
  ['与上年相比减少1.76万元，减少18.03%', '1.76 ÷ (8.00 + 1.76) = 18.03%'],
  ['公务接待费支出决算0.07万元，占0.87%', '0.07 ÷ 8.07 = 0.87%'],
  ['公务用车购置费及运行维护费支出决算8万元，占99.13%', '8 ÷ 8.07 = 99.13%'],
  ['比上年决算数增加140.38 万元，增长30.59%', '140.38 ÷ (599.34 − 140.38) = 30.59%'],
  ['政府采购支出总额6.28万元，其中：政府采购货物支出6.28万元', '6.28 + 0 + 0'],
  ['共有车辆1辆', '0 + 0 + 1 + 0 + 0 + 0 = 1'],
];

const CORRECT_004: [string, string][] = [
  ['年初结转和结余 40.45 万元，总计 189.68 万元', '149.23 + 40.45 = 189.68'],
  [
    '与 2020 年度支出（277.00 万元）相比，减少 87.32 万元，减少 31.52%',
    '277.00 − 189.68 = 87.32；87.32 ÷ 277.00 = 31.52%',
  ],
  ['财政拨款收入 149.23 万元，占 100%', '149.23 ÷ 149.23'],
  ['基本支出 189.68 万元，占 100%', '189.68 ÷ 189.68'],
  ['一般公共预算财政拨款支出 189.68 万元，占本年支出合计的 100%', '189.68 ÷ 189.68（三、支出合计）'],
  ['一般公共服务（类）支出 180.76 万元，占 95.30%', '180.76 ÷ 189.68 = 95.30%；= 151.06 + 29.70'],
  ['社会保障和就业（类）支出 3.83 万元，占 2.02%', '3.83 ÷ 189.68 = 2.02%'],
  ['卫生健康（类）支出 2.91 万元，占 1.53%', '2.91 ÷ 189.68 = 1.53%'],
  ['住房保障（类）支出 2.18 万元，占 1.15%', '2.18 ÷ 189.68 = 1.15%'],
  ['支出决算数为 189.68 万元，完成年初预算的 156.04%', '189.68 ÷ 121.56 = 156.04%'],
  [
    '年初预算为 111.46 万元，支出决算为 151.06 万元，完成年初预算的 135.53%',
    '151.06 ÷ 111.46 = 135.53%；151.06 − 111.46 = 39.6',
  ],
  ['完成年初预算的 96.47%', '3.83 ÷ 3.97 = 96.47%'],
  ['调整预算减少 0.14 万元', '3.97 − 3.83 = 0.14'],
  ['年初预算为 2.87 万元，支出决算为 2.18 万元，完成年初预算的 75.96%', '2.18 ÷ 2.87 = 75.96%；2.87 − 2.18 = 0.69'],
  ['人员经费 60.53 万元，占基本支出的 31.91%', '60.53 ÷ 189.68 = 31.91%'],
  ['公用经费 129.16 万元，占基本支出的 68.09%', '129.16 ÷ 189.68 = 68.09%'],
  ['“三公”经费财政拨款支出预算为 75.27 万元，支出决算为 75.27 万元，完成预算的 100%', '75.27 ÷ 75.27'],
  ['专项公务接待费支出决算 75.27 万元，占 100%', '75.27 ÷ 75.27（三公合计）'],
];

function fragmentOffset(text: string, fragment: string): number {
  const at = text.indexOf(fragment);
  if (at < 0) throw new Error(`fragment not in the seed: ${fragment}`);
  return at;
}

function describeSeed(name: string, text: string, expected: Expected[], correct: [string, string][]) {
  describe(name, () => {
    const result = lintNarrative(text);
    const findings = result.findings;

    test('every finding quotes the original text at its offset', () => {
      for (const f of findings) {
        expect(f.quote.length).toBeGreaterThan(0);
        expect(text.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
      }
    });

    test('finds exactly the expected mistakes (section, quote, rule, severity), in text order', () => {
      const got = findings.map((f) => ({ section: f.section, quote: f.quote, rule: f.rule, severity: f.severity }));
      expect(got).toEqual(expected.map(({ section, quote, rule, severity }) => ({ section, quote, rule, severity })));
    });

    test.each(correct)('no error in a correct sentence: %s (%s)', (fragment) => {
      const at = fragmentOffset(text, fragment);
      const inside = (f: LintFinding) => f.offset < at + fragment.length && f.offset + f.quote.length > at;
      expect(findings.filter((f) => f.severity === 'error' && inside(f))).toEqual([]);
    });

    test('reads the figures and verifies most of them', () => {
      expect(result.claims).toBeGreaterThan(100);
      expect(result.verified).toBeGreaterThan(result.claims * 0.6);
      expect(result.verified).toBeLessThanOrEqual(result.claims);
    });
  });
}

describeSeed('seed 000 益阳市赫山区人民政府办公室 2021', SEED_000, EXPECTED_000, CORRECT_000);
describeSeed('seed 004 赫山区接待服务中心 2021', SEED_004, EXPECTED_004, CORRECT_004);

describe('seed findings carry the computed values', () => {
  test('seed 004 一: expected 39.36%, suggestion keeps the author’s spacing', () => {
    const f = lintNarrative(SEED_004).findings.find((x) => x.rule === 'change-percent' && x.section === '一')!;
    expect(f).toMatchObject({ expected: '39.36%', actual: '36.36%', suggestion: '减少 96.85 万元，下降 39.36%' });
    expect(f.message).toContain('96.85 ÷ 246.08');
  });
  test('seed 004 十: the base is derived from 本年 − 增加额', () => {
    const f = lintNarrative(SEED_004).findings.find((x) => x.rule === 'change-percent' && x.section === '十')!;
    expect(f).toMatchObject({ expected: '57.34%', actual: '52.83%', suggestion: '增加 47.07 万元，增长 57.34%' });
    expect(f.message).toContain('82.09');
  });
  test('seed 000 五（一）: the base is the 支出合计 stated in 三', () => {
    const f = lintNarrative(SEED_000).findings.find((x) => x.rule === 'share-percent')!;
    expect(f).toMatchObject({ section: '五', expected: '97.14%', actual: '100%', suggestion: '97.14%' });
    expect(f.message).toContain('1344.01');
  });
  test('seed 000 一: 增减 gets the direction from the figures', () => {
    const f = lintNarrative(SEED_000).findings.find((x) => x.rule === 'direction-word' && x.severity === 'error')!;
    expect(f.suggestion).toBe('下降 3.62%');
  });
  test('seed 000 五（三）: the duplicated item number gets the next number', () => {
    const f = lintNarrative(SEED_000).findings.find((x) => x.rule === 'numbering')!;
    expect(f.suggestion).toBe('7、');
    expect(SEED_000.slice(f.offset, f.offset + 40)).toContain('城乡社区住宅');
  });
});
