import { runChecks } from '../../src/core/checks/run';
import { example, itemsOf } from '../../src/core/checks/example';
import type { CheckResult } from '../../src/core/checks/types';
import { escapeHtml, reportHtml } from '../../src/io/report-html';

const info = { file: 'a<b>.xlsx', checkedAt: '2024-03-01T08:00:00Z' };

test('one self-contained page: verdict, summary, findings by severity, cells', () => {
  const result = runChecks(example((s) => (itemsOf(s, 'T01')['income.total'] = '206.00')));
  const html = reportHtml(result, info);
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain('不能提交');
  expect(html).toContain('<h2>错误（');
  expect(html).toContain('t01-income-total');
  expect(html).toMatch(/<code title="[^"]*">公开01表!C13<\/code>/);
  expect(html).toContain('a&lt;b&gt;.xlsx');
  // No external resources and no scripts.
  expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i);
});

test('everything from the workbook is escaped', () => {
  const result: CheckResult = {
    findings: [
      {
        rule: 'x<y',
        severity: 'warning',
        message: '<script>alert(1)</script>',
        cells: [{ cell: { sheet: 's', row: 1, col: 1 }, ref: '"q"!A1', role: 'other', label: "it's" }],
        fingerprint: 'f',
        waiver: { reason: '<b>已核</b>', at: '2024' },
      },
    ],
    summary: { error: 0, warning: 0, rounding: 0, info: 0, accepted: 1 },
  };
  const html = reportHtml(result, info);
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&quot;q&quot;!A1');
  expect(html).toContain('it&#39;s');
  expect(html).toContain('已说明：&lt;b&gt;已核&lt;/b&gt;');
  expect(html).toContain('可以提交');
  expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
});
