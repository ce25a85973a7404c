import { formulaFor, sameFormula } from '../../../src/core/derive/formula';
import type { Term } from '../../../src/core/derive/types';

const at = (sheet: string, row: number, col: number, sign: 1 | -1 = 1): Term => ({ ref: { sheet, row, col }, sign });
const target = { sheet: '公开08表', row: 7, col: 8 };

test('a contiguous run down a column or along a row is a SUM range', () => {
  expect(formulaFor(target, [at('公开08表', 8, 3), at('公开08表', 9, 3), at('公开08表', 10, 3)])).toBe('SUM(C8:C10)');
  expect(formulaFor(target, [at('公开08表', 7, 6), at('公开08表', 7, 7)])).toBe('SUM(F7:G7)');
});

test('scattered parts are added one by one, subtracted parts with a minus', () => {
  // 年末结转和结余 = 年初 + 收入 − 支出
  expect(formulaFor(target, [at('公开08表', 7, 3), at('公开08表', 7, 4), at('公开08表', 7, 5, -1)])).toBe('C7+D7-E7');
  expect(formulaFor(target, [at('公开08表', 8, 3), at('公开08表', 12, 3)])).toBe('C8+C12');
});

test('cells on another sheet are named with the quoted sheet name', () => {
  expect(formulaFor(target, [at('收入支出决算总表', 10, 3), at("O'Brien", 2, 2)])).toBe(
    "'收入支出决算总表'!C10+'O''Brien'!B2",
  );
  expect(formulaFor(target, [at('续表', 8, 3), at('续表', 9, 3)])).toBe("SUM('续表'!C8:C9)");
});

test('formulas compare without "=", spaces, "$" or case', () => {
  expect(sameFormula('=sum($C$8:C10)', 'SUM(C8:C10)')).toBe(true);
  expect(sameFormula('C8+C9', 'C8+C10')).toBe(false);
  expect(sameFormula(undefined, 'C8')).toBe(false);
});
