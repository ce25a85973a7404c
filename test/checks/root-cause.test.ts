import ExcelJS from 'exceljs';
import { verdict } from '../../src/core/checks/format';
import { runChecks } from '../../src/core/checks/run';
import { analyseGrid } from '../../src/core/engine';
import { gridFromWorkbook } from '../../src/io/xlsx';
import { t01, t05 } from '../helpers/tables';
import { gridOf, xlsxBuffer } from '../helpers/xlsx';

const SHEET = '一般公共预算财政拨款支出决算表';

describe('a blank total is one finding, and what follows from it is folded into it', () => {
  test('款 20103 合计 blank under filled 项: one 合计未填写 finding, the 类 201 mismatch folded in', async () => {
    const { sheet, at } = t05();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxBuffer([sheet])) as unknown as ArrayBuffer);
    wb.getWorksheet(SHEET)!.getCell(at['20103:total']).value = null;
    const { findings } = runChecks(analyseGrid(gridFromWorkbook(wb)).disclosure);
    const ref = `${SHEET}!${at['20103:total']}`;
    const about = findings.filter((f) => f.cells.some((c) => c.ref === ref));
    expect(about.map((f) => [f.rule, f.severity])).toEqual([['total.blank', 'error']]);
    expect(about[0].message).toContain(`（${ref}）未填写，其组成项不为 0：合计未填写，可用『填充』补上`);
    expect(about[0].message).not.toContain('实为 0.00');
    // 201 = 20103 (and 合计 = 基本 + 项目 on that row) only failed because of the blank: folded.
    expect(about[0].folded?.length).toBeGreaterThanOrEqual(1);
    expect(about[0].folded!.join('\n')).toContain('201 一般公共服务支出');
  });

  test('a filled total that is simply wrong stays a plain error with 应为/实为', async () => {
    const { sheet, at } = t05();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxBuffer([sheet])) as unknown as ArrayBuffer);
    wb.getWorksheet(SHEET)!.getCell(at['20103:total']).value = 1000;
    const { findings } = runChecks(analyseGrid(gridFromWorkbook(wb)).disclosure);
    const ref = `${SHEET}!${at['20103:total']}`;
    const own = findings.filter((f) => f.cells[0]?.ref === ref && f.rule === 'subject-rollup');
    expect(own.map((f) => f.severity)).toEqual(['error']);
    expect(own[0].message).toContain('应为 1043.07，实为 1000.00');
    expect(findings.some((f) => f.rule === 'total.blank')).toBe(false);
  });
});

describe('checks that lacked their inputs are listed as not run', () => {
  test('a missing table: the cross-table checks that need it say so', async () => {
    const { sheet } = t05();
    const result = runChecks(analyseGrid(await gridOf([sheet])).disclosure);
    const notRun = result.findings.filter((f) => f.rule === 'check.not-run');
    const basic = notRun.find((f) => f.fingerprint === 'check.not-run|t05-t06-basic');
    expect(basic?.severity).toBe('info');
    expect(basic?.message).toMatch(/未运行：缺少一般公共预算财政拨款基本支出决算明细表/);
    expect(result.summary.notRun).toBe(notRun.length);
  });

  test('an unmapped field: the check that needs it says which field', async () => {
    const { sheet } = t01();
    sheet.rows = sheet.rows.map((r) => (r[0] === '年初结转和结余' ? ['年初余额', r[1], r[2], r[3]] : r));
    const result = runChecks(analyseGrid(await gridOf([sheet])).disclosure);
    const grand = result.findings.find((f) => f.fingerprint === 'check.not-run|t01-income-grand');
    expect(grand?.message).toContain('未找到栏目“年初结转和结余”');
  });

  test('the verdict never reads “no problems” when checks were skipped', () => {
    const clean = { error: 0, warning: 0, rounding: 0, info: 2, accepted: 0 };
    expect(verdict({ ...clean, notRun: 0 })).toBe('可以提交：未发现错误');
    expect(verdict({ ...clean, notRun: 2 })).toBe(
      '未发现错误，但有 2 项核对因缺少表或栏目未运行（见提示），补齐后才能确认可以提交',
    );
  });
});
