import { readFileSync } from 'fs';
import { join } from 'path';
import { findSheet, getCell } from '../../src/core/grid/grid';
import { readSupplementary } from '../../src/core/supplementary';
import { openWorkbookBytes } from '../../src/io/open-bytes';
import { inputCells, inputDraft, inputKey, parseInput, type InputCell } from '../../src/web/grid-input';

/** The web grid's 补充信息 inputs on the samples, and what typing into them writes. */
async function sample(name: string) {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../../samples', name)));
  return (await openWorkbookBytes(bytes, name)).grid;
}

test.each(['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'])(
  'on %s the inputs are the 数值 and 说明 cells of each known line, nothing else',
  async (name) => {
    const grid = await sample(name);
    const inputs = inputCells(grid);
    const { supplementary } = readSupplementary(grid);
    const rows = supplementary!.rows!;
    // One 数值 cell per line the reader knows, at the reader's own cell, plus its 说明 cell (one column right).
    for (const [key, ref] of Object.entries(rows)) {
      expect(inputs.get(inputKey(ref.sheet, ref.row, ref.col))).toMatchObject({ key, ref });
      expect(inputs.get(inputKey(ref.sheet, ref.row, ref.col + 1))).toMatchObject({ key, kind: 'note' });
    }
    expect(inputs.size).toBe(Object.keys(rows).length * 2);
    // Labels, keys, titles and every other sheet stay read-only.
    for (const i of inputs.values()) expect(i.ref.sheet).toBe(supplementary!.sheet);
    const keyCol = supplementary!.layout!.keyCol;
    for (const i of inputs.values()) expect(i.ref.col).not.toBe(keyCol);
  },
);

test('numbers are read decimal-exactly; text, negative counts and too many digits are refused naming the cell', async () => {
  const grid = await sample('heshan-zfb-2021.xlsx');
  const inputs = [...inputCells(grid).values()];
  const amount = inputs.find((i) => i.key === 'prior.grand' && i.kind === 'amount')!;
  const count = inputs.find((i) => i.kind === 'count')!;
  const text = inputs.find((i) => i.key === 'reason.income' && i.kind === 'text')!;
  const cell = (i: InputCell) => getCell(findSheet(grid, i.ref.sheet)!, i.ref.row, i.ref.col);

  expect(parseInput(amount, '1,234.56', cell(amount))).toEqual({ ok: true, value: 1234.56, numFmt: '#,##0.00' });
  expect(parseInput(amount, '(12.30)', cell(amount))).toMatchObject({ ok: true, value: -12.3 });
  expect(parseInput(amount, '０.１', cell(amount))).toMatchObject({ ok: true, value: 0.1 });
  expect(parseInput(amount, '', cell(amount))).toEqual({ ok: true, value: null });
  const refused = parseInput(amount, '约一千', cell(amount));
  expect(refused.ok).toBe(false);
  expect(!refused.ok && refused.message).toMatch(/^补充信息!C\d+（上年收入支出总计）应填金额：“约一千”不是数字/);
  const long = parseInput(amount, '12345678901234.567', cell(amount));
  expect(!long.ok && long.message).toContain('位数过多');

  expect(parseInput(count, '3', cell(count))).toMatchObject({ ok: true, value: 3 });
  expect(parseInput(count, '-1', cell(count)).ok).toBe(false);
  expect(parseInput(count, '2.5', cell(count)).ok).toBe(false);

  expect(parseInput(text, '  项目支出增加  ', cell(text))).toEqual({ ok: true, value: '项目支出增加' });
  // The box starts from the cell's own value, unformatted (nothing rounded away by a number format).
  expect(inputDraft({ value: 1234.5678, numFmt: '#,##0.00' })).toBe('1234.5678');
  expect(parseInput(amount, '1', { value: 1, formula: 'A1' }).ok).toBe(false);
});
