import { analyseGrid } from '../../src/core/engine';
import { runChecks } from '../../src/core/checks/run';
import { a1 } from '../../src/core/grid/grid';
import { t01, t05 } from '../helpers/tables';
import { gridOf, type Row } from '../helpers/xlsx';

test('T01 with 使用非财政拨款结余（含专用结余） and 年初财政拨款结转和结余: every item found, nothing missing', async () => {
  const { sheet, at } = t01();
  const relabel: Record<string, string> = {
    使用非财政拨款结余: '使用非财政拨款结余（含专用结余）',
    年初结转和结余: '年初财政拨款结转和结余',
  };
  sheet.rows = sheet.rows.map((r) => r.map((v) => (typeof v === 'string' && relabel[v] ? relabel[v] : v)));
  const { mapping, disclosure } = analyseGrid(await gridOf([sheet]));
  const t = mapping.tables.find((x) => x.id === 'T01')!;
  expect(t.missing).toEqual([]);
  const f = disclosure.tables.T01!.items['income.carryIn'];
  expect(a1(f.cell.row, f.cell.col)).toBe(at['年初结转和结余']);
  expect(disclosure.tables.T01!.items['income.useNonFiscalBalance']).toBeDefined();
});

test('a missing field is named in Chinese, in the map output and the warning', async () => {
  const { sheet } = t01();
  sheet.rows = sheet.rows.filter((r) => r[0] !== '使用非财政拨款结余');
  const { mapping } = analyseGrid(await gridOf([sheet]));
  const t = mapping.tables.find((x) => x.id === 'T01')!;
  // The row held 使用非财政拨款结余 on the left and 结余分配 on the right.
  expect([t.missing, t.missingKeys]).toEqual([
    ['使用非财政拨款结余', '结余分配'],
    ['income.useNonFiscalBalance', 'expense.surplusDistribution'],
  ]);
  expect(mapping.problems.find((p) => p.code === 'table.fields-missing')?.message).toBe(
    '收入支出决算总表（收入支出决算总表）缺少栏目：使用非财政拨款结余、结余分配',
  );
});

/** T06 with codes split over 类 | 款 (类 printed once), a 行次 column between name and amount, and the footer. */
const T06_SPLIT: Row[] = [
  ['一般公共预算财政拨款基本支出决算明细表'],
  [null, null, null, null, '单位：万元'],
  ['科目编码', null, '科目名称', '行次', '决算数'],
  ['类', '款'],
  ['301', null, '工资福利支出', 1, 60.53],
  [null, '01', '基本工资', 2, 30],
  [null, '02', '津贴补贴', 3, 30.53],
  ['302', null, '商品和服务支出', 4, 129.16],
  [null, '01', '办公费', 5, 100],
  [null, '17', '公务接待费', 6, 29.16],
  ['人员经费合计', null, null, 7, 60.53],
  ['公用经费合计', null, null, 8, 129.16],
];

test('T06 with 类 | 款 code columns and a 行次 column: codes, amounts and footer read, no note', async () => {
  const grid = await gridOf([{ name: '公开06表', rows: T06_SPLIT, merges: ['A3:B3'] }]);
  const { mapping, disclosure } = analyseGrid(grid);
  const t = disclosure.tables.T06!;
  expect(t.rows.map((r) => [r.code, r.values.amount.value.toFixed(2)])).toEqual([
    ['301', '60.53'],
    ['30101', '30.00'],
    ['30102', '30.53'],
    ['302', '129.16'],
    ['30201', '100.00'],
    ['30217', '29.16'],
  ]);
  expect(t.items.personnelTotal.value.toFixed(2)).toBe('60.53');
  expect(a1(t.items.publicTotal.cell.row, t.items.publicTotal.cell.col)).toBe('E12');
  expect(mapping.problems.filter((p) => p.table === 'T06')).toEqual([]);
  const t06 = runChecks(disclosure).findings.filter((f) => f.rule.startsWith('t06') && f.severity === 'error');
  expect(t06).toEqual([]);
});

test('09表 printed as an expenditure-only table: columns found, nothing reported missing', async () => {
  const rows: Row[] = [
    ['国有资本经营预算财政拨款支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年支出'],
    [null, null, '合计', '基本支出', '项目支出'],
    [null, '合计', 5, null, 5],
    ['223', '国有资本经营预算支出', 5, null, 5],
    ['22301', '解决历史遗留问题及改革成本支出', 5, null, 5],
  ];
  const { mapping } = analyseGrid(await gridOf([{ name: '公开09表', rows, merges: ['C3:E3'] }]));
  const t = mapping.tables.find((x) => x.id === 'T09')!;
  expect(t.columns).toEqual({ expTotal: 3, expBasic: 4, expProject: 5 });
  expect(t.missing).toEqual([]);
  expect(t.rows.map((r) => r.code)).toEqual(['223', '22301']);
});

describe('the 科目 catalogue is a helper, not a gate', () => {
  /** T01 with a 类 line the catalogue does not know, holding an amount; optionally a T03 that prints that 类. */
  async function withNewClass(printedInT03: boolean) {
    const { sheet } = t01();
    sheet.rows = sheet.rows.map((r) => (r[2] === '二、外交支出' ? [r[0], r[1], '二、测试新增类支出', 40.51] : r));
    const sheets = [sheet];
    if (printedInT03) {
      const t03 = t05({ title: '支出决算表', sheet: '支出决算表' }).sheet;
      t03.rows.splice(t03.rows.length - 1, 0, ['234', '测试新增类支出', 40.51, 40.51, null]);
      sheets.push(t03);
    }
    return analyseGrid(await gridOf(sheets));
  }

  test('a 类 the workbook’s own 科目 table prints takes its code from there: no note', async () => {
    const { mapping } = await withNewClass(true);
    const t = mapping.tables.find((x) => x.id === 'T01')!;
    expect(t.rows.find((r) => r.name === '测试新增类支出')?.code).toBe('234');
    expect(mapping.problems.filter((p) => p.table === 'T01' && p.code === 'table.note')).toEqual([]);
  });

  test('a 类 with an amount that no table of the workbook names is noted, in the workbook’s terms', async () => {
    const { mapping } = await withNewClass(false);
    const notes = mapping.problems.filter((p) => p.table === 'T01' && p.code === 'table.note').map((p) => p.message);
    expect(notes).toEqual([expect.stringContaining('“测试新增类支出”在本工作簿的科目表中找不到同名的类')]);
  });
});
