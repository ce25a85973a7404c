import { Dec } from '../../../src/core/decimal/dec';
import { lintNarrative } from '../../../src/core/lint';
import { fig } from '../../../src/core/model/figure';
import type { Disclosure, Figure, SubjectRow, SuppEntry, TableId, TableModel } from '../../../src/core/model/types';

/** A small Disclosure built by hand: the figures of seed 000 in the tables and 补充信息 the text refers to. */
function table(id: TableId, sheet: string, parts: Partial<TableModel>): TableModel {
  return { id, title: id, sheet, range: 'A1:H20', unit: '万元', items: {}, columns: [], rows: [], ...parts };
}
function row(code: string, name: string, level: 1 | 2 | 3, total: Figure): SubjectRow {
  return { code, name, level, row: total.cell.row, values: { total } };
}
function supp(entries: [string, string, string][]): Disclosure['supplementary'] {
  const out: Record<string, SuppEntry> = {};
  entries.forEach(([key, label, value], i) => {
    const f = fig(value, `补充信息!C${i + 2}`);
    out[key] = { key, label, kind: 'amount', figure: f, cell: f.cell };
  });
  return { sheet: '补充信息', entries: out };
}

function disclosure(over: { t01?: Record<string, Figure>; prior?: string } = {}): Disclosure {
  return {
    profile: 'hunan-2021',
    tables: {
      T01: table('T01', '公开01表', {
        items: {
          'income.total': fig('1217.92', '公开01表!B12'),
          'expense.total': fig('1344.01', '公开01表!D30'),
          'income.carryIn': fig('238.73', '公开01表!B14'),
          'income.grand': fig('1456.65', '公开01表!B16'),
          ...over.t01,
        },
      }),
      T05: table('T05', '公开05表', {
        totalRow: { total: fig('1305.63', '公开05表!C7'), basic: fig('1305.63', '公开05表!D7') },
        rows: [
          row('201', '一般公共服务支出', 1, fig('1043.07', '公开05表!C8')),
          row('20103', '政府办公厅（室）及相关机构事务', 2, fig('1043.07', '公开05表!C9')),
          row('2010301', '行政运行', 3, fig('886.56', '公开05表!C10')),
        ],
      }),
      T06: table('T06', '公开06表', {
        items: { personnelTotal: fig('706.29', '公开06表!C30'), publicTotal: fig('599.34', '公开06表!F30') },
      }),
      T07: table('T07', '公开07表', {
        items: {
          'actual.total': fig('8.07', '公开07表!C7'),
          'budget.total': fig('31.00', '公开07表!B7'),
          'actual.vehicleOperation': fig('8.00', '公开07表!K7'),
        },
      }),
    },
    supplementary: supp([
      ['prior.income.total', '上年收入合计（本年收入）', '1263.66'],
      ['prior.threePublic.vehicleOperation', '上年公务用车运行维护费', over.prior ?? '9.76'],
      ['budget.subject.2010301', '年初预算 2010301 行政运行', '695.13'],
    ]),
    problems: [],
  };
}

const S1 =
  '一、收入支出决算总体情况说明\n2021年度收入1217.92万元，年初结转和结余238.73万元，总计1456.65万元，与2020年度收入1263.66万元相比，减少45.74万元，下降3.62%。';
const S5 =
  '五、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n2021年度财政拨款支出1305.63万元，占本年支出合计的100%。\n（二）结构情况\n2021年度财政拨款支出1305.63万元，主要用于以下方面：一般公共服务（类）支出1043.07万元，占79.89%。\n（三）具体情况\n1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。\n年初预算为695.13万元，支出决算为886.56万元，完成年初预算的127.54%。';
const S6 =
  '六、一般公共预算财政拨款基本支出决算情况说明\n2021年度财政拨款基本支出1305.63万元，其中：人员经费706.29万元，占基本支出的54.10%；公用经费599.34万元，占基本支出的45.90%。';
const S7 =
  '七、一般公共预算财政拨款“三公”经费支出决算情况说明\n2021年度“三公”经费财政拨款支出预算为31.00万元，支出决算为8.07万元，完成预算的26.03%。\n公务用车运行维护费支出预算为8.00万元，支出决算为8.00万元，完成预算的100%，与上年相比减少1.76万元，下降18.03%。';

describe('comparison with the workbook model', () => {
  test('figures that match the tables and 补充信息 are verified, none reported', () => {
    const item2 =
      '\n2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）。\n年初预算为0万元，支出决算为156.51万元。';
    const text = [S1, S5.replace('100%', '97.14%') + item2, S6, S7].join('\n');
    const r = lintNarrative(text, { disclosure: disclosure() });
    expect(r.findings.filter((f) => f.rule === 'workbook-mismatch')).toEqual([]);
    // The excerpt lists 2 of seed 000's 7 项, so only the 项-sum relation (cross-sum) can fail.
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['cross-sum']);
    // A figure no sentence can check is verified by its cell.
    const lone = '二、收入决算情况说明\n2021年度收入合计1217.92万元。';
    expect(lintNarrative(lone).verified).toBe(0);
    expect(lintNarrative(lone, { disclosure: disclosure() }).verified).toBe(1);
  });

  test('a figure that differs from its cell is an error naming the table, item and cell', () => {
    const r = lintNarrative(S1, {
      disclosure: disclosure({ t01: { 'income.total': fig('1217.93', '公开01表!B12') } }),
    });
    const f = r.findings.filter((x) => x.rule === 'workbook-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'error',
      section: '一',
      quote: '1217.92万元',
      expected: '1217.93',
      actual: '1217.92',
    });
    expect(f[0].message).toContain('收入支出决算总表');
    expect(f[0].message).toContain('本年收入合计');
    expect(f[0].message).toContain('公开01表!B12');
  });

  test('a cell in 元 is compared after rounding to the text’s 万元 decimals', () => {
    const exact = fig('12179249', '公开01表!B12', '元');
    expect(exact.value.eq(Dec.from('1217.9249'))).toBe(true);
    const r1 = lintNarrative(S1, { disclosure: disclosure({ t01: { 'income.total': exact } }) });
    expect(r1.findings.filter((x) => x.rule === 'workbook-mismatch')).toEqual([]);
    // 12179250 元 = 1217.925 万元 rounds half-up to 1217.93: 1217.92 is off by the rounding only.
    const half = fig('12179250', '公开01表!B12', '元');
    const r2 = lintNarrative(S1, { disclosure: disclosure({ t01: { 'income.total': half } }) });
    expect(r2.findings.filter((x) => x.rule === 'workbook-mismatch').map((x) => x.severity)).toEqual(['rounding']);
  });

  test('a share whose base the text does not state is checked against the table (五（一） 100% of 本年支出合计)', () => {
    const only5 = S5.split('\n（二）')[0];
    expect(lintNarrative(only5).findings.filter((f) => f.rule === 'share-percent')).toEqual([]);
    const f = lintNarrative(only5, { disclosure: disclosure() }).findings.filter((x) => x.rule === 'share-percent');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', quote: '100%', expected: '97.14%', suggestion: '97.14%' });
    expect(f[0].message).toContain('公开01表!D30');
  });

  test('类 and 项 of 五 are compared with 公开05表 rows and the 补充信息 年初预算', () => {
    const d = disclosure();
    const t05 = d.tables.T05!;
    const wrong: Disclosure = {
      ...d,
      tables: {
        ...d.tables,
        T05: { ...t05, rows: [row('201', '一般公共服务支出', 1, fig('1043.70', '公开05表!C8')), ...t05.rows.slice(1)] },
      },
      supplementary: supp([['budget.subject.2010301', '年初预算 2010301 行政运行', '659.13']]),
    };
    const f = lintNarrative(S5, { disclosure: wrong }).findings.filter((x) => x.rule === 'workbook-mismatch');
    expect(f.map((x) => [x.quote, x.expected])).toEqual([
      ['1043.07万元', '1043.70'],
      ['695.13万元', '659.13'],
    ]);
    expect(f[0].message).toContain('201 一般公共服务支出');
  });

  test('a change stated as Δ and % only is checked against the 上年 figure of 补充信息', () => {
    expect(
      lintNarrative(S7, { disclosure: disclosure() }).findings.filter((x) => x.rule === 'workbook-mismatch'),
    ).toEqual([]);
    const f = lintNarrative(S7, { disclosure: disclosure({ prior: '9.96' }) }).findings.filter(
      (x) => x.rule === 'workbook-mismatch',
    );
    expect(f.map((x) => [x.quote, x.expected])).toEqual([
      ['1.76万元', '1.96'],
      ['18.03%', '19.68%'],
    ]);
    expect(f[0].message).toContain('上年公务用车运行维护费');
  });
});
