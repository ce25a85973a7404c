/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { derivations } from '../../src/core/derive/relations';
import { analyseGrid } from '../../src/core/engine';
import { findSheet, getCell, parseRef, refToString, type CellRef, type Grid } from '../../src/core/grid/grid';
import type { FileGateway } from '../../src/web/file-gateway';
import { idle, openSample, openTab, renderPane, SAMPLES } from './harness';

const cellOf = (grid: Grid, ref: CellRef) => getCell(findSheet(grid, ref.sheet)!, ref.row, ref.col);

/**
 * The samples are complete (nothing to fill), so the test first does what an accountant might: clears one
 * derived total and types a wrong figure into another. Both are real cells the relations determine.
 */
async function spoil(gateway: FileGateway) {
  const grid = await gateway.read();
  const targets = derivations(analyseGrid(grid).mapping)
    .filter((d) => typeof cellOf(grid, d.target)?.value === 'number' && cellOf(grid, d.target)!.value !== 0)
    .map((d) => d.target);
  const [cleared, wrong] = [targets[0], targets.find((t) => refToString(t) !== refToString(targets[0]))!];
  const was = cellOf(grid, wrong)!.value as number;
  await gateway.apply({
    createSheets: [],
    edits: [
      { ref: cleared, value: null },
      { ref: wrong, value: was + 1 },
    ],
  });
  return { cleared: refToString(cleared), wrong: refToString(wrong), was, typed: was + 1 };
}

describe.each(SAMPLES)('填充 on %s', (sample) => {
  test('previews the writes and the conflict with both values; apply writes them, undo restores the grid', async () => {
    const gateway = await openSample(sample);
    const spoilt = await spoil(gateway);
    const before = JSON.stringify(await gateway.read());
    await renderPane(gateway);
    const panel = await openTab('fill');

    const writes = () =>
      within(panel)
        .queryAllByTestId('fill-write')
        .map((w) => w.dataset.cell);
    expect(writes()).toContain(spoilt.cleared);
    expect(writes()).not.toContain(spoilt.wrong);
    expect(Number(screen.getByTestId('fill-write-count').textContent)).toBe(writes().length);
    const conflict = within(panel)
      .getAllByTestId('fill-conflict')
      .find((c) => c.dataset.cell === spoilt.wrong)!;
    expect(conflict.textContent).toContain(`现有 ${spoilt.typed}`);
    expect(Number(/推算 (-?[\d.]+)/.exec(conflict.textContent!)![1])).toBe(spoilt.was);
    const cleared = within(panel)
      .getAllByTestId('fill-write')
      .find((w) => w.dataset.cell === spoilt.cleared)!;
    expect(cleared.textContent).toContain('（空） → =');

    // Overwrite the conflict too: it joins the writes.
    fireEvent.click(within(conflict).getByLabelText(`覆盖 ${spoilt.wrong}`));
    await waitFor(() => expect(writes()).toContain(spoilt.wrong));
    const n = writes().length;
    fireEvent.click(screen.getByTestId('fill-apply'));
    await waitFor(() => expect(screen.queryByTestId('fill-undo')).not.toBeNull());
    await idle();
    const filled = await gateway.read();
    for (const ref of [spoilt.cleared, spoilt.wrong]) {
      expect(cellOf(filled, parseRef(ref)!)?.formula).toBeTruthy();
    }
    expect(screen.getByTestId('notice').textContent).toContain('已写入：填充');
    expect(n).toBeGreaterThanOrEqual(2);
    // Nothing left to fill afterwards.
    expect(screen.getByTestId('fill-write-count').textContent).toBe('0');
    expect(screen.getByTestId('fill-conflict-count').textContent).toBe('0');

    fireEvent.click(screen.getByTestId('fill-undo'));
    await waitFor(() => expect(screen.queryByTestId('fill-undo')).toBeNull());
    await idle();
    expect(JSON.stringify(await gateway.read())).toBe(before);
    expect(writes()).toContain(spoilt.cleared);
  });
});

test('数值 mode previews values, not formulas', async () => {
  const gateway = await openSample(SAMPLES[1]);
  const spoilt = await spoil(gateway);
  await renderPane(gateway);
  const panel = await openTab('fill');
  fireEvent.click(within(panel).getByLabelText('数值（按单元格小数位四舍五入）'));
  await waitFor(() => {
    const w = within(panel)
      .getAllByTestId('fill-write')
      .find((x) => x.dataset.cell === spoilt.cleared)!;
    expect(w.textContent).toMatch(/（空） → -?\d+(\.\d+)?$/);
  });
});
