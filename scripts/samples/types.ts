import { Dec } from '../../src/core/decimal/dec';

/**
 * The figures of one sample workbook, in 万元 as decimal strings (never floats). Keys follow
 * src/core/profiles/tables.ts. Only 项-level rows of the 科目 tables are given: 类/款 rows and 合计 are sums
 * (subjectTree below), so 类 = Σ 款 = Σ 项 holds by construction; every other total is stated explicitly so that
 * the relations of domain.md can be checked on the data (test/samples).
 *
 * Glossary: 类/款/项 = the three levels of a 功能分类 code (3/5/7 digits); 经济分类 款 = 5-digit code in table 06.
 */
export type Amounts = Readonly<Record<string, string>>;

export interface SubjectLine {
  /** 7-digit 项 code. */
  readonly code: string;
  readonly v: Amounts;
}

export interface EconomicLine {
  /** 5-digit 经济分类 款 code. */
  readonly code: string;
  readonly amount: string;
}

export type SuppValue = string | number;

export interface SampleData {
  readonly id: 'heshan-zfb-2021' | 'heshan-jdfw-2021';
  readonly seed: string;
  readonly unitName: string;
  /** The name printed on the 部门/编制单位 line. */
  readonly unitLine: string;
  readonly year: number;
  readonly profile: 'hunan-2021';
  /** Names of every 功能分类 code used (类, 款, 项). */
  readonly names: Readonly<Record<string, string>>;
  /** T01 items (tables.ts keys) and 支出 by 类. */
  readonly t01: Amounts;
  readonly t01Classes: Amounts;
  readonly t02: readonly SubjectLine[];
  readonly t03: readonly SubjectLine[];
  /** T04 items (tables.ts keys, plus carryIn.general/fund/soe) and 支出 by 类 with columns total/general/fund/soe. */
  readonly t04: Amounts;
  readonly t04Classes: Readonly<Record<string, Amounts>>;
  readonly t05: readonly SubjectLine[];
  readonly t06: readonly EconomicLine[];
  readonly t06Totals: { readonly personnelTotal: string; readonly publicTotal: string };
  readonly t07: Amounts;
  readonly t08: readonly SubjectLine[];
  readonly t09: readonly SubjectLine[];
  /** 补充信息 values by key: amounts as 万元 strings, counts as numbers, texts as strings. */
  readonly supplementary: Readonly<Record<string, SuppValue>>;
  /** Free notes for the 说明/原因 column of 补充信息 (where a value was derived, and how). */
  readonly suppNotes: Readonly<Record<string, string>>;
  /** What the 说明 sheet lists: figures taken from the seed text, and figures made up to complete the tables. */
  readonly fromSeed: readonly string[];
  readonly illustrative: readonly string[];
}

export const T02_COLS = ['total', 'fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] as const;
export const T03_COLS = ['total', 'basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] as const;
export const T05_COLS = ['total', 'basic', 'project'] as const;
export const FUND_COLS = ['carryIn', 'income', 'expTotal', 'expBasic', 'expProject', 'carryOut'] as const;
export const T04_COLS = ['total', 'general', 'fund', 'soe'] as const;

export const amt = (a: Amounts, key: string): Dec => Dec.from(a[key] ?? '0');

export interface TreeRow {
  readonly code: string;
  readonly level: 1 | 2 | 3;
  readonly name: string;
  readonly v: Readonly<Record<string, Dec>>;
}

/** 类, 款 and 项 rows in code order, each 类/款 the sum of its 项; plus the 合计 row. */
export function subjectTree(
  lines: readonly SubjectLine[],
  names: Readonly<Record<string, string>>,
  cols: readonly string[],
): { total: Record<string, Dec>; rows: TreeRow[] } {
  const sums = new Map<string, Record<string, Dec>>();
  const add = (code: string, line: SubjectLine) => {
    const acc = sums.get(code) ?? Object.fromEntries(cols.map((c) => [c, Dec.ZERO]));
    for (const c of cols) acc[c] = acc[c].add(amt(line.v, c));
    sums.set(code, acc);
  };
  const total: Record<string, Dec> = Object.fromEntries(cols.map((c) => [c, Dec.ZERO]));
  for (const l of lines) {
    add(l.code.slice(0, 3), l);
    add(l.code.slice(0, 5), l);
    add(l.code, l);
    for (const c of cols) total[c] = total[c].add(amt(l.v, c));
  }
  const rows = [...sums.keys()].sort().map((code) => {
    const name = names[code];
    if (!name) throw new Error(`no name for 科目 ${code}`);
    return { code, level: (code.length === 3 ? 1 : code.length === 5 ? 2 : 3) as 1 | 2 | 3, name, v: sums.get(code)! };
  });
  return { total, rows };
}

/** 经济分类 类 rows (sums of their 款) with the 款 below each, in code order of the groups given. */
export function economicTree(
  lines: readonly EconomicLine[],
  classOrder: readonly string[],
): { code: string; amount: Dec; level: 1 | 2 }[] {
  const out: { code: string; amount: Dec; level: 1 | 2 }[] = [];
  for (const cls of classOrder) {
    const items = lines.filter((l) => l.code.startsWith(cls)).sort((a, b) => a.code.localeCompare(b.code));
    if (!items.length) continue;
    out.push({ code: cls, level: 1, amount: Dec.sum(items.map((i) => Dec.from(i.amount))) });
    for (const i of items) out.push({ code: i.code, level: 2, amount: Dec.from(i.amount) });
  }
  return out;
}
