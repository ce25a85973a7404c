/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { blobBytes, downloads } from './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkGrid } from '../../src/cli/commands/check';
import { summaryLine } from '../../src/core/checks/format';
import { idle, openSample, openTab, renderPane, SAMPLES } from './harness';

const COUNTS = ['error', 'warning', 'rounding', 'info', 'accepted'] as const;

function shownCounts() {
  return Object.fromEntries(COUNTS.map((k) => [k, Number(screen.getByTestId(`count-${k}`).textContent)]));
}

describe.each(SAMPLES)('校验 on %s', (sample) => {
  test('counts match runChecks with the stored waivers; every finding is listed once, grouped by table', async () => {
    const gateway = await openSample(sample);
    const expected = checkGrid(await gateway.read());
    await renderPane(gateway);
    await openTab('checks');
    expect(shownCounts()).toEqual({ ...expected.summary });
    expect(screen.getByTestId('check-unit').textContent).toBe(
      sample === 'heshan-zfb-2021.xlsx'
        ? '金额单位：万元（工作簿各表以元填列，已换算为万元后比较）。'
        : '金额单位：万元。',
    );
    const rows = screen.getAllByTestId('finding');
    expect(rows.map((r) => r.getAttribute('data-rule')).sort()).toEqual(expected.findings.map((f) => f.rule).sort());
    // 公开05表's budget-variance warnings are grouped under T05 with their severity count.
    const t05 = expected.findings.filter((f) => f.rule === 'plaus-budget-variance').length;
    expect(t05).toBeGreaterThan(0);
    const group = screen.getByTestId('finding-group-T05');
    expect(
      within(group)
        .getAllByTestId('finding')
        .filter((r) => r.dataset.rule === 'plaus-budget-variance'),
    ).toHaveLength(t05);
    expect(screen.getByTestId('finding-group-T05-warning').textContent).toMatch(/^警告 \d+$/);
  });
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
