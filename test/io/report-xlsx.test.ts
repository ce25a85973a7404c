import ExcelJS from 'exceljs';
import { runChecks } from '../../src/core/checks/run';
import { example, itemsOf } from '../../src/core/checks/example';
import type { CheckResult, Finding } from '../../src/core/checks/types';
import { Dec } from '../../src/core/decimal/dec';
import { reportXlsxBuffer, safeText } from '../../src/io/report-xlsx';

const info = { file: 'test.xlsx', checkedAt: '2024-03-01T08:00:00Z' };

async function load(buf: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

test('summary sheet and one row per finding, cells as text', async () => {
  const result = runChecks(example((s) => (itemsOf(s, 'T01')['income.total'] = '206.00')));
  const wb = await load(await reportXlsxBuffer(result, info));
  const sum = wb.getWorksheet('校验摘要')!;
  expect(sum.getCell('B3').value).toMatch(/^不能提交：有 \d+ 个错误需更正$/);
  expect(sum.getCell('B4').value).toBe(result.summary.error);
  const ws = wb.getWorksheet('校验结果')!;
  expect(ws.rowCount).toBe(result.findings.length + 1);
  const first = ws.getRow(2);
  expect(first.getCell(2).value).toBe('错误');
  expect(typeof first.getCell(5).value).toBe('string');
  expect(String(first.getCell(5).value)).toMatch(/^公开\d\d表!C\d+/);
  const t01 = result.findings.findIndex((f) => f.rule === 't01-income-total');
  expect(ws.getRow(t01 + 2).getCell(6).value).toBe(205);
});

test('text that could run as a formula is written so it cannot', async () => {
  const evil: Finding = {
    rule: '=HYPERLINK("http://x","y")',
    severity: 'warning',
    message: '+SUM(1,2)',
    cells: [{ cell: { sheet: 's', row: 1, col: 1 }, ref: '-1+1', role: 'other', label: 'x' }],
    expected: Dec.from('1.00'),
    suggestion: '@cmd',
    fingerprint: 'x',
    waiver: { reason: '=1+1', at: '2024-01-01' },
  };
  const result: CheckResult = {
    findings: [evil],
    summary: { error: 0, warning: 1, rounding: 0, info: 0, accepted: 0 },
  };
  const wb = await load(await reportXlsxBuffer(result, { ...info, file: '=cmd.xlsx' }));
  const row = wb.getWorksheet('校验结果')!.getRow(2);
  for (const c of [3, 4, 5, 10, 11]) {
    const v = row.getCell(c).value;
    expect(typeof v).toBe('string');
    expect(String(v)).toMatch(/^'/);
  }
  expect(wb.getWorksheet('校验摘要')!.getCell('B1').value).toBe("'=cmd.xlsx");
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => expect(c.formula).toBeUndefined())));
  expect(safeText('合计')).toBe('合计');
});
