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
