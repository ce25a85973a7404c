import fc from 'fast-check';
import { colLetters } from '../grid/grid';
import type { RowMapping, TableMapping, WorkbookMapping } from '../mapping/types';
import { derivations } from './relations';

/** The definition the fill indexes: rows one level down under the parent's code (a 类 without 款: its 项). */
function scanChildren(rows: readonly RowMapping[], parent: RowMapping): RowMapping[] {
  const next = rows.filter((r) => r.level === parent.level + 1 && r.code.startsWith(parent.code));
  if (next.length || parent.level !== 1) return next;
  return rows.filter((r) => r.level === 3 && r.code.startsWith(parent.code));
}

const COL = 3;
const at = (r: RowMapping) => `${colLetters(COL)}${r.row}`;

/** A 科目 table with one column (基本支出 alone: no row total), no 合计 row: only 款 = Σ 项 and 类 = Σ 款. */
function mappingOf(rows: RowMapping[]): WorkbookMapping {
  const t: TableMapping = {
    id: 'T05',
    title: '',
    sheet: 'S',
    box: { top: 1, left: 1, bottom: rows.length + 8, right: 5 },
    range: 'A1:E9',
    unit: '万元',
    confidence: 1,
    items: [],
    columns: { basic: COL },
    rows,
    missing: [],
  };
  return { profile: 'hunan-2021', profileReason: '', tables: [t], notFound: [], problems: [] };
}

const rowsArb = fc.array(
  fc.tuple(fc.stringMatching(/^[12]{0,7}$/), fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>),
  {
    maxLength: 40,
  },
);

describe('derivations: vertical sums (rows indexed by level and code once per table)', () => {
  it('sums each 款 and 类 over what a scan of the whole table finds, in table order', () => {
    fc.assert(
      fc.property(rowsArb, (spec) => {
        const rows: RowMapping[] = spec.map(([code, level], i) => ({
          code,
          name: `科目${i}`,
          level,
          row: i + 8,
          cols: { basic: COL },
        }));
        const expected: string[] = [];
        for (const level of [2, 1])
          for (const r of rows.filter((x) => x.level === level)) {
            const kids = scanChildren(rows, r);
            if (kids.length) expected.push(`${at(r)}=${kids.map(at).join('+')}`);
          }
        const got = derivations(mappingOf(rows)).map(
          (d) =>
            `${colLetters(d.target.col)}${d.target.row}=${d.parts.map((p) => `${colLetters(p.ref.col)}${p.ref.row}`).join('+')}`,
        );
        expect(got).toEqual(expected);
      }),
    );
  });
});
