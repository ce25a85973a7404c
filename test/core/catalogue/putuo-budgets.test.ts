import { readFileSync } from 'fs';
import { join } from 'path';
import { functionalSubject } from '../../../src/core/catalogue';
import { FUNCTIONAL_ROWS } from '../../../src/core/catalogue/functional';

/**
 * SQ26, WL26 and WJ25 (see SOURCES.md) cite three published 普陀区 budgets. fixtures/putuo-budget-tables.txt keeps the
 * code + name columns of their 收入预算总表 as printed; these tests tie the catalogue rows that cite those keys to
 * the printed rows, both ways.
 */
const TEXT = readFileSync(join(__dirname, 'fixtures/putuo-budget-tables.txt'), 'utf8');

interface PrintedRow {
  readonly code: string;
  readonly name: string;
}

/** "[KEY]" starts a section; "2010506 统计管理" or split "201 05 06 统计管理" → { code: '2010506', name }. */
function parse(text: string): Map<string, PrintedRow[]> {
  const out = new Map<string, PrintedRow[]>();
  let key = '';
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const section = /^\[(\w+)\]$/.exec(line.trim());
    if (section) {
      key = section[1];
      out.set(key, []);
      continue;
    }
    const m = /^(\d{3}(?:\d{2}){0,2})((?: \d{2}){0,2}) (\S+)$/.exec(line.trim());
    if (!m || !key) throw new Error(`unparsed fixture line: ${line}`);
    out.get(key)?.push({ code: m[1] + m[2].replace(/ /g, ''), name: m[3] });
  }
  return out;
}

const PRINTED = parse(TEXT);
const KEYS = ['SQ26', 'WL26', 'WJ25'];

/** Printed rows whose name differs from the catalogue's, each explained in SOURCES.md. */
const DISAGREEMENTS: Readonly<Record<string, string>> = {
  // SQ26 prints the 款 22198 with the name of its 项 2219899; YC25 (2025 决算) names it 超长期特别国债安排的支出.
  'SQ26 22198': '其他住房保障支出',
};

describe('fixture', () => {
  test('holds the three documents with their printed row counts', () => {
    expect(KEYS.map((k) => PRINTED.get(k)?.length)).toEqual([72, 34, 66]);
  });
});

describe.each(KEYS)('%s', (key) => {
  const printed = PRINTED.get(key) ?? [];

  test('every printed row is in the catalogue under the same name (recorded disagreements aside)', () => {
    for (const row of printed) {
      const recorded = DISAGREEMENTS[`${key} ${row.code}`];
      if (recorded) {
        expect(row.name).toBe(recorded);
        expect(functionalSubject(row.code)?.name).not.toBe(row.name);
      } else {
        expect([row.code, functionalSubject(row.code)?.name]).toEqual([row.code, row.name]);
      }
    }
  });

  test('every catalogue row citing it is printed there, with that name', () => {
    const cited = FUNCTIONAL_ROWS.filter(([, , sources]) => sources.split(/\s+/).includes(key));
    const byCode = new Map(printed.map((r) => [r.code, r.name]));
    expect(cited.length).toBeGreaterThan(30);
    for (const [code, name] of cited) expect([code, byCode.get(code)]).toEqual([code, name]);
  });

  test('every printed row that agrees is cited', () => {
    const sourcesByCode = new Map(FUNCTIONAL_ROWS.map(([code, , sources]) => [code, sources.split(/\s+/)]));
    for (const row of printed) {
      if (DISAGREEMENTS[`${key} ${row.code}`]) continue;
      expect([row.code, sourcesByCode.get(row.code)?.includes(key)]).toEqual([row.code, true]);
    }
  });
});
