import { analyseGrid } from '../../src/core/engine';
import { runChecks } from '../../src/core/checks/run';
import { gridOf, type Row } from '../helpers/xlsx';

/** A T05 in 元: 201 = 20103 = 2010301 + 2010399, the 项 (合计 and 基本支出) off by 100 元 from their 款. */
function t05Yuan(cents: boolean): Row[] {
  const c = (n: number) => (cents ? n + 0.37 : n);
  return [
    ['一般公共预算财政拨款支出决算表'],
    [null, null, null, '单位：元'],
    ['科目编码', '科目名称', '本年支出'],
    [null, null, '合计', '基本支出', '项目支出'],
    [null, '合计', c(10431100), c(10431100), null],
    ['201', '一般公共服务支出', c(10431100), c(10431100), null],
    ['20103', '政府办公厅（室）及相关机构事务', c(10431100), c(10431100), null],
    ['2010301', '行政运行', c(8865600), c(8865600), null],
    ['2010399', '其他政府办公厅（室）及相关机构事务支出', c(1565600), c(1565600), null],
  ];
}

const merges = ['A3:A4', 'B3:B4', 'C3:E3'];

test('元 amounts in whole hundreds carry 0.01 万元 precision: a 100 元 gap is 舍位差异, said in 元', async () => {
  const { disclosure } = analyseGrid(
    await gridOf([{ name: '公开05表', rows: t05Yuan(false), merges, numFmt: '#,##0.00' }]),
  );
  expect(disclosure.tables.T05?.precision).toBe('0.01 万元（100 元）');
  const { findings } = runChecks(disclosure);
  const rollup = findings.filter((f) => f.rule === 'subject-rollup');
  expect(rollup.map((f) => f.severity)).toEqual(['rounding', 'rounding']);
  expect(rollup[0].message).toContain('相差 -100 元，在舍位容差 ±150 元 以内');
  expect(findings.filter((f) => f.severity === 'error' && f.rule !== 'table.missing').map((f) => f.message)).toEqual(
    [],
  );
  const note = findings.find((f) => f.rule === 'table.precision');
  expect(note?.severity).toBe('info');
  expect(note?.message).toContain('按 0.01 万元（100 元）的舍位精度核对');
});

test('元 amounts to the 分 keep their own precision: a 100.37 元 gap is an error, tolerance in 元', async () => {
  const { disclosure } = analyseGrid(
    await gridOf([{ name: '公开05表', rows: t05Yuan(true), merges, numFmt: '#,##0.00' }]),
  );
  expect(disclosure.tables.T05?.precision).toBeUndefined();
  const rollup = runChecks(disclosure).findings.filter((f) => f.rule === 'subject-rollup');
  expect(rollup.map((f) => f.severity)).toEqual(['error', 'error']);
  expect(rollup[0].message).toContain('应为 10431200.74 元，实为 10431100.37 元，相差 -100.37 元');
  expect(rollup[0].message).toContain('（舍位容差 ±0.015 元）');
});
