import fc from 'fast-check';
import { fig } from '../model/figure';
import type { SubjectRow } from '../model/types';
import { buildModel, itemRef, type Amount } from './example';
import { tableTitle } from './format';
import { childRows, itemSum, SUM_MESSAGE } from './relation';
import type { RuleMeta } from './types';

/** The definition childRows indexes: every other row below `row` by code prefix, the shortest codes only. */
function scanChildren(rows: readonly SubjectRow[], row: SubjectRow): SubjectRow[] {
  const below = rows.filter((r) => r !== row && r.code.startsWith(row.code) && r.code.length > row.code.length);
  if (below.length === 0) return [];
  const nextLen = Math.min(...below.map((r) => r.code.length));
  return below.filter((r) => r.code.length === nextLen);
}

const subject = (code: string, i: number): SubjectRow => ({
  code,
  name: `科目${i}`,
  level: code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3,
  row: i + 1,
  values: { total: fig('1.00', `S!C${i + 1}`) },
});

/** Codes over a small alphabet so that prefixes, duplicates, missing 款 and odd lengths all occur. */
const codes = fc.array(fc.stringMatching(/^[12]{0,7}$/), { maxLength: 40 });

describe('childRows (indexed once per table)', () => {
  it('returns what a scan of the whole table returns, in table order, for every row', () => {
    fc.assert(
      fc.property(codes, (cs) => {
        const rows = cs.map(subject);
        for (const row of rows) expect(childRows(rows, row)).toEqual(scanChildren(rows, row));
      }),
    );
  });

  it('answers for a row of another table by scanning (its code need not be in the table)', () => {
    fc.assert(
      fc.property(codes, fc.stringMatching(/^[12]{0,7}$/), (cs, code) => {
        const rows = cs.map(subject);
        const foreign = subject(code, 99);
        expect(childRows(rows, foreign)).toEqual(scanChildren(rows, foreign));
      }),
    );
  });

  it('a 类 without 款 rows has its 项; a 类 with 款 rows only its 款; a caller may change the answer it gets', () => {
    const rows = ['201', '2010101', '2010102', '205', '20501', '2050101', '20502'].map(subject);
    const codesOf = (r: SubjectRow[]) => r.map((x) => x.code);
    expect(codesOf(childRows(rows, rows[0]))).toEqual(['2010101', '2010102']);
    const kids = childRows(rows, rows[3]);
    expect(codesOf(kids)).toEqual(['20501', '20502']);
    kids.pop();
    expect(codesOf(childRows(rows, rows[3]))).toEqual(['20501', '20502']);
    expect(childRows(rows, rows[1])).toEqual([]);
  });
});

describe("itemSum (total = Σ parts among one table's items)", () => {
  const meta: RuleMeta = {
    id: 'item-sum-test',
    title: '测试',
    scope: '表内',
    severity: 'error',
    relation: '收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
    message: SUM_MESSAGE,
  };
  const model = (items: Record<string, Amount>) => buildModel({ tables: { T01: { items } } });
  const spec = {
    total: 'income.grand',
    parts: ['income.total', 'income.useNonFiscalBalance', 'income.carryIn'],
    optional: ['income.useNonFiscalBalance'],
    what: '收入总计',
    of: '各项之和',
  };

  it('leaves an optional part the table does not print out of the sum', () => {
    const d = model({ 'income.total': '4.00', 'income.carryIn': '6.00', 'income.grand': '11.00' });
    const fs = itemSum(meta, d, 'T01', spec);
    expect(fs.map((f) => [f.severity, f.expected?.toFixed(), f.actual?.toFixed()])).toEqual([
      ['error', '10.00', '11.00'],
    ]);
    expect(fs[0].cells.map((c) => c.ref)).toEqual(
      ['income.grand', 'income.total', 'income.carryIn'].map((k) => itemRef(d, 'T01', k)),
    );
    expect(fs[0].message).toContain(`${tableTitle(d, 'T01')} 收入总计（${itemRef(d, 'T01', 'income.grand')}）`);
  });

  it('includes an optional part the table prints, in the order of parts', () => {
    const items = { 'income.total': '4.00', 'income.useNonFiscalBalance': '1.00', 'income.carryIn': '6.00' };
    expect(itemSum(meta, model({ ...items, 'income.grand': '11.00' }), 'T01', spec)).toEqual([]);
    const d = model({ ...items, 'income.grand': '12.00' });
    const fs = itemSum(meta, d, 'T01', spec);
    expect(fs.map((f) => f.expected?.toFixed())).toEqual(['11.00']);
    expect(fs[0].cells.map((c) => c.ref)).toEqual(['income.grand', ...spec.parts].map((k) => itemRef(d, 'T01', k)));
  });

  it('gives no finding when the total, a required part or the table is missing', () => {
    expect(itemSum(meta, model({ 'income.total': '4.00', 'income.carryIn': '6.00' }), 'T01', spec)).toEqual([]);
    expect(itemSum(meta, model({ 'income.total': '4.00', 'income.grand': '11.00' }), 'T01', spec)).toEqual([]);
    expect(itemSum(meta, buildModel({ tables: {} }), 'T01', spec)).toEqual([]);
  });
});
