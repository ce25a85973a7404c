import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { buildConsolidated } from '../../../scripts/gen-consolidated';
import { applyMutation, mutations } from '../../fuzz/mutations';
import { fuzzTimeout, runs } from '../../fuzz/runs';
import { xlsxBuffer } from '../../helpers/xlsx';
import { xlsxFromXml } from './build-xlsx';
import { compareGrids, exceljsGrid, parity } from './parity';
import { readXlsxGrid } from '../../../src/io/xlsx-read';

/**
 * The lean reader against ExcelJS (through src/io/exceljs-cell.ts, as the tool read files before), cell by cell —
 * value, formula, number format, displayed text — plus rows present, merges, sheet names and visibility, on the
 * samples, generated consolidated workbooks, randomly mutated samples and hand-written XML. The only differences
 * allowed are ExcelJS's two defects (defects.test.ts), which none of these files contains.
 */
const SAMPLES = join(__dirname, '../../../samples');

describe('lean reader = ExcelJS', () => {
  test.each(readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')))('sample %s: no difference', async (file) => {
    const bytes = readFileSync(join(SAMPLES, file));
    const grid = readXlsxGrid(bytes);
    expect(grid.sheets.length).toBeGreaterThanOrEqual(9);
    expect(grid.sheets.reduce((n, s) => n + s.rows.flat().filter(Boolean).length, 0)).toBeGreaterThan(500);
    expect(await parity(bytes)).toEqual([]);
  });

  test.each([30, 500])('generated consolidated workbook of %i 科目 rows: no difference', async (rows) => {
    const wb = buildConsolidated({ rows, units: 3, seed: 7, unitName: '示例局' });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await parity(bytes)).toEqual([]);
  });

  test('merges, hidden sheets, number formats and formulas written by ExcelJS', async () => {
    const bytes = await xlsxBuffer([
      {
        name: '公开01表',
        rows: [
          ['收入支出决算总表', null, null],
          ['项目', '金额', '公式'],
          ['一般公共预算财政拨款收入', 1234.5, { formula: 'B3*2', result: 2469 }],
          ['其他收入', 0, { formula: 'B4+1', result: 1 }],
        ],
        merges: ['A1:C1'],
        numFmt: '#,##0.00',
      },
      { name: '_hidden', rows: [['x']], state: 'hidden' },
      { name: '_very', rows: [[1]], state: 'veryHidden' },
    ]);
    const diffs = await parity(bytes);
    expect(diffs).toEqual([]);
    const g = readXlsxGrid(bytes);
    expect(g.sheets.map((s) => s.visibility)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect(g.sheets[0].rows[2]?.[1]).toEqual({ value: 1234.5, numFmt: '#,##0.00', text: '1234.5', formula: undefined });
  });

  test('hand-written XML: shared and inline strings, rich text, booleans, errors, dates, entities, escapes', async () => {
    const bytes = xlsxFromXml({
      sharedStrings: ['合计 & 小计 <1>', '行_x000D_内'],
      rawSharedStrings: ['<si><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve">文本 </t></r></si>'],
      numFmts: { 164: '0.00_);[Red]\\(0.00\\)', 165: 'yyyy"年"m"月"d"日"' },
      cellXfs: [0, 164, 165, 4, 14, 10, 31],
      sheets: [
        {
          name: 'A&B "表"',
          data:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>内联</t></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" s="1"><v>-12.5</v></c></row>' +
            '<row r="4"><c r="A4" s="2"><v>45292</v></c><c r="B4" s="4"><v>45292.5</v></c><c r="C4" s="3"><v>1234567.891</v></c><c r="D4" s="5"><v>0.5410</v></c><c r="E4" s="6"><v>45000</v></c></row>' +
            '<row r="5"><c r="A5" s="3"/><c r="B5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D5" t="b"><f>TRUE()</f><v>1</v></c></row>' +
            '<row r="7" hidden="1"><c r="A7"><v>1E-3</v></c><c r="B7"><v>3.0000000000000004</v></c></row>',
          before: '<cols><col min="2" max="2" hidden="1" width="0"/></cols>',
        },
      ],
    });
    expect(await parity(bytes)).toEqual([]);
    const s = readXlsxGrid(bytes).sheets[0];
    expect(s.name).toBe('A&B "表"');
    expect(s.rows[0]?.map((c) => c?.value)).toEqual(['合计 & 小计 <1>', '行\r内', '富文本 ']);
    expect(s.rows[1]?.map((c) => c?.value)).toEqual(['内联', true, { error: '#DIV/0!' }, -12.5]);
    expect(s.rows[3]?.[0]).toMatchObject({ value: '2024-01-01', numFmt: 'yyyy"年"m"月"d"日"' });
    expect(s.rows[4]?.[2]).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0', numFmt: undefined, text: '#DIV/0!' });
  });

  test(
    'randomly mutated samples (the fuzz corpus) read the same',
    async () => {
      const bytes = readFileSync(join(SAMPLES, 'heshan-zfb-2021.xlsx'));
      let compared = 0;
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(bytes as unknown as ArrayBuffer);
          for (const m of ms) applyMutation(wb, m);
          const out = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
          let ref;
          try {
            ref = await exceljsGrid(out);
          } catch {
            return; // ExcelJS cannot read back some files it wrote (overlapping merges); nothing to compare
          }
          compared++;
          expect(
            compareGrids(readXlsxGrid(out, 'm.xlsx', { maxRowsPerSheet: Infinity, maxCells: Infinity }), ref),
          ).toEqual([]);
        }),
        { numRuns: runs(), seed: 19 },
      );
      expect(compared).toBeGreaterThan(0);
    },
    fuzzTimeout(3000),
  );
});
