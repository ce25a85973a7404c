import { runChecks } from '../../src/core/checks/run';
import { example, itemsOf } from '../../src/core/checks/example';
import type { CheckResult } from '../../src/core/checks/types';
import { Dec } from '../../src/core/decimal/dec';
import { csvField, formulaSafe, reportCsv } from '../../src/io/report-csv';

test('one quoted row per finding after the header, UTF-8 BOM and CRLF', () => {
  const result = runChecks(example((s) => (itemsOf(s, 'T01')['income.total'] = '206.00')));
  const csv = reportCsv(result);
  expect(
    csv.startsWith(
      '\uFEFF"序号","严重程度","规则","说明","涉及单元格","应为","实为","差额","舍位容差","建议","已说明原因"\r\n',
    ),
  ).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines.pop()).toBe('');
  expect(lines).toHaveLength(result.findings.length + 1);
  const t01 = result.findings.findIndex((f) => f.rule === 't01-income-total');
  expect(lines[t01 + 1]).toMatch(
    /^"\d+","错误","t01-income-total","[^"]+","公开01表!C13[^"]*","205\.00","206\.00","1\.00",/,
  );
});

test('OWASP CSV injection: = + - @ tab CR (and full-width forms) get an apostrophe; quotes are doubled', () => {
  for (const s of ['=1+1', '+cmd', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '＝1', '＋1', '－1', '＠x'])
    expect(formulaSafe(s)).toBe(`'${s}`);
  for (const s of ['合计', '1+1', ' =1', "'=1", '']) expect(formulaSafe(s)).toBe(s);
  expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  expect(csvField('-12.50')).toBe('"-12.50"'); // a plain number stays a number
  expect(csvField('-12.50+1')).toBe(`"'-12.50+1"`);
  expect(csvField(undefined)).toBe('""');
  expect(csvField('a\r\nb')).toBe('"a\r\nb"');
});

test('everything taken from the workbook is made safe', () => {
  const result: CheckResult = {
    findings: [
      {
        rule: 'x',
        severity: 'warning',
        message: '@cmd',
        cells: [{ cell: { sheet: '-1+1', row: 3, col: 3 }, ref: '-1+1!C3', role: 'other', label: 'x' }],
        expected: Dec.from('-1.5'),
        suggestion: '+1',
        fingerprint: 'f',
        waiver: { reason: '=1+1', by: '@me', at: '2024' },
      },
    ],
    summary: { error: 0, warning: 0, rounding: 0, info: 0, accepted: 1 },
  };
  const row = reportCsv(result).split('\r\n')[1];
  expect(row).toBe(`"1","警告（已说明）","x","'@cmd","'-1+1!C3","-1.50","","","","'+1","'=1+1（@me，2024）"`);
});
