/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { blobBytes, downloads } from './setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FileGateway } from '../../src/web/file-gateway';
import { openSample, renderPane, SAMPLES } from './harness';

test('a failed read shows the reason and what to do next; 重新读取工作簿 recovers', async () => {
  const gateway = await openSample(SAMPLES[0]);
  const read = jest.spyOn(gateway, 'read');
  read.mockRejectedValueOnce(new Error('Excel 在 30 秒内没有响应（读取工作表列表）。'));
  render(<App gateway={gateway} />);
  const error = await screen.findByTestId('error');
  expect(error.textContent).toContain('Excel 在 30 秒内没有响应');
  expect(error.textContent).toContain('再按「重新读取工作簿」');
  expect(screen.getByText('还没有读取工作簿。')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '重新读取工作簿' }));
  await screen.findByTestId('mapping-table');
  expect(screen.queryByTestId('error')).toBeNull();
});

test('work longer than half a second shows a progress indicator', async () => {
  const gateway = await openSample(SAMPLES[1]);
  const read = gateway.read.bind(gateway);
  jest.spyOn(gateway, 'read').mockImplementation(() => new Promise((r) => setTimeout(() => r(read()), 900)));
  render(<App gateway={gateway} />);
  expect(screen.queryByTestId('busy')).toBeNull(); // not at once
  expect((await screen.findByTestId('busy', {}, { timeout: 2000 })).textContent).toContain('正在读取工作簿…');
  await screen.findByTestId('mapping-table', {}, { timeout: 5000 });
  await waitFor(() => expect(screen.queryByTestId('busy')).toBeNull());
});

test('the steps are a tab list of real buttons; the workbook downloads when the gateway can save', async () => {
  const gateway: FileGateway = await openSample(SAMPLES[1]);
  await renderPane(gateway);
  const tabs = screen.getAllByRole('tab');
  const names = ['映射', '校验', '填充', '说明', '文字核对', '补充信息', '上年数'];
  expect(names.map((name) => screen.getByRole('tab', { name }))).toEqual(tabs);
  expect(tabs.every((t) => t.tagName === 'BUTTON')).toBe(true);
  expect(screen.getByRole('tabpanel').id).toBe('panel-mapping');

  fireEvent.click(screen.getByTestId('download-workbook'));
  await waitFor(() => expect(downloads.at(-1)?.name).toBe('heshan-jdfw-2021.xlsx'));
  const bytes = await blobBytes(downloads.at(-1)!.blob);
  const reopened = await FileGateway.open(bytes, 'again.xlsx');
  expect((await reopened.read()).sheets.map((s) => s.name)).toEqual((await gateway.read()).sheets.map((s) => s.name));
});

test('embedded in the web page: no second title, workbook name or download button', async () => {
  const gateway = await openSample(SAMPLES[0]);
  render(<App gateway={gateway} embedded />);
  await screen.findByTestId('mapping-table');
  expect(screen.queryByRole('heading', { name: '决算公开助手' })).toBeNull();
  expect(screen.queryByTestId('download-workbook')).toBeNull();
  expect(screen.getByTestId('reload')).toBeTruthy();
});
