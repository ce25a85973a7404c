import { lintNarrative } from '../../../src/core/lint';
import { fig } from '../../../src/core/model/figure';
import type { Disclosure, Figure, SubjectRow, SuppEntry, TableId, TableModel } from '../../../src/core/model/types';

/**
 * Issue 16 capabilities the published passages of the corpus do not show, each with a valid and an invalid case
 * against a small hand-built workbook model: one amount printed with two roundings (2), 年初 vs 全年预算 (4), a
 * 项 of 八 compared with that 项 not the section total (12), zero bases that live elsewhere (3), a section that says
 * “无” while its table has figures (11), and a 款 name against the workbook (6).
 */
function table(id: TableId, sheet: string, parts: Partial<TableModel>): TableModel {
  return { id, title: id, sheet, range: 'A1:H20', unit: '万元', items: {}, columns: [], rows: [], ...parts };
}
function row(code: string, name: string, level: 1 | 2 | 3, values: Record<string, Figure>): SubjectRow {
  return { code, name, level, row: Object.values(values)[0].cell.row, values };
}
function supp(entries: [string, string, string][]): Disclosure['supplementary'] {
  const out: Record<string, SuppEntry> = {};
  entries.forEach(([key, label, value], i) => {
    const f = fig(value, `补充信息!C${i + 2}`);
    out[key] = { key, label, kind: 'amount', figure: f, cell: f.cell };
  });
  return { sheet: '补充信息', entries: out };
}
function model(tables: Partial<Record<TableId, TableModel>>, s: [string, string, string][] = []): Disclosure {
  return { profile: 'hunan-2021', tables, supplementary: supp(s), problems: [] };
}
const rules = (text: string, d: Disclosure | undefined, rule: string) =>
  lintNarrative(text, { disclosure: d }).findings.filter((f) => f.rule === rule);

describe('capability 2: one amount, two printed roundings', () => {
  // 表4 prints 一般公共预算财政拨款支出 as 236.64, 表5 as 236.63 (each table rounds its own 元 figures).
  const d = model({
    T04: table('T04', '公开04表', { items: { 'expense.total.general': fig('236.64', '公开04表!D30') } }),
    T05: table('T05', '公开05表', { totalRow: { total: fig('236.63', '公开05表!C7') } }),
  });
  const text = (v: string) =>
    `五、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n2021年度财政拨款支出${v}万元。`;
  test.each(['236.63', '236.64'])('valid: %s is either table’s printing', (v) => {
    expect(rules(text(v), d, 'workbook-mismatch')).toEqual([]);
  });
  test('invalid: 236.90 is neither; no replacement is suggested while the tables disagree', () => {
    const f = rules(text('236.90'), d, 'workbook-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', quote: '236.90万元' });
    expect(f[0].suggestion).toBeUndefined();
    // Both printings are named, for the pane and the web page to select.
    expect(f[0].cells).toEqual(['公开05表!C7', '公开04表!D30']);
  });
});

describe('capability 4: 年初预算, 全年（调整）预算 and 预算 are distinct', () => {
  const head = '七、“三公”经费支出决算情况说明\n';
  test('valid: 完成全年预算 over the 全年预算 figure', () => {
    const t = head + '“三公”经费年初预算为0.00万元，全年预算为10.00万元，支出决算为8.00万元，完成全年预算的80.00%。';
    expect(rules(t, undefined, 'budget-kind')).toEqual([]);
    expect(rules(t, undefined, 'completion-rate')).toEqual([]);
  });
  test('invalid: 完成年初预算 computed over the 全年预算 figure', () => {
    const t = head + '“三公”经费全年预算为10.00万元，支出决算为8.00万元，完成年初预算的80.00%。';
    const f = rules(t, undefined, 'budget-kind');
    expect(f.map((x) => x.quote)).toEqual(['完成年初预算的80.00%']);
  });
  test('invalid: 完成年初预算 when 年初预算 is 0 (capability 3): the text must name 全年/调整预算', () => {
    const t = head + '“三公”经费年初预算为0.00万元，支出决算为8.00万元，完成年初预算的100%。';
    const f = rules(t, undefined, 'zero-base');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('全年（调整）预算');
  });
});

describe('capability 3: zero bases wherever the base lives', () => {
  test('implied: 增加0.30万元，增长100% means last year was 0', () => {
    const t = '十、机关运行经费支出说明\n本部门2021年度机关运行经费支出0.30万元，比上年增加0.30万元，增长100%。';
    expect(rules(t, undefined, 'zero-base').map((f) => f.quote)).toEqual(['增长100%']);
    const ok = '十、机关运行经费支出说明\n本部门2021年度机关运行经费支出0.60万元，比上年增加0.30万元，增长100%。';
    expect(rules(ok, undefined, 'zero-base')).toEqual([]);
  });
  test('in 表7 for that one item (not the 三公 total): 公务接待费 budget 0 there', () => {
    const d = model({
      T07: table('T07', '公开07表', {
        items: {
          'budget.total': fig('31.00', '公开07表!B7'),
          'actual.total': fig('8.07', '公开07表!C7'),
          'budget.reception': fig('0', '公开07表!L7'),
          'actual.reception': fig('0.07', '公开07表!M7'),
          'budget.vehicleOperation': fig('8.00', '公开07表!J7'),
          'actual.vehicleOperation': fig('8.00', '公开07表!K7'),
        },
      }),
    });
    const bad = '七、“三公”经费支出决算情况说明\n公务接待费支出决算为0.07万元，完成预算的0.23%。';
    const f = rules(bad, d, 'zero-base');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('公开07表!L7');
    const good = '七、“三公”经费支出决算情况说明\n公务用车运行维护费支出决算为8.00万元，完成预算的100%。';
    expect(rules(good, d, 'zero-base')).toEqual([]);
    expect(rules(good, d, 'completion-rate')).toEqual([]);
  });
});

describe('capability 12: an item of 八 is compared with that 项, never with the section total', () => {
  const d = model(
    {
      T08: table('T08', '公开08表', {
        totalRow: { income: fig('80.00', '公开08表!C7'), expTotal: fig('80.00', '公开08表!D7') },
        rows: [
          row('212', '城乡社区支出', 1, { expTotal: fig('80.00', '公开08表!D8') }),
          row('21208', '国有土地使用权出让收入安排的支出', 2, { expTotal: fig('80.00', '公开08表!D9') }),
          row('2120801', '征地和拆迁补偿支出', 3, { expTotal: fig('50.00', '公开08表!D10') }),
          row('2120802', '土地开发支出', 3, { expTotal: fig('30.00', '公开08表!D11') }),
        ],
      }),
    },
    [['budget.subject.2120801', '年初预算 2120801', '50.00']],
  );
  const text = (v: string) =>
    `八、政府性基金预算财政拨款收入支出决算情况说明\n2021年度政府性基金预算财政拨款收入80.00万元；支出80.00万元。具体情况如下：\n1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）。年初预算为50.00万元，支出决算为${v}万元。`;
  test('valid: 50.00 is the 项’s own figure', () => {
    const r = lintNarrative(text('50.00'), { disclosure: d });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  test('invalid: 55.00 is compared with the 项 (50.00), not with the section total 80.00', () => {
    const f = rules(text('55.00'), d, 'workbook-mismatch');
    expect(f.map((x) => [x.quote, x.expected])).toEqual([['55.00万元', '50.00']]);
    expect(f[0].message).toContain('2120801');
  });
});

describe('capability 11: a section that says 无 while its table has figures', () => {
  const d = (v: string) =>
    model({
      T08: table('T08', '公开08表', { totalRow: { income: fig(v, '公开08表!C7'), expTotal: fig(v, '公开08表!D7') } }),
    });
  const text = '八、政府性基金预算财政拨款收入支出决算情况说明\n本单位无政府性基金预算财政拨款收入支出，故本表无数据。';
  test('valid: the table is empty too', () => {
    expect(rules(text, d('0'), 'empty-table')).toEqual([]);
  });
  test('invalid: the table has 12.00', () => {
    const f = rules(text, d('12.00'), 'empty-table');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error' });
  });
});

describe('capability 6: a 项 under the wrong 款 name', () => {
  const d = model({
    T05: table('T05', '公开05表', {
      rows: [
        row('221', '住房保障支出', 1, { total: fig('40.51', '公开05表!C20') }),
        row('22102', '住房改革支出', 2, { total: fig('39.51', '公开05表!C21') }),
        row('2210201', '住房公积金', 3, { total: fig('39.51', '公开05表!C22') }),
      ],
    }),
  });
  const text = (kuan: string) =>
    `五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n1、住房保障支出（类）${kuan}（款）住房公积金（项）。年初预算为39.51万元，支出决算为39.51万元。`;
  test('valid: 住房改革支出（款）', () => {
    expect(rules(text('住房改革支出'), d, 'subject-name')).toEqual([]);
  });
  test('invalid: 城乡社区住宅（款）, with the workbook’s name as the suggestion', () => {
    const f = rules(text('城乡社区住宅'), d, 'subject-name');
    expect(f.map((x) => [x.quote, x.suggestion, x.cells])).toEqual([
      ['城乡社区住宅', '住房改革支出', ['公开05表!C21']],
    ]);
  });
});
