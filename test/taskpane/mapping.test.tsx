/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { analyseGrid } from '../../src/core/engine';
import { TABLE_IDS } from '../../src/core/model/types';
import { idle, openSample, renderPane, SAMPLES } from './harness';

describe.each(SAMPLES)('映射 on %s', (sample) => {
  test('shows all nine tables found, each with its sheet, range, unit and confidence from the engine', async () => {
    const gateway = await openSample(sample);
    const { mapping } = analyseGrid(await gateway.read());
    await renderPane(gateway);
    for (const id of TABLE_IDS) {
      const t = mapping.tables.find((m) => m.id === id)!;
      const row = screen.getByTestId(`mapping-row-${id}`);
      expect(row.getAttribute('data-found')).toBe('true');
      expect(within(row).getByTestId(`mapping-status-${id}`).textContent).toBe('已找到');
      expect(within(row).getByTestId(`mapping-sheet-${id}`).textContent).toBe(`${t.sheet}!${t.range}`);
      expect(within(row).getByTestId(`mapping-unit-${id}`).textContent).toBe(t.unit);
      expect(within(row).getByTestId(`mapping-confidence-${id}`).textContent).toBe(
        `${Math.round(t.confidence * 100)}%`,
      );
    }
  });
});

test('clicking a table’s place selects its top-left cell', async () => {
  const gateway = await openSample(SAMPLES[1]);
  const select = jest.spyOn(gateway, 'select');
  await renderPane(gateway);
  fireEvent.click(screen.getByTestId('mapping-sheet-T09'));
  await waitFor(() => expect(select).toHaveBeenCalledWith([{ sheet: '政府性基金及国资表', row: 10, col: 1 }]));
});

test('使用当前选择 stores a correction in the workbook and 恢复自动识别 removes it', async () => {
  const gateway = await openSample(SAMPLES[0]);
  await renderPane(gateway);
  fireEvent.change(screen.getByTestId('mapping-pick-table'), { target: { value: 'T03' } });
  // Nothing selected yet: the pane says what to do.
  fireEvent.click(screen.getByRole('button', { name: '使用当前选择' }));
  expect((await screen.findByTestId('error')).textContent).toContain('请先在 Excel 中选中该表所在的区域');

  // The user selects 公开03表!A2:H26 (one row less than found) and uses it.
  gateway.setSelection({ sheet: '公开03表', top: 2, left: 1, bottom: 26, right: 8 });
  fireEvent.click(screen.getByRole('button', { name: '使用当前选择' }));
  await waitFor(() => expect(screen.getByTestId('mapping-sheet-T03').textContent).toBe('公开03表!A2:H26'));
  await idle();
  expect(within(screen.getByTestId('mapping-row-T03')).getByText('已手动指定')).toBeTruthy();
  const stored = analyseGrid(await gateway.read()).mapping.tables.find((t) => t.id === 'T03')!;
  expect(stored).toMatchObject({ overridden: true, sheet: '公开03表', range: 'A2:H26' });

  fireEvent.click(screen.getByRole('button', { name: '恢复自动识别' }));
  await waitFor(() => expect(screen.getByTestId('mapping-sheet-T03').textContent).toBe('公开03表!A1:H26'));
  await idle();
  expect(analyseGrid(await gateway.read()).mapping.tables.find((t) => t.id === 'T03')!.overridden).toBeFalsy();
});
