/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { blobBytes, downloads } from './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkGrid } from '../../src/cli/commands/check';
import { summaryLine } from '../../src/core/checks/format';
import ExcelJS from 'exceljs';
import { RULES } from '../../src/core/checks/rules';
import { derivations } from '../../src/core/derive';
import { analyseGrid } from '../../src/core/engine';
import { findSheet, getCell } from '../../src/core/grid/grid';
import { gridFromWorkbook } from '../../src/io/workbook';
import { FileGateway } from '../../src/web/file-gateway';
import { idle, openSample, openTab, renderPane, sampleBytes, SAMPLES } from './harness';

const COUNTS = ['error', 'warning', 'rounding', 'info', 'accepted'] as const;

function shownCounts() {
  return Object.fromEntries(COUNTS.map((k) => [k, Number(screen.getByTestId(`count-${k}`).textContent)]));
}

/** Opens every folded 舍位差异 line, so that each finding has its row. */
function unfoldRounding() {
  for (const t of screen.queryAllByTestId(/^rounding-toggle-/)) fireEvent.click(t);
}

describe.each(SAMPLES)('校验 on %s', (sample) => {
  test('counts match runChecks with the stored waivers; every finding is listed once, triaged by severity then table', async () => {
    const gateway = await openSample(sample);
    const expected = checkGrid(await gateway.read());
    await renderPane(gateway);
    await openTab('checks');
    expect(shownCounts()).toEqual({ ...expected.summary });
    expect(screen.getByTestId('check-unit').textContent).toBe(
      sample === 'heshan-zfb-2021.xlsx'
        ? '金额单位：万元（工作簿各表以元填列，已换算为万元后比较；表内合计的核对按表中单位列出金额，并注明元）。'
        : '金额单位：万元。',
    );
    unfoldRounding();
    const rows = screen.getAllByTestId('finding');
    expect(rows.map((r) => r.getAttribute('data-rule')).sort()).toEqual(expected.findings.map((f) => f.rule).sort());
    // 公开05表's budget-variance warnings are grouped under T05 within the warnings.
    const t05 = expected.findings.filter((f) => f.rule === 'plaus-budget-variance').length;
    expect(t05).toBeGreaterThan(0);
    const group = within(screen.getByTestId('section-warning')).getByTestId('group-warning-T05');
    expect(
      within(group)
        .getAllByTestId('finding')
        .filter((r) => r.dataset.rule === 'plaus-budget-variance'),
    ).toHaveLength(t05);
    // Every row names its rule in Chinese, from the rule's meta.
    const title = RULES.find((r) => r.meta.id === 'plaus-budget-variance')!.meta.title;
    expect(within(group).getAllByTestId('finding-rule')[0].textContent).toBe(`规则：${title}`);
  });
});

/** The sample with a T01 total that the engine derives doubled: a real 错误 among the warnings. */
async function withError(sample: string) {
  const gateway = await openSample(sample);
  const grid = await gateway.read();
  const target = derivations(analyseGrid(grid).mapping).find((d) => {
    const v = getCell(findSheet(grid, d.target.sheet)!, d.target.row, d.target.col)?.value;
    return d.table === 'T01' && typeof v === 'number' && v > 1;
  })!.target;
  const value = getCell(findSheet(grid, target.sheet)!, target.row, target.col)!.value as number;
  await gateway.apply({ createSheets: [], edits: [{ ref: target, value: value * 2 }] });
  return gateway;
}

test('errors come first, before warnings and 舍位差异; the badges filter by severity and show all again', async () => {
  const gateway = await withError('heshan-jdfw-2021.xlsx');
  const expected = checkGrid(await gateway.read());
  expect(expected.summary.error).toBeGreaterThan(0);
  expect(expected.summary.rounding).toBeGreaterThan(0);
  await renderPane(gateway);
  const panel = await openTab('checks');
  const sections = within(panel)
    .getAllByTestId(/^section-/)
    .map((e) => e.dataset.testid);
  expect(sections).toEqual(['section-error', 'section-warning', 'section-rounding']);
  expect(within(panel).getAllByTestId('finding')[0].dataset.severity).toBe('error');
  // 舍位差异 are folded into one line per group until opened.
  expect(within(screen.getByTestId('section-rounding')).queryAllByTestId('finding')).toHaveLength(0);

  const warnings = screen.getByTestId('filter-warning');
  fireEvent.click(warnings);
  expect(warnings.getAttribute('aria-pressed')).toBe('true');
  expect(
    within(panel)
      .getAllByTestId(/^section-/)
      .map((e) => e.dataset.testid),
  ).toEqual(['section-warning']);
  expect(within(panel).getAllByTestId('finding')).toHaveLength(expected.summary.warning);
  expect(
    within(panel)
      .getAllByTestId('finding')
      .every((r) => r.dataset.severity === 'warning'),
  ).toBe(true);
  fireEvent.click(warnings);
  expect(warnings.getAttribute('aria-pressed')).toBe('false');
  expect(within(panel).getAllByTestId(/^section-/)).toHaveLength(3);

  fireEvent.click(screen.getByTestId('filter-error'));
  fireEvent.click(within(panel).getByRole('button', { name: /显示全部/ }));
  expect(within(panel).getAllByTestId(/^section-/)).toHaveLength(3);
});

test('舍位差异 of a table are one line with their count, opened on demand', async () => {
  const gateway = await openSample('heshan-jdfw-2021.xlsx');
  const rounding = checkGrid(await gateway.read()).findings.filter((f) => f.severity === 'rounding');
  expect(rounding.length).toBeGreaterThan(0);
  await renderPane(gateway);
  await openTab('checks');
  const section = screen.getByTestId('section-rounding');
  const toggles = within(section).getAllByTestId(/^rounding-toggle-/);
  const counted = toggles.map((t) => Number(/舍位差异 (\d+) 条/.exec(t.textContent!)![1]));
  expect(counted.reduce((a, b) => a + b, 0)).toBe(rounding.length);
  const first = toggles[0];
  expect(first.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(first);
  expect(first.getAttribute('aria-expanded')).toBe('true');
  const group = first.closest('[data-testid^="group-rounding-"]') as HTMLElement;
  expect(within(group).getAllByTestId('finding')).toHaveLength(counted[0]);
  fireEvent.click(first);
  expect(within(group).queryAllByTestId('finding')).toHaveLength(0);
});

test("grouped by rule, each group is headed by the rule's Chinese title", async () => {
  const gateway = await openSample('heshan-zfb-2021.xlsx');
  const expected = checkGrid(await gateway.read());
  await renderPane(gateway);
  const panel = await openTab('checks');
  fireEvent.click(within(panel).getByLabelText('按规则'));
  const warnings = expected.findings.filter((f) => f.severity === 'warning');
  expect(warnings.length).toBeGreaterThan(0);
  for (const rule of new Set(warnings.map((f) => f.rule))) {
    const group = screen.getByTestId(`group-warning-${rule}`);
    const n = warnings.filter((f) => f.rule === rule).length;
    const title = RULES.find((r) => r.meta.id === rule)!.meta.title;
    expect(group.querySelector('h4')!.textContent).toBe(`${title}（${n} 条）`);
    expect(within(group).getAllByTestId('finding')).toHaveLength(n);
  }
  // Findings that are not check rules (the model's notes, e.g. the inferred 舍位 precision) are named in Chinese too.
  for (const f of expected.findings.filter((x) => !RULES.some((r) => r.meta.id === x.rule))) {
    const h = screen.getByTestId(`group-${f.severity}-${f.rule}`).querySelector('h4')!.textContent!;
    expect(h).toMatch(/[\u4e00-\u9fff]/);
    expect(h).not.toContain(f.rule);
  }
  expect(screen.queryByTestId('group-warning-T05')).toBeNull();
});

test('a missing table is listed with an action that opens the mapping view at that table', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sampleBytes('heshan-zfb-2021.xlsx') as unknown as ArrayBuffer);
  const t07 = analyseGrid(gridFromWorkbook(wb)).mapping.tables.find((t) => t.id === 'T07')!;
  wb.removeWorksheet(wb.getWorksheet(t07.sheet)!.id);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const gateway = await FileGateway.open(bytes, 'no-t07.xlsx');
  const missing = checkGrid(await gateway.read()).findings.filter((f) => f.rule === 'table.missing');
  expect(missing).toHaveLength(1);
  await renderPane(gateway);
  const panel = await openTab('checks');
  const row = within(panel)
    .getAllByTestId('finding')
    .find((r) => r.dataset.rule === 'table.missing')!;
  expect(row.closest('[data-testid]:not([data-testid="finding"])')!.getAttribute('data-testid')).toBe(
    `group-${missing[0].severity}-T07`,
  );
  expect(within(row).getByTestId('finding-rule').textContent).toBe('规则：缺表');
  expect(within(row).queryByTestId('finding-locate')).toBeNull();
  fireEvent.click(within(row).getByTestId('finding-goto'));
  await waitFor(() => expect(screen.getByTestId('panel-mapping').hidden).toBe(false));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('mapping-row-T07')));
  expect(screen.getByTestId('mapping-row-T07').dataset.found).toBe('false');
});

test('clicking a finding selects its cells', async () => {
  const gateway = await openSample(SAMPLES[0]);
  const first = checkGrid(await gateway.read()).findings[0];
  const select = jest.spyOn(gateway, 'select');
  await renderPane(gateway);
  await openTab('checks');
  fireEvent.click(screen.getAllByTestId('finding-locate')[0]);
  await waitFor(() => expect(select).toHaveBeenCalledWith(first.cells.map((c) => c.cell)));
  expect(screen.getAllByTestId('finding-cells')[0].textContent).toContain(first.cells[0].ref);
});

test('a warning waived with a reason is stored in the workbook and counted as accepted; withdrawing restores it', async () => {
  const gateway = await openSample(SAMPLES[1]);
  const before = checkGrid(await gateway.read()).summary;
  await renderPane(gateway);
  const panel = await openTab('checks');
  const row = within(panel)
    .getAllByTestId('finding')
    .find((r) => r.dataset.severity === 'warning')!;
  fireEvent.click(within(row).getByRole('button', { name: '填写说明' }));
  const save = within(row).getByRole('button', { name: '保存说明' }) as HTMLButtonElement;
  expect(save.disabled).toBe(true); // no reason yet
  fireEvent.change(within(row).getByLabelText('说明原因（将保存在工作簿中）'), {
    target: { value: '年中追加接待任务，已报财政批准。' },
  });
  fireEvent.click(save);
  await waitFor(() => expect(screen.getByTestId('count-accepted').textContent).toBe(String(before.accepted + 1)));
  await idle();
  expect(screen.getByTestId('count-warning').textContent).toBe(String(before.warning - 1));
  const stored = checkGrid(await gateway.read());
  expect(stored.summary.accepted).toBe(before.accepted + 1);
  expect(stored.findings.find((f) => f.waiver)!.waiver!.reason).toBe('年中追加接待任务，已报财政批准。');

  const waived = screen.getAllByTestId('finding').find((r) => r.dataset.waived === 'true')!;
  fireEvent.click(within(waived).getByRole('button', { name: '撤销说明' }));
  await waitFor(() => expect(screen.getByTestId('count-accepted').textContent).toBe(String(before.accepted)));
  await idle();
  expect(checkGrid(await gateway.read()).summary).toEqual(before);
});

test('重新校验 reads the workbook again; the report downloads as .html with the summary', async () => {
  const gateway = await openSample(SAMPLES[0]);
  const read = jest.spyOn(gateway, 'read');
  const expected = checkGrid(await gateway.read());
  await renderPane(gateway);
  await openTab('checks');
  const reads = read.mock.calls.length;
  fireEvent.click(screen.getByRole('button', { name: '重新校验' }));
  await waitFor(() => expect(read.mock.calls.length).toBe(reads + 1));
  await idle();
  fireEvent.click(screen.getByRole('button', { name: '下载校验报告 (.html)' }));
  const d = downloads.at(-1)!;
  expect(d.name).toBe('heshan-zfb-2021-校验报告.html');
  const html = new TextDecoder().decode(await blobBytes(d.blob));
  expect(html).toContain(summaryLine(expected.summary));
  expect(html).toContain('工作簿：heshan-zfb-2021.xlsx');
  // Stamped in the user's local time with its zone, not UTC.
  const stamp = /校验时间：(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)（UTC([+-])(\d\d):(\d\d)）/.exec(html)!;
  expect(stamp).not.toBeNull();
  const [, y, mo, day, h, mi, sec, sign, oh, om] = stamp;
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  expect(offset + new Date().getTimezoneOffset()).toBe(0); // (not toBe(-offset): -0 in UTC)
  const utc = Date.UTC(+y, +mo - 1, +day, +h, +mi, +sec) - offset * 60_000;
  expect(Math.abs(Date.now() - utc)).toBeLessThan(120_000);
});

test('校验参数: a threshold saved in the pane is stored with the workbook and used by check; 恢复默认 removes it', async () => {
  const gateway = await openSample(SAMPLES[0]);
  const before = checkGrid(await gateway.read());
  // A 项 spent without any budget is reported whatever the threshold; the others depend on it.
  const budgeted = (fs: typeof before.findings) =>
    fs.filter((f) => f.rule === 'plaus-budget-variance' && f.expected && !f.expected.isZero());
  const unbudgeted = (fs: typeof before.findings) =>
    fs.filter((f) => f.rule === 'plaus-budget-variance' && !(f.expected && !f.expected.isZero()));
  const variance = budgeted(before.findings).length;
  expect(variance).toBeGreaterThan(0);
  await renderPane(gateway);
  await openTab('checks');
  expect(screen.getByTestId('check-settings-summary').textContent).toBe('预算差异 20%，“其他”占比 20%（默认）');
  fireEvent.click(screen.getByTestId('check-settings-toggle'));
  const input = screen.getByTestId('check-setting-budgetVariancePercent') as HTMLInputElement;
  const save = screen.getByTestId('check-settings-save') as HTMLButtonElement;
  expect(input.value).toBe('20');
  expect(save.disabled).toBe(true); // nothing changed yet

  fireEvent.change(input, { target: { value: '二十' } });
  expect(screen.getByText('请输入 0 到 1000 之间的百分数，如 20')).toBeTruthy();
  expect(save.disabled).toBe(true);

  // 1000%: no 决算 in the sample is eleven times its budget, so every warning on a budgeted 项 goes.
  fireEvent.change(input, { target: { value: '１０００%' } });
  expect(save.disabled).toBe(false);
  fireEvent.click(save);
  await waitFor(() =>
    expect(screen.getByTestId('check-settings-summary').textContent).toBe(
      '预算差异 1000%，“其他”占比 20%（本工作簿设定）',
    ),
  );
  await idle();
  // Only the tool's hidden record changed: no cell count of the user's sheets to report.
  expect(screen.getByTestId('notice').textContent).toContain('已写入：校验参数。');
  const stored = checkGrid(await gateway.read());
  expect(stored.settings.budgetVariancePercent?.toFixed()).toBe('1000');
  expect(budgeted(stored.findings)).toEqual([]);
  expect(unbudgeted(stored.findings)).toEqual(unbudgeted(before.findings));
  expect(Number(screen.getByTestId('count-warning').textContent)).toBe(stored.summary.warning);
  expect(stored.summary.warning).toBe(before.summary.warning - variance);
  expect((screen.getByTestId('check-setting-budgetVariancePercent') as HTMLInputElement).value).toBe('1000');

  fireEvent.click(screen.getByRole('button', { name: '恢复默认' }));
  await waitFor(() =>
    expect(screen.getByTestId('check-settings-summary').textContent).toBe('预算差异 20%，“其他”占比 20%（默认）'),
  );
  await idle();
  const reset = checkGrid(await gateway.read());
  expect(reset.settings).toEqual({});
  expect(reset.summary).toEqual(before.summary);
});

test('a waiver whose finding is gone (the figure was corrected) is offered for removal and removed in one write', async () => {
  const gateway = await openSample(SAMPLES[1]);
  await renderPane(gateway);
  const panel = await openTab('checks');
  const row = within(panel)
    .getAllByTestId('finding')
    .find((r) => r.dataset.rule === 'plaus-budget-variance')!;
  fireEvent.click(within(row).getByRole('button', { name: '填写说明' }));
  fireEvent.change(within(row).getByLabelText('说明原因（将保存在工作簿中）'), { target: { value: '追加任务' } });
  fireEvent.click(within(row).getByRole('button', { name: '保存说明' }));
  await waitFor(() => expect(screen.getByTestId('count-accepted').textContent).toBe('1'));
  await idle();
  expect(screen.queryByTestId('stale-waivers')).toBeNull();

  // The accountant corrects the 年初预算 in 补充信息 to what was spent: the warning, so its waiver's finding, is gone.
  const waived = checkGrid(await gateway.read()).findings.find((f) => f.waiver)!;
  const budget = waived.cells.find((c) => c.cell.sheet === '补充信息')!.cell;
  const spent = waived.actual!.toNumber(); // in 万元, the unit of 补充信息
  await gateway.apply({ createSheets: [], edits: [{ ref: budget, value: spent }] });
  fireEvent.click(screen.getByRole('button', { name: '重新校验' }));
  await waitFor(() =>
    expect(screen.getByTestId('stale-waivers').textContent).toContain(
      '有 1 条已保存的说明所对应的问题已不存在（有关数字已更改），可以清除。',
    ),
  );
  expect(checkGrid(await gateway.read()).staleWaivers).toEqual([waived.fingerprint]);
  fireEvent.click(screen.getByRole('button', { name: '清除过期说明' }));
  await waitFor(() => expect(screen.queryByTestId('stale-waivers')).toBeNull());
  await idle();
  expect(checkGrid(await gateway.read()).staleWaivers).toEqual([]);
  expect(screen.getByTestId('notice').textContent).toContain('已写入：清除过期说明');
});
