/** The web grid shows numbers as the sheet does: each number format on real values, and on the sample workbooks. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { findSheet, getCell } from '../../src/core/grid/grid';
import { analyseGrid } from '../../src/core/engine';
import { FileGateway } from '../../src/web/file-gateway';
import { displayText } from '../../src/web/grid-view';
import { formatNumber } from '../../src/web/number-format';

describe('formatNumber', () => {
  test('fixed decimals and thousands separators', () => {
    expect(formatNumber(9746.5, '#,##0.00')).toBe('9,746.50');
    expect(formatNumber(21066600, '#,##0')).toBe('21,066,600');
    expect(formatNumber(21066600, '0')).toBe('21066600');
    expect(formatNumber(0.5, '#,##0.00')).toBe('0.50');
    expect(formatNumber(0.5, '#.00')).toBe('.50');
    expect(formatNumber(1234.5, '0.0##')).toBe('1234.5');
    expect(formatNumber(1234.5678, '0.0##')).toBe('1234.568');
  });

  test('rounds half away from zero on the value Excel keeps, never by binary floating point', () => {
    // 1.005 is 1.00499999999999989… as a double: Excel shows 1.01, toFixed(2) would give 1.00.
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatNumber(1.005, '0.00')).toBe('1.01');
    expect(formatNumber(-1.005, '0.00')).toBe('-1.01');
    expect(formatNumber(0.1 + 0.2, '0.0000000000000000')).toBe('0.3000000000000000');
    expect(formatNumber(2675.675, '#,##0.00')).toBe('2,675.68');
  });

  test('negative and zero sections, literals, padding, colours and currency', () => {
    expect(formatNumber(-3.5, '#,##0.00;[Red]-#,##0.00')).toBe('-3.50');
    expect(formatNumber(-3.5, '#,##0.00;(#,##0.00)')).toBe('(3.50)');
    expect(formatNumber(-3.5, '#,##0.00')).toBe('-3.50');
    expect(formatNumber(-0.001, '0.00')).toBe('0.00');
    // The accounting format Excel offers in Chinese: a dash for zero.
    const accounting = '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ';
    expect(formatNumber(1217.92, accounting)).toBe('1,217.92');
    expect(formatNumber(-1217.92, accounting)).toBe('-1,217.92');
    expect(formatNumber(0, accounting)).toBe('-');
    expect(formatNumber(0, '#,##0.00;-#,##0.00;""')).toBe('');
    expect(formatNumber(1217.92, '[$¥-804]#,##0.00')).toBe('¥1,217.92');
    expect(formatNumber(1217.92, '#,##0.00"万元"')).toBe('1,217.92万元');
    expect(formatNumber(12, '0\\辆')).toBe('12辆');
  });

  test('percent, scaling commas and General', () => {
    expect(formatNumber(0.541, '0.00%')).toBe('54.10%');
    expect(formatNumber(1, '0%')).toBe('100%');
    expect(formatNumber(21066600, '#,##0.00,')).toBe('21,066.60');
    expect(formatNumber(8.07, 'General')).toBe('8.07');
    expect(formatNumber(9746.5, undefined)).toBe('9746.5');
    expect(formatNumber(2.0000000000000004, 'General')).toBe('2');
    expect(formatNumber(1234.56789012345, 'General')).toBe('1234.56789');
    expect(formatNumber(-0.5, 'General')).toBe('-0.5');
  });

  test('dates, fractions and scientific formats fall back to General rather than a wrong reading', () => {
    expect(formatNumber(45000, 'yyyy-mm-dd')).toBe('45000');
    expect(formatNumber(0.25, '# ?/?')).toBe('0.25');
    expect(formatNumber(12345, '0.00E+00')).toBe('12345');
  });
});

test('the sample workbook: every amount of 公开01表 shows with its thousands separator and two decimals', async () => {
  const name = 'heshan-jdfw-2021.xlsx';
  const gateway = await FileGateway.open(new Uint8Array(readFileSync(join(__dirname, '../../samples', name))), name);
  const grid = await gateway.read();
  const t01 = analyseGrid(grid).mapping.tables.find((t) => t.id === 'T01')!;
  const sheet = findSheet(grid, t01.sheet)!;
  let numbers = 0;
  for (let r = t01.box.top; r <= t01.box.bottom; r++)
    for (let c = t01.box.left; c <= t01.box.right; c++) {
      const cell = getCell(sheet, r, c);
      if (typeof cell?.value !== 'number' || cell.numFmt !== '#,##0.00') continue;
      numbers++;
      const shown = displayText(cell);
      expect(shown).toMatch(/^-?\d{1,3}(,\d{3})*\.\d\d$/);
      expect(Number(shown.replace(/,/g, ''))).toBeCloseTo(cell.value, 2);
    }
  expect(numbers).toBeGreaterThan(10);
});
