import { toBlocks } from '../../src/excel/blocks';
import { cellFromOffice, contentToOffice, parseAreasAddress } from '../../src/excel/cells';

describe('Office.js cell conversions', () => {
  it('splits multi-area addresses, keeping commas inside quoted sheet names', () => {
    expect(parseAreasAddress("'My, Sheet''s'!B2:C2,'My, Sheet''s'!$E$5:$F$6")).toEqual([
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 5, left: 5, bottom: 6, right: 6 },
    ]);
    expect(parseAreasAddress('公开01表!A1:D1, 公开01表!A2:B3')).toHaveLength(2);
  });

  it('reads formulas, errors and formats; writes content back the same way', () => {
    expect(cellFromOffice('', '', 'General', '')).toBeUndefined();
    expect(cellFromOffice('#N/A', '#N/A', 'General', '=NA()')).toEqual({
      value: { error: '#N/A' },
      text: '#N/A',
      formula: 'NA()',
    });
    expect(cellFromOffice(1.5, '1.50', '0.00', 1.5)).toEqual({ value: 1.5, text: '1.50', numFmt: '0.00' });
    expect(contentToOffice({ formula: 'SUM(A1:A2)' })).toBe('=SUM(A1:A2)');
    expect(contentToOffice({ value: '=x' })).toBe("'=x");
    expect(contentToOffice({ value: null })).toBe('');
    expect(contentToOffice(undefined)).toBe('');
  });

  it('keeps text that Excel would convert as text (undo of a text cell gives back text)', () => {
    for (const t of ['001', '1,234.50', '12%', '(5)', 'TRUE', '2021-12-31', '2021/1', '+86 号', '-', '@SUM(A1)'])
      expect(contentToOffice({ value: t })).toBe(`'${t}`);
    for (const t of ['公开01表', '一般公共服务支出', '2021年度', 'A1']) expect(contentToOffice({ value: t })).toBe(t);
    expect(contentToOffice({ value: 12 })).toBe(12);
    expect(contentToOffice({ value: true })).toBe(true);
  });

  it('groups cells into full rectangles, each cell exactly once', () => {
    const cells = [
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
      [3, 1],
      [5, 4],
      [5, 6],
    ].map(([row, col]) => ({ row, col, item: `${row}/${col}` }));
    const blocks = toBlocks(cells);
    expect(blocks.map((b) => b.box)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 3, right: 1 },
      { top: 5, left: 4, bottom: 5, right: 4 },
      { top: 5, left: 6, bottom: 5, right: 6 },
    ]);
    const covered = blocks.flatMap((b) =>
      b.items.flatMap((r, i) => r.map((it, j) => [it, `${b.box.top + i}/${b.box.left + j}`])),
    );
    expect(covered.every(([it, at]) => it === at)).toBe(true);
    expect(covered).toHaveLength(cells.length);
  });
});
