import ExcelJS from 'exceljs';
import { buildConsolidated, subjectCodes } from '../../scripts/gen-consolidated';
import { runChecks } from '../../src/core/checks/run';
import { analyseGrid } from '../../src/core/engine';
import { readGridFromBuffer } from '../../src/io/workbook';

/** Every 类, 款 and 项 code of a layout (the rows of a 科目 table). */
function rowCodes(items: readonly string[]): Set<string> {
  return new Set(items.flatMap((c) => [c.slice(0, 3), c.slice(0, 5), c]));
}

describe('gen-consolidated (benchmark workbooks)', () => {
  it.each([3, 4, 30, 500, 5000, 50000])('lays out exactly %i 科目 rows, each 项 under its 款 and 类', (rows) => {
    const { items, names } = subjectCodes(rows);
    const codes = rowCodes(items);
    expect(codes.size).toBe(rows);
    for (const c of codes) expect(names[c]).toBeTruthy();
    expect(items.every((c) => /^\d{7}$/.test(c) && !c.endsWith('99'))).toBe(true);
    // Synthetic names are unique (catalogue names such as 行政运行 repeat under several 款, as in real tables).
    const synthetic = items.filter((c) => names[c].startsWith('示例项')).map((c) => names[c]);
    // The catalogue runs out after a few dozen rows: from then on synthetic 项 fill the table.
    if (rows >= 30) expect(synthetic.length).toBeGreaterThan(0);
    expect(new Set(synthetic).size).toBe(synthetic.length);
  });

  it('writes a workbook the engine maps with 500 rows in tables 02, 03, 05 and checks without a finding', async () => {
    const wb: ExcelJS.Workbook = buildConsolidated({ rows: 500, units: 12, seed: 3, unitName: '示例局' });
    const buf = new Uint8Array(await wb.xlsx.writeBuffer());
    const { grid } = await readGridFromBuffer(buf, 'generated.xlsx');
    const { mapping, disclosure } = analyseGrid(grid);
    expect(mapping.notFound).toEqual([]);
    expect(disclosure.unitName).toBe('示例局');
    for (const id of ['T02', 'T03', 'T05'] as const) expect(disclosure.tables[id]?.rows).toHaveLength(500);
    const result = runChecks(disclosure);
    // Amounts in 元 rounded to 0.01 万元: only the note saying so (checked at that precision).
    expect(result.findings.map((f) => f.rule)).toEqual(['table.precision']);
  });
});
