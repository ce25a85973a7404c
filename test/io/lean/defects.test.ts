import ExcelJS from 'exceljs';
import { readXlsxGrid } from '../../../src/io/xlsx-read';
import { readGridFromBytes } from '../../../src/io/xlsx';
import { xlsxFromXml } from './build-xlsx';
import { exceljsGrid } from './parity';

/**
 * The two things ExcelJS 4.4 reads wrong, in files Excel writes (built here from XML, as ExcelJS cannot write
 * them): a formula whose cached result is 0 reads blank, and a cell of a shared formula reports its master's
 * address as its formula. Each test shows the defect in ExcelJS itself and the lean reader's right answer.
 */
const CACHED_ZERO = xlsxFromXml({
  sheets: [
    {
      name: '公开05表',
      data: '<row r="1"><c r="A1"><v>5</v></c><c r="B1"><v>5</v></c><c r="C1"><f>A1-B1</f><v>0</v></c><c r="D1"><f>A1+B1</f><v>10</v></c></row>',
    },
  ],
});

// C1:C4 share one formula (Excel writes it once, in C1); D2:D3 anchor $A and row 1.
const SHARED = xlsxFromXml({
  sheets: [
    {
      name: '公开02表',
      data:
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C4" si="0">A1+B1</f><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c><c r="D2"><f t="shared" ref="D2:D3" si="1">SUM($A2:B2)*$B$1+\'Q 1\'!A2&amp;"A2"</f><v>14</v></c></row>' +
        '<row r="3"><c r="A3"><v>5</v></c><c r="B3"><v>6</v></c><c r="C3"><f t="shared" si="0"/><v>0</v></c><c r="D3"><f t="shared" si="1"/><v>22</v></c></row>' +
        '<row r="4"><c r="C4"><f t="shared" si="0"/><v>0</v></c></row>',
    },
  ],
});

describe('ExcelJS defect 1: a cached formula result of 0', () => {
  test('ExcelJS reads the cell blank, as if never calculated', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(CACHED_ZERO.buffer as ArrayBuffer);
    expect(wb.worksheets[0].getCell('C1').value).toEqual({ formula: 'A1-B1' });
    expect((await exceljsGrid(CACHED_ZERO)).sheets[0].rows[0]?.[2]?.value).toBeNull();
  });

  test('the lean reader reads 0 with its formula (fflate and Node zlib alike)', () => {
    for (const grid of [readXlsxGrid(CACHED_ZERO), readGridFromBytes(CACHED_ZERO)]) {
      const row = grid.sheets[0].rows[0] ?? [];
      expect(row[2]).toEqual({ value: 0, formula: 'A1-B1', numFmt: undefined, text: '0' });
      expect(row[3]).toEqual({ value: 10, formula: 'A1+B1', numFmt: undefined, text: '10' });
    }
  });
});

describe('ExcelJS defect 2: a shared formula', () => {
  test("ExcelJS's value names the master cell instead of the formula", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(SHARED.buffer as ArrayBuffer);
    expect(wb.worksheets[0].getCell('C2').value).toEqual({ sharedFormula: 'C1', result: 7 });
  });

  test('the lean reader gives each cell its own formula, moved from the master', () => {
    const s = readXlsxGrid(SHARED).sheets[0];
    const f = (r: number, c: number) => s.rows[r - 1]?.[c - 1];
    expect(f(1, 3)).toMatchObject({ formula: 'A1+B1', value: 3 });
    expect(f(2, 3)).toMatchObject({ formula: 'A2+B2', value: 7 });
    expect(f(3, 3)).toMatchObject({ formula: 'A3+B3', value: 0, text: '0' });
    expect(f(4, 3)).toMatchObject({ formula: 'A4+B4', value: 0 });
    // $-anchored parts stay, a quoted sheet name and text in quotes are not references.
    expect(f(2, 4)?.formula).toBe('SUM($A2:B2)*$B$1+\'Q 1\'!A2&"A2"');
    expect(f(3, 4)?.formula).toBe('SUM($A3:B3)*$B$1+\'Q 1\'!A3&"A2"');
  });

  test('the ExcelJS adapter (used after writing) agrees with the lean reader on shared formulas', async () => {
    const lean = readXlsxGrid(SHARED).sheets[0];
    const viaExcelJS = (await exceljsGrid(SHARED)).sheets[0];
    for (const [r, c] of [
      [2, 3],
      [3, 3],
      [2, 4],
      [3, 4],
    ])
      expect(viaExcelJS.rows[r - 1]?.[c - 1]?.formula).toBe(lean.rows[r - 1]?.[c - 1]?.formula);
  });
});
