import type { CellRef } from '../grid/grid';
import type { RowMapping, TableMapping, WorkbookMapping } from '../mapping/types';
import type { TableId } from '../model/types';
import { PROFILES } from '../profiles/profiles';
import { fieldName, TABLE_DEFS } from '../profiles/tables';
import type { Derivation, Term } from './types';

/**
 * The relations of domain.md ("Relations that must hold"), oriented to fill one cell from others, listed
 * bottom-up: 项 → 款 → 类 → 合计 in each column, then row totals (本年收入合计 = Σ columns, 合计 = 基本 + 项目),
 * then the totals built from totals (总计). Filling in this order lets every derived cell use derived parts.
 */
export function derivations(mapping: WorkbookMapping): Derivation[] {
  const out: Derivation[] = [];
  for (const t of mapping.tables) {
    if (t.empty) continue; // "本单位无…收支": nothing to fill
    // The words the check uses for the same cell: the table's title in the workbook's profile (checks/format.ts).
    out.push(...tableDerivations(t, PROFILES[mapping.profile]?.tableTitles[t.id] ?? TABLE_DEFS[t.id].title));
  }
  return out;
}

/** Row totals per table: target column = Σ sign·columns (domain.md: 02, 03, 05, 08/09 rows; 04 rows). */
const ROW_TOTALS: Partial<Record<TableId, [string, [string, 1 | -1][]][]>> = {
  T02: [['total', ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'].map((k) => [k, 1])]],
  T03: [['total', ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'].map((k) => [k, 1])]],
  T05: [
    [
      'total',
      [
        ['basic', 1],
        ['project', 1],
      ],
    ],
  ],
  // 08/09: 合计 = 基本 + 项目; 年末 = 年初 + 收入 − 支出.
  T08: fundRowTotals(),
  T09: fundRowTotals(),
  T04: [
    [
      'total',
      [
        ['general', 1],
        ['fund', 1],
        ['soe', 1],
      ],
    ],
  ],
};

function fundRowTotals(): [string, [string, 1 | -1][]][] {
  return [
    [
      'expTotal',
      [
        ['expBasic', 1],
        ['expProject', 1],
      ],
    ],
    [
      'carryOut',
      [
        ['carryIn', 1],
        ['income', 1],
        ['expTotal', -1],
      ],
    ],
  ];
}

function tableDerivations(t: TableMapping, title: string): Derivation[] {
  switch (t.id) {
    case 'T02':
    case 'T03':
    case 'T05':
    case 'T08':
    case 'T09':
      return subjectTable(t, title);
    case 'T01':
      return t01(t, title);
    case 'T04':
      return t04(t, title);
    case 'T06':
      return t06(t, title);
    case 'T07':
      return t07(t, title);
  }
}

const plus = (refs: readonly CellRef[]): Term[] => refs.map((ref) => ({ ref, sign: 1 }));

function rowCell(t: TableMapping, r: RowMapping, key: string): CellRef | undefined {
  const col = r.cols[key];
  return col ? { sheet: r.sheet ?? t.sheet, row: r.row, col } : undefined;
}

function totalCell(t: TableMapping, key: string): CellRef | undefined {
  const col = t.columns[key];
  return t.totalRow && col ? { sheet: t.sheet, row: t.totalRow, col } : undefined;
}

/** The rows one level below `parent` whose code starts with its code, in table order. */
function children(rows: readonly RowMapping[], parent: RowMapping): RowMapping[] {
  const below = (level: number) => prefixIndex(rows).get(level)?.get(parent.code) ?? [];
  const next = below(parent.level + 1);
  if (next.length || parent.level !== 1) return next;
  // A 类 printed with its 项 but without 款 rows.
  return below(3);
}

/** Per rows array (mappings are immutable): level → code of a row → the rows of that level starting with it. */
const prefixIndexes = new WeakMap<
  readonly RowMapping[],
  { length: number; index: Map<number, Map<string, RowMapping[]>> }
>();

/**
 * Built once per table in one pass over each row's code prefixes (a filter of the whole table per 类/款 row made
 * the fill quadratic). Only prefixes that are some row's code are kept: `children` asks for those alone.
 */
function prefixIndex(rows: readonly RowMapping[]): Map<number, Map<string, RowMapping[]>> {
  const cached = prefixIndexes.get(rows);
  if (cached && cached.length === rows.length) return cached.index;
  const codes = new Set(rows.map((r) => r.code));
  const index = new Map<number, Map<string, RowMapping[]>>();
  for (const r of rows) {
    let byCode = index.get(r.level);
    if (!byCode) index.set(r.level, (byCode = new Map()));
    for (let p = 0; p <= r.code.length; p++) {
      const prefix = r.code.slice(0, p);
      if (!codes.has(prefix)) continue;
      const list = byCode.get(prefix);
      if (list) list.push(r);
      else byCode.set(prefix, [r]);
    }
  }
  prefixIndexes.set(rows, { length: rows.length, index });
  return index;
}

/** The top-level rows (类), which the 合计 row sums. */
function topRows(rows: readonly RowMapping[]): RowMapping[] {
  const min = rows.reduce((m, r) => Math.min(m, r.level), Infinity);
  return rows.filter((r) => r.level === min);
}

function make(
  table: TableId,
  target: CellRef | undefined,
  parts: (CellRef | undefined)[],
  label: string | (() => string),
): Derivation | undefined {
  if (!target || !parts.length || parts.some((p) => !p)) return undefined;
  return typeof label === 'string'
    ? { table, target, parts: plus(parts as CellRef[]), label }
    : lazyLabel({ table, target, parts: plus(parts as CellRef[]) }, label);
}

/**
 * A derivation whose label is built when read: only the cells the fill writes or reports need one, and a 科目
 * table has a derivation per 类/款 row and column (tens of thousands of strings at 10,000 rows otherwise).
 */
function lazyLabel(d: Omit<Derivation, 'label' | 'op'>, label: () => string): Derivation {
  return new LazyDerivation(d.table, d.target, d.parts, label);
}

/** A class, not an object literal with a getter: V8 builds those far more slowly than the string they save. */
class LazyDerivation implements Derivation {
  private text: string | undefined;
  constructor(
    readonly table: Derivation['table'],
    readonly target: CellRef,
    readonly parts: readonly Term[],
    private readonly describe: () => string,
  ) {}

  get label(): string {
    return (this.text ??= this.describe());
  }
}

/** 款 = Σ 项, 类 = Σ 款, 合计 = Σ 类 in one column. */
function verticalSums(t: TableMapping, title: string, key: string, rowLabel: (r: RowMapping) => string): Derivation[] {
  const out: Derivation[] = [];
  const name = fieldName(t.id, key);
  for (const level of [2, 1] as const)
    for (const r of t.rows.filter((x) => x.level === level)) {
      const kids = children(t.rows, r);
      if (!kids.length) continue; // a leaf row is typed, not derived
      const d = make(
        t.id,
        rowCell(t, r, key),
        kids.map((k) => rowCell(t, k, key)),
        () => `${rowLabel(r)} ${name}`,
      );
      if (d) out.push(d);
    }
  if (t.rows.length) {
    const d = make(
      t.id,
      totalCell(t, key),
      topRows(t.rows).map((r) => rowCell(t, r, key)),
      () => `${title} 合计 ${name}`, // the words the check uses for the same cell
    );
    if (d) out.push(d);
  }
  return out;
}

function subjectTable(t: TableMapping, title: string): Derivation[] {
  const rowLabel = (r: RowMapping) => `${title} ${r.code} ${r.name}`;
  const rowTotals = (ROW_TOTALS[t.id] ?? []).filter(([, parts]) => parts.every(([k]) => t.columns[k]));
  const horizontal = new Set(rowTotals.map(([k]) => k));
  const out: Derivation[] = [];
  for (const key of Object.keys(t.columns))
    if (!horizontal.has(key)) out.push(...verticalSums(t, title, key, rowLabel));
  for (const [key, parts] of rowTotals) {
    const name = fieldName(t.id, key);
    const lines: [() => string, (k: string) => CellRef | undefined][] = [
      ...t.rows.map((r): [() => string, (k: string) => CellRef | undefined] => [
        () => rowLabel(r),
        (k) => rowCell(t, r, k),
      ]),
      [() => `${title} 合计`, (k) => totalCell(t, k)],
    ];
    for (const [label, at] of lines) {
      const target = at(key);
      const terms = parts.map(([k, sign]) => ({ ref: at(k), sign }));
      if (target && terms.every((x) => x.ref))
        out.push(lazyLabel({ table: t.id, target, parts: terms as Term[] }, () => `${label()} ${name}`));
    }
  }
  return out;
}

function itemCells(t: TableMapping): Map<string, CellRef> {
  return new Map(t.items.map((i) => [i.key, i.cell]));
}

function itemSum(
  t: TableMapping,
  title: string,
  items: Map<string, CellRef>,
  target: string,
  parts: string[],
): Derivation | undefined {
  return make(
    t.id,
    items.get(target),
    parts.map((p) => items.get(p)),
    `${title} ${fieldName(t.id, target)}`,
  );
}

const T01_INCOME = [
  'fiscalGeneral',
  'fiscalFund',
  'fiscalSoe',
  'superior',
  'business',
  'operating',
  'affiliated',
  'other',
];

function t01(t: TableMapping, title: string): Derivation[] {
  const items = itemCells(t);
  const byClass = t.rows.length
    ? make(
        t.id,
        items.get('expense.total'),
        topRows(t.rows).map((r) => rowCell(t, r, 'amount')),
        `${title} 本年支出合计`,
      )
    : undefined;
  return [
    itemSum(
      t,
      title,
      items,
      'income.total',
      T01_INCOME.map((k) => `income.${k}`),
    ),
    byClass,
    // 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余; 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余.
    itemSum(t, title, items, 'income.grand', ['income.total', 'income.useNonFiscalBalance', 'income.carryIn']),
    itemSum(t, title, items, 'expense.grand', ['expense.total', 'expense.surplusDistribution', 'expense.carryOut']),
  ].filter((d): d is Derivation => !!d);
}

const FUNDS = ['general', 'fund', 'soe'];

function t04(t: TableMapping, title: string): Derivation[] {
  const items = itemCells(t);
  const out: (Derivation | undefined)[] = [];
  const colName = (c: string) => TABLE_DEFS.T04.columns.find((x) => x.key === c)?.name ?? c;
  // 支出 by 类: each fund column summed over the 类 rows, then each row's 合计 = the three funds.
  if (t.rows.length)
    for (const c of FUNDS)
      out.push(
        make(
          t.id,
          items.get(`expense.total.${c}`),
          topRows(t.rows).map((r) => rowCell(t, r, c)),
          `${title} 本年支出合计（${colName(c)}）`,
        ),
      );
  out.push(...subjectTable({ ...t, totalRow: undefined }, title));
  out.push(
    itemSum(
      t,
      title,
      items,
      'income.total',
      FUNDS.map((c) => `income.${c}`),
    ),
  );
  out.push(
    itemSum(
      t,
      title,
      items,
      'carryIn.total',
      FUNDS.map((c) => `carryIn.${c}`),
    ),
  );
  out.push(
    itemSum(
      t,
      title,
      items,
      'expense.total.total',
      FUNDS.map((c) => `expense.total.${c}`),
    ),
  );
  out.push(
    itemSum(
      t,
      title,
      items,
      'carryOut.total',
      FUNDS.map((c) => `carryOut.${c}`),
    ),
  );
  out.push(itemSum(t, title, items, 'income.grand', ['income.total', 'carryIn.total']));
  for (const c of ['total', ...FUNDS]) {
    const d = itemSum(t, title, items, `expense.grand.${c}`, [`expense.total.${c}`, `carryOut.${c}`]);
    out.push(d && { ...d, label: `${title} 支出总计（${colName(c)}）` });
  }
  return out.filter((d): d is Derivation => !!d);
}

function t06(t: TableMapping, title: string): Derivation[] {
  const out: Derivation[] = verticalSums(
    { ...t, totalRow: undefined },
    title,
    'amount',
    (r) => `${title} ${r.code} ${r.name}`,
  );
  const items = itemCells(t);
  // 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310 (an absent 类 row counts as nothing spent).
  const group = (key: string, classes: string[]) => {
    const parts = classes
      .map((code) => t.rows.find((r) => r.level === 1 && r.code === code))
      .filter((r): r is RowMapping => !!r)
      .map((r) => rowCell(t, r, 'amount'));
    const d = make(t.id, items.get(key), parts, `${title} ${fieldName('T06', key)}`);
    if (d) out.push(d);
  };
  group('personnelTotal', ['301', '303']);
  group('publicTotal', ['302', '310']);
  return out;
}

function t07(t: TableMapping, title: string): Derivation[] {
  const items = itemCells(t);
  const out: (Derivation | undefined)[] = [];
  // 车 = 购置 + 运行; 合计 = 出国 + 车 + 接待 (预算数 and 决算数 alike).
  for (const s of ['budget', 'actual']) {
    out.push(itemSum(t, title, items, `${s}.vehicle`, [`${s}.vehiclePurchase`, `${s}.vehicleOperation`]));
    out.push(itemSum(t, title, items, `${s}.total`, [`${s}.abroad`, `${s}.vehicle`, `${s}.reception`]));
  }
  return out.filter((d): d is Derivation => !!d);
}
