/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { blobBytes, downloads } from './setup';
import { screen, within, fireEvent } from '@testing-library/react';
import { checkGrid } from '../../src/cli/commands/check';
import { Dec } from '../../src/core/decimal/dec';
import { analyseGrid } from '../../src/core/engine';
import { findSheet, getCell } from '../../src/core/grid/grid';
import { derivations } from '../../src/core/derive';
import {
  displayFinding,
  figuresByCell,
  formatAmount,
  formatAmountsInText,
  groupThousands,
} from '../../src/core/format/amount';
import { openSample, openTab, renderPane } from './harness';

describe('amount formatting for findings', () => {
  test('groups thousands and shows the decimals asked for, half-up; a tiny non-zero value keeps its digits', () => {
    expect(groupThousands('21066600')).toBe('21,066,600');
    expect(groupThousands('-1234567.891')).toBe('-1,234,567.891');
    expect(formatAmount(Dec.parse('9746.5')!, 2)).toBe('9,746.50');
    expect(formatAmount(Dec.parse('1217.920005')!, 2)).toBe('1,217.92');
    expect(formatAmount(Dec.parse('0.000012')!, 2)).toBe('0.000012');
    expect(formatAmount(Dec.parse('-0.125')!, 2)).toBe('-0.13');
  });

  test('in a message only amounts change: codes, cells, percentages, counts and tolerances keep their text', () => {
    const m =
      '公开01表 本年收入合计（公开01表!C7）应等于 2010301 行政运行 之和：应为 9746.5，实为 19493，相差 -9746.500000（舍位容差 ±0.015），超过 23.08%，共 3 辆';
    expect(formatAmountsInText(m, 2)).toBe(
      '公开01表 本年收入合计（公开01表!C7）应等于 2010301 行政运行 之和：应为 9,746.50，实为 19493，相差 -9,746.50（舍位容差 ±0.015），超过 23.08%，共 3 辆',
    );
    // Amounts of a table printed in 元 are already in its unit: grouped, decimals as written.
    expect(formatAmountsInText('为 12179200 元，相差 1217.5 千元（舍位容差 ±150 元）', 2)).toBe(
      '为 12,179,200 元，相差 1,217.5 千元（舍位容差 ±150 元）',
    );
    // Already formatted text is left as it is.
    expect(formatAmountsInText('应为 9,746.50', 2)).toBe('应为 9,746.50');
  });
});

/** heshan-jdfw with 12,345.6 万元 added to one T01 total: an error whose figures run to thousands of 万元. */
async function withError() {
  const gateway = await openSample('heshan-jdfw-2021.xlsx');
  const grid = await gateway.read();
  const target = derivations(analyseGrid(grid).mapping).find((d) => {
    const v = getCell(findSheet(grid, d.target.sheet)!, d.target.row, d.target.col)?.value;
    return d.table === 'T01' && typeof v === 'number' && v > 1;
  })!.target;
  const value = getCell(findSheet(grid, target.sheet)!, target.row, target.col)!.value as number;
  await gateway.apply({ createSheets: [], edits: [{ ref: target, value: value + 12345.6 }] });
  return gateway;
}

test('校验 shows a finding’s amounts grouped with its table’s decimals', async () => {
  const gateway = await withError();
  const grid = await gateway.read();
  const { disclosure } = analyseGrid(grid);
  const result = checkGrid(grid);
  const error = result.findings.find((f) => f.severity === 'error' && f.actual && f.actual.abs().gte(Dec.from(1000)))!;
  expect(error).toBeDefined();
  const shown = displayFinding(error, figuresByCell(disclosure));
  expect(shown.decimals).toBe(2);
  await renderPane(gateway);
  const panel = await openTab('checks');
  const row = within(panel)
    .getAllByTestId('finding')
    .find((r) => r.dataset.rule === error.rule && r.textContent!.includes(shown.expected!))!;
  expect(row).toBeDefined();
  const text = within(row).getByTestId('finding-locate').textContent!;
  // The raw form (12520.6) is gone; expected and actual read as the sheet shows them.
  expect(text).toContain(`应为 ${shown.expected}`);
  expect(text).toContain(`实为 ${shown.actual}`);
  expect(text).toMatch(/\d,\d{3}\.\d{2}/);
  expect(text).not.toContain(`实为 ${error.actual!.toFixed()}`);
  // Every decimal amount on the page has exactly two decimals, except the tolerances (±…).
  for (const r of within(panel).getAllByTestId('finding')) {
    const t = r.querySelector('[data-testid="finding-locate"]')?.textContent ?? '';
    for (const m of t.matchAll(/(±)?(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)\.(\d+)(?![\d%])/g)) {
      if (!m[1]) expect(m[3]).toHaveLength(2);
    }
  }
});

test('校验 on a workbook printed in 元 shows its amounts grouped, in 元', async () => {
  const gateway = await openSample('heshan-zfb-2021.xlsx');
  await renderPane(gateway);
  const panel = await openTab('checks');
  for (const t of screen.queryAllByTestId(/^rounding-toggle-/)) fireEvent.click(t);
  const texts = within(panel)
    .getAllByTestId('finding')
    .map((r) => r.textContent!);
  const yuan = texts.filter((t) => /\d 元/.test(t));
  expect(yuan.length).toBeGreaterThan(0);
  // No amount of five or more digits is left ungrouped.
  for (const t of yuan) expect(t).not.toMatch(/(?<![\d,.!A-Z])\d{5,}(\.\d+)? 元/);
});

test('the downloaded HTML report prints on A4 by itself and shows amounts as the pane does', async () => {
  const gateway = await withError();
  const grid = await gateway.read();
  const { disclosure } = analyseGrid(grid);
  const error = checkGrid(grid).findings.find((f) => f.severity === 'error' && f.actual?.abs().gte(Dec.from(1000)))!;
  const shown = displayFinding(error, figuresByCell(disclosure));
  await renderPane(gateway);
  await openTab('checks');
  fireEvent.click(screen.getByRole('button', { name: '下载校验报告 (.html)' }));
  const html = new TextDecoder().decode(await blobBytes(downloads.at(-1)!.blob));
  expect(html).toMatch(/@page\s*\{\s*size:\s*A4/);
  expect(html).toMatch(/@media print\s*\{/);
  expect(html).toContain(`<td class="num">${shown.expected}</td><td class="num">${shown.actual}</td>`);
  expect(html).toContain(shown.message);
  // Still self-contained: no scripts, links or external resources.
  expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i);
});
