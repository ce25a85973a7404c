/** The web page's grid preview: its pure helpers (layout, merged cells, selection), without a browser. */
import type { GridSheet } from '../../src/core/grid/grid';
import {
  boxA1,
  cellLayout,
  columnWidths,
  displayText,
  formatNumber,
  mergeIndex,
  moveByKey,
  selectionBox,
} from '../../src/web/grid-view';
import { gridOf } from '../helpers/xlsx';

async function titledSheet(): Promise<GridSheet> {
  const grid = await gridOf([
    {
      name: '公开07表',
      rows: [
        ['一般公共预算财政拨款“三公”经费支出决算表'],
        ['项目', '预算数', null, '决算数'],
        ['合计', 31, null, 8.07],
      ],
      merges: ['A1:E1', 'B2:C3'],
    },
  ]);
  return grid.sheets[0];
}

describe('grid preview helpers', () => {
  test('numbers show as their format shows them', () => {
    expect(formatNumber(1217.9, '#,##0.00')).toBe('1,217.90');
    expect(formatNumber(12179200, '#,##0')).toBe('12,179,200');
    expect(formatNumber(0.541, '0.00%')).toBe('54.10%');
    expect(formatNumber(8.07, 'General')).toBe('8.07');
    expect(formatNumber(-3.5, '#,##0.00;[Red]-#,##0.00')).toBe('-3.50');
    expect(displayText({ value: { error: '#REF!' } })).toBe('#REF!');
    expect(displayText({ value: 5, text: '5.00' })).toBe('5.00');
  });

  test('a merged title is drawn once, spanning its columns, and does not widen column A', async () => {
    const sheet = await titledSheet();
    const merges = mergeIndex(sheet);
    expect(cellLayout(merges, 1, 1, 1, 3, 5)).toEqual({
      skip: false,
      rowSpan: 1,
      colSpan: 5,
      source: { row: 1, col: 1 },
    });
    expect(cellLayout(merges, 1, 2, 1, 3, 5)).toEqual({ skip: true });
    // Scrolled so that row 3 is the first drawn: the merge B2:C3 is drawn from row 3 with its top-left content.
    expect(cellLayout(merges, 3, 2, 3, 10, 5)).toEqual({
      skip: false,
      rowSpan: 1,
      colSpan: 2,
      source: { row: 2, col: 2 },
    });
    expect(cellLayout(merges, 3, 3, 3, 10, 5)).toEqual({ skip: true });
    const widths = columnWidths(sheet, 5);
    expect(widths[0]).toBeLessThan(100);
  });

  test('a selection grows over the merged ranges it touches', async () => {
    const merges = mergeIndex(await titledSheet());
    expect(boxA1(selectionBox(merges, { row: 3, col: 1 }, { row: 3, col: 2 }))).toBe('A2:C3');
    expect(boxA1(selectionBox(merges, { row: 1, col: 3 }, { row: 1, col: 3 }))).toBe('A1:E1');
    expect(boxA1(selectionBox(merges, { row: 3, col: 4 }, { row: 3, col: 4 }))).toBe('D3');
  });

  test('navigation keys move inside the sheet', () => {
    const at = { row: 5, col: 3 };
    expect(moveByKey(at, 'ArrowUp', false, 100, 12, 20)).toEqual({ row: 4, col: 3 });
    expect(moveByKey(at, 'ArrowDown', true, 100, 12, 20)).toEqual({ row: 100, col: 3 });
    expect(moveByKey(at, 'PageUp', false, 100, 12, 20)).toEqual({ row: 1, col: 3 });
    expect(moveByKey(at, 'End', true, 100, 12, 20)).toEqual({ row: 100, col: 12 });
    expect(moveByKey({ row: 1, col: 1 }, 'ArrowLeft', false, 100, 12, 20)).toEqual({ row: 1, col: 1 });
    expect(moveByKey(at, 'a', false, 100, 12, 20)).toBeUndefined();
  });
});
