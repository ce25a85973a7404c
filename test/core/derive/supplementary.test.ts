import { join } from 'path';
import { runChecks } from '../../../src/core/checks/run';
import { planFill } from '../../../src/core/derive';
import { supplementaryDerivations } from '../../../src/core/derive/supplementary';
import { analyseGrid } from '../../../src/core/engine';
import { refToString } from '../../../src/core/grid/grid';
import { applyPlan } from '../../../src/io/apply-plan';
import { gridFromWorkbook, readWorkbookFile } from '../../../src/io/xlsx';

const SAMPLE = join(__dirname, '../../../samples/heshan-zfb-2021.xlsx');

/** The sample with its 政府采购 lines set (总额 and shares blank) — keys are looked up, never row numbers. */
async function procurementCase(values: Record<string, number | null>) {
  const { grid, workbook } = await readWorkbookFile(SAMPLE);
  const rows = analyseGrid(grid).disclosure.supplementary!.rows!;
  for (const [key, v] of Object.entries(values)) {
    const ref = rows[key];
    workbook.getWorksheet(ref.sheet)!.getCell(ref.row, ref.col).value = v;
  }
  return { workbook, rows, grid: gridFromWorkbook(workbook) };
}

const LINES = {
  'procurement.goods': 4,
  'procurement.works': null,
  'procurement.services': 2.28,
  'procurement.total': null,
  'procurement.sme': 3.14,
  'procurement.small': 1.57,
  'procurement.smeShare': null,
  'procurement.smallShare': null,
};

describe('fill: derived lines of 补充信息', () => {
  test('the sample sheet has every derived line the schema defines', async () => {
    const { grid } = await procurementCase({});
    const targets = supplementaryDerivations(analyseGrid(grid).disclosure.supplementary).map((d) => d.label);
    expect(targets).toEqual(
      expect.arrayContaining([
        '补充信息 政府采购支出总额',
        '补充信息 授予中小企业合同金额占政府采购支出总额的比例（%）',
        '补充信息 车辆合计（辆）',
        '补充信息 上年“三公”经费支出合计',
        '补充信息 “三公”经费年初预算合计',
      ]),
    );
  });

  test('政府采购支出总额 as a formula, shares as ROUND formulas with exact values', async () => {
    const { grid, rows, workbook } = await procurementCase(LINES);
    const fill = planFill(grid, analyseGrid(grid), { mode: 'formulas', now: '2026-01-01T00:00:00Z' });
    const byCell = new Map(fill.written.map((w) => [refToString(w.cell), w.new]));
    const c = (key: string) => refToString(rows[key]).split('!')[1];
    expect(byCell.get(refToString(rows['procurement.total']))).toBe(
      `=SUM(${c('procurement.goods')}:${c('procurement.services')})`,
    );
    expect(byCell.get(refToString(rows['procurement.smeShare']))).toBe(
      `=IF(${c('procurement.total')}=0,0,ROUND(${c('procurement.sme')}/${c('procurement.total')}*100,2))`,
    );
    applyPlan(workbook, fill.plan);
    const after = analyseGrid(gridFromWorkbook(workbook)).disclosure;
    const e = after.supplementary!.entries;
    expect(e['procurement.total'].figure!.value.toFixed()).toBe('6.28');
    expect(e['procurement.smeShare'].number!.toFixed(2)).toBe('50.00');
    expect(e['procurement.smallShare'].number!.toFixed(2)).toBe('25.00');
    const rules = runChecks(after).findings.filter((f) => f.rule.startsWith('supp-procurement'));
    expect(rules).toEqual([]);
  });

  test('values mode writes the shares rounded half-up to 2 decimals', async () => {
    const { grid } = await procurementCase({ ...LINES, 'procurement.sme': 2.09 }); // 2.09 / 6.28 = 33.2802…%
    const fill = planFill(grid, analyseGrid(grid), { mode: 'values' });
    expect(fill.written.find((w) => w.label.includes('中小企业'))?.new).toBe('33.28');
  });

  test('a typed share that disagrees is a conflict, never overwritten', async () => {
    const { grid, rows } = await procurementCase({ ...LINES, 'procurement.smeShare': 60 });
    const fill = planFill(grid, analyseGrid(grid), { mode: 'formulas' });
    const ref = refToString(rows['procurement.smeShare']);
    expect(fill.conflicts.map((x) => [refToString(x.cell), x.current, x.derived])).toContainEqual([
      ref,
      '60.00',
      '50.00',
    ]);
    expect(fill.plan.edits.some((e) => refToString(e.ref) === ref)).toBe(false);
  });

  test('a share of a zero total is not written', async () => {
    const { grid, rows } = await procurementCase({
      ...LINES,
      'procurement.goods': null,
      'procurement.services': null,
    });
    const fill = planFill(grid, analyseGrid(grid), { mode: 'formulas' });
    expect(fill.written.map((w) => refToString(w.cell))).not.toContain(refToString(rows['procurement.smeShare']));
  });
});
