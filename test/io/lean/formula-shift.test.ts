import { shiftFormula } from '../../../src/io/xlsx-read/formula-shift';

describe('shiftFormula (shared formulas, ECMA-376 §18.3.1.40)', () => {
  test.each([
    ['A1+B1', 1, 0, 'A2+B2'],
    ['A1+B1', 0, 2, 'C1+D1'],
    ['$A1+A$1+$A$1', 3, 3, '$A4+D$1+$A$1'],
    ['SUM(B2:B9)', 10, 0, 'SUM(B12:B19)'],
    ['SUM(A:A)+SUM(2:3)', 1, 1, 'SUM(B:B)+SUM(3:4)'],
    ["'公开01表'!C7+Sheet2!C7", 1, 0, "'公开01表'!C8+Sheet2!C8"],
    ['"A1"&A1', 1, 0, '"A1"&A2'],
    ['"say ""A1"""&A1', 1, 0, '"say ""A1"""&A2'],
    ['LOG10(A1)+ATAN2(A1,B1)', 1, 0, 'LOG10(A2)+ATAN2(A2,B2)'],
    ['ROUND(C7*1.5,2)', 1, 0, 'ROUND(C8*1.5,2)'],
    ['A1-1E+10', 1, 0, 'A2-1E+10'],
    ['Table1[Col1]+A1', 1, 0, 'Table1[Col1]+A2'],
    ['合计1+A1', 1, 0, '合计1+A2'],
    ['A1', -1, 0, '#REF!'],
    ['XFD1+XFE1', 0, 0, 'XFD1+XFE1'],
  ])('%s moved by (%i, %i) → %s', (f, dr, dc, expected) => {
    expect(shiftFormula(f, dr, dc)).toBe(expected);
  });
});
