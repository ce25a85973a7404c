import { Dec } from '../decimal/dec';
import { fig } from '../model/figure';
import type { Disclosure, Figure, ProfileId, SubjectRow, SuppEntry, TableId, TableModel } from '../model/types';
import { SUPP_FIELD_BY_KEY } from '../supplementary/schema';
import { TABLE_DEFS } from '../profiles/tables';
import { a1 } from '../grid/grid';

/**
 * A small, fully consistent disclosure written as plain data (amounts in 万元 as shown, null = blank cell), and a
 * builder that turns it into a model with a cell for every figure. Rule tests start from `exampleSpec()`, change one
 * thing and build; the mutation test changes every figure in turn. Cell layout (not a real export, only unique):
 * sheet 公开NN表; items in column C from row 5; the 合计 row on row 6 and 科目 rows from row 7, columns from D.
 */
export type Amount = string | null;

export interface TableSpec {
  items?: Record<string, Amount>;
  columns?: string[];
  total?: Record<string, Amount>;
  rows?: [code: string, name: string, values: Record<string, Amount>][];
}

export interface ModelSpec {
  profile?: ProfileId;
  tables: Partial<Record<TableId, TableSpec>>;
  /** 补充信息: amounts as text (万元), counts as numbers. */
  supplementary?: Record<string, Amount | number>;
}

const fiscal = (total: Amount, basic: Amount, project: Amount) => ({ total, basic, project });

export function exampleSpec(): ModelSpec {
  return {
    tables: {
      T01: {
        items: {
          'income.fiscalGeneral': '150.00',
          'income.fiscalFund': '30.00',
          'income.fiscalSoe': null,
          'income.superior': null,
          'income.business': '20.00',
          'income.operating': null,
          'income.affiliated': null,
          'income.other': '5.00',
          'income.total': '205.00',
          'income.useNonFiscalBalance': null,
          'income.carryIn': '15.00',
          'income.grand': '220.00',
          'expense.total': '192.00',
          'expense.surplusDistribution': null,
          'expense.carryOut': '28.00',
          'expense.grand': '220.00',
        },
        columns: ['amount'],
        rows: [
          ['201', '一般公共服务支出', { amount: '140.00' }],
          ['208', '社会保障和就业支出', { amount: '17.00' }],
          ['212', '城乡社区支出', { amount: '25.00' }],
          ['221', '住房保障支出', { amount: '10.00' }],
        ],
      },
      T02: {
        columns: ['total', 'fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'],
        total: inc('205.00', '180.00', '20.00', '5.00'),
        rows: [
          ['201', '一般公共服务支出', inc('145.00', '125.00', '20.00', null)],
          ['20103', '政府办公厅（室）及相关机构事务', inc('145.00', '125.00', '20.00', null)],
          ['2010301', '行政运行', inc('125.00', '105.00', '20.00', null)],
          ['2010399', '其他政府办公厅（室）及相关机构事务支出', inc('20.00', '20.00', null, null)],
          ['208', '社会保障和就业支出', inc('20.00', '15.00', null, '5.00')],
          ['20805', '行政事业单位养老支出', inc('20.00', '15.00', null, '5.00')],
          ['2080505', '机关事业单位基本养老保险缴费支出', inc('20.00', '15.00', null, '5.00')],
          ['212', '城乡社区支出', inc('30.00', '30.00', null, null)],
          ['21208', '国有土地使用权出让收入安排的支出', inc('30.00', '30.00', null, null)],
          ['2120801', '征地和拆迁补偿支出', inc('30.00', '30.00', null, null)],
          ['221', '住房保障支出', inc('10.00', '10.00', null, null)],
          ['22102', '住房改革支出', inc('10.00', '10.00', null, null)],
          ['2210201', '住房公积金', inc('10.00', '10.00', null, null)],
        ],
      },
      T03: {
        columns: ['total', 'basic', 'project', 'toSuperior', 'operating', 'toAffiliated'],
        total: exp('192.00', '147.00', '45.00'),
        rows: [
          ['201', '一般公共服务支出', exp('140.00', '120.00', '20.00')],
          ['20103', '政府办公厅（室）及相关机构事务', exp('140.00', '120.00', '20.00')],
          ['2010301', '行政运行', exp('120.00', '120.00', null)],
          ['2010399', '其他政府办公厅（室）及相关机构事务支出', exp('20.00', null, '20.00')],
          ['208', '社会保障和就业支出', exp('17.00', '17.00', null)],
          ['20805', '行政事业单位养老支出', exp('17.00', '17.00', null)],
          ['2080505', '机关事业单位基本养老保险缴费支出', exp('17.00', '17.00', null)],
          ['212', '城乡社区支出', exp('25.00', null, '25.00')],
          ['21208', '国有土地使用权出让收入安排的支出', exp('25.00', null, '25.00')],
          ['2120801', '征地和拆迁补偿支出', exp('25.00', null, '25.00')],
          ['221', '住房保障支出', exp('10.00', '10.00', null)],
          ['22102', '住房改革支出', exp('10.00', '10.00', null)],
          ['2210201', '住房公积金', exp('10.00', '10.00', null)],
        ],
      },
      T04: {
        items: {
          'income.general': '150.00',
          'income.fund': '30.00',
          'income.soe': null,
          'income.total': '180.00',
          'carryIn.total': '8.00',
          'carryIn.general': '3.00',
          'carryIn.fund': '5.00',
          'carryIn.soe': null,
          'income.grand': '188.00',
          ...fourCols('expense.total', '170.00', '145.00', '25.00', null),
          ...fourCols('carryOut', '18.00', '8.00', '10.00', null),
          ...fourCols('expense.grand', '188.00', '153.00', '35.00', null),
        },
        columns: ['total', 'general', 'fund', 'soe'],
        rows: [
          ['201', '一般公共服务支出', { total: '120.00', general: '120.00', fund: null, soe: null }],
          ['208', '社会保障和就业支出', { total: '15.00', general: '15.00', fund: null, soe: null }],
          ['212', '城乡社区支出', { total: '25.00', general: null, fund: '25.00', soe: null }],
          ['221', '住房保障支出', { total: '10.00', general: '10.00', fund: null, soe: null }],
        ],
      },
      T05: {
        columns: ['total', 'basic', 'project'],
        total: fiscal('145.00', '125.00', '20.00'),
        rows: [
          ['201', '一般公共服务支出', fiscal('120.00', '100.00', '20.00')],
          ['20103', '政府办公厅（室）及相关机构事务', fiscal('120.00', '100.00', '20.00')],
          ['2010301', '行政运行', fiscal('100.00', '100.00', null)],
          ['2010399', '其他政府办公厅（室）及相关机构事务支出', fiscal('20.00', null, '20.00')],
          ['208', '社会保障和就业支出', fiscal('15.00', '15.00', null)],
          ['20805', '行政事业单位养老支出', fiscal('15.00', '15.00', null)],
          ['2080505', '机关事业单位基本养老保险缴费支出', fiscal('15.00', '15.00', null)],
          ['221', '住房保障支出', fiscal('10.00', '10.00', null)],
          ['22102', '住房改革支出', fiscal('10.00', '10.00', null)],
          ['2210201', '住房公积金', fiscal('10.00', '10.00', null)],
        ],
      },
      T06: {
        items: { personnelTotal: '95.00', publicTotal: '30.00' },
        columns: ['amount'],
        rows: [
          ['301', '工资福利支出', { amount: '90.00' }],
          ['30101', '基本工资', { amount: '60.00' }],
          ['30102', '津贴补贴', { amount: '20.00' }],
          ['30108', '机关事业单位基本养老保险缴费', { amount: '10.00' }],
          ['303', '对个人和家庭的补助', { amount: '5.00' }],
          ['30302', '退休费', { amount: '5.00' }],
          ['302', '商品和服务支出', { amount: '20.00' }],
          ['30201', '办公费', { amount: '10.00' }],
          ['30217', '公务接待费', { amount: '2.00' }],
          ['30231', '公务用车运行维护费', { amount: '8.00' }],
          ['310', '资本性支出', { amount: '10.00' }],
          ['31002', '办公设备购置', { amount: '10.00' }],
        ],
      },
      T07: {
        items: {
          ...threePublic('budget', '13.00', null, '10.00', null, '10.00', '3.00'),
          ...threePublic('actual', '10.00', null, '8.00', null, '8.00', '2.00'),
        },
      },
      T08: {
        columns: ['carryIn', 'income', 'expTotal', 'expBasic', 'expProject', 'carryOut'],
        total: fund('5.00', '30.00', '25.00', null, '25.00', '10.00'),
        rows: [
          ['212', '城乡社区支出', fund('5.00', '30.00', '25.00', null, '25.00', '10.00')],
          ['21208', '国有土地使用权出让收入安排的支出', fund('5.00', '30.00', '25.00', null, '25.00', '10.00')],
          ['2120801', '征地和拆迁补偿支出', fund('5.00', '30.00', '25.00', null, '25.00', '10.00')],
        ],
      },
      T09: {
        columns: ['carryIn', 'income', 'expTotal', 'expBasic', 'expProject', 'carryOut'],
        total: fund(null, null, null, null, null, null),
        rows: [],
      },
    },
    supplementary: {
      'budget.general.expense': '150.00',
      'budget.subject.2010301': '100.00',
      'budget.subject.2010399': '25.00',
      'budget.subject.2080505': '15.00',
      'budget.subject.2210201': '10.00',
      'budget.threePublic.total': '13.00',
      'budget.threePublic.abroad': null,
      'budget.threePublic.vehicle': '10.00',
      'budget.threePublic.reception': '3.00',
      'prior.threePublic.total': '11.00',
      'prior.threePublic.abroad': null,
      'prior.threePublic.vehicle': '9.00',
      'prior.threePublic.vehiclePurchase': null,
      'prior.threePublic.vehicleOperation': '9.00',
      'prior.threePublic.reception': '2.00',
      'operatingCost.amount': '30.00',
      'procurement.total': '12.00',
      'procurement.goods': '5.00',
      'procurement.works': null,
      'procurement.services': '7.00',
      'procurement.sme': '10.00',
      'procurement.small': '6.00',
      'assets.vehicles.total': 2,
      'assets.vehicles.emergency': 1,
      'assets.vehicles.other': 1,
    },
  };
}

function inc(total: Amount, fiscalIncome: Amount, business: Amount, other: Amount): Record<string, Amount> {
  return { total, fiscal: fiscalIncome, superior: null, business, operating: null, affiliated: null, other };
}

function exp(total: Amount, basic: Amount, project: Amount): Record<string, Amount> {
  return { total, basic, project, toSuperior: null, operating: null, toAffiliated: null };
}

function fund(...v: Amount[]): Record<string, Amount> {
  const [carryIn, income, expTotal, expBasic, expProject, carryOut] = v;
  return { carryIn, income, expTotal, expBasic, expProject, carryOut };
}

function fourCols(base: string, total: Amount, general: Amount, fundV: Amount, soe: Amount): Record<string, Amount> {
  return { [`${base}.total`]: total, [`${base}.general`]: general, [`${base}.fund`]: fundV, [`${base}.soe`]: soe };
}

function threePublic(side: string, ...v: Amount[]): Record<string, Amount> {
  const keys = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];
  return Object.fromEntries(keys.map((k, i) => [`${side}.${k}`, v[i]]));
}

export const sheetOf = (id: TableId): string => `公开${id.slice(1)}表`;

/** Builds the model: every figure gets its own cell (see the layout above). */
export function buildModel(spec: ModelSpec): Disclosure {
  const tables: Partial<Record<TableId, TableModel>> = {};
  for (const [id, t] of Object.entries(spec.tables) as [TableId, TableSpec][]) {
    const sheet = sheetOf(id);
    const cell = (row: number, col: number) => `${sheet}!${a1(row, col)}`;
    const f = (v: Amount, row: number, col: number): Figure => fig(v, cell(row, col));
    const columns = t.columns ?? [];
    const items = Object.fromEntries(Object.entries(t.items ?? {}).map(([k, v], i) => [k, f(v, 5 + i, 3)]));
    const rowStart = 7 + Object.keys(t.items ?? {}).length;
    const totalRow = t.total
      ? Object.fromEntries(columns.filter((c) => c in t.total!).map((c, j) => [c, f(t.total![c], 6, 4 + j)]))
      : undefined;
    const rows: SubjectRow[] = (t.rows ?? []).map(([code, name, values], i) => ({
      code,
      name,
      level: (code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3) as 1 | 2 | 3,
      row: rowStart + i,
      values: Object.fromEntries(
        columns.flatMap((c, j) => (c in values ? [[c, f(values[c], rowStart + i, 4 + j)]] : [])),
      ),
    }));
    tables[id] = {
      id,
      title: TABLE_DEFS[id].title,
      sheet,
      range: `A1:${a1(rowStart + rows.length, 4 + columns.length)}`,
      unit: '万元',
      items,
      columns,
      totalRow,
      rows,
    };
  }
  const entries: Record<string, SuppEntry> = {};
  Object.entries(spec.supplementary ?? {}).forEach(([key, v], i) => {
    const ref = `补充信息!C${2 + i}`;
    const label = SUPP_FIELD_BY_KEY.get(key)?.label ?? key;
    const cell = fig(null, ref).cell;
    entries[key] =
      typeof v === 'number'
        ? { key, label, kind: 'count', number: Dec.from(v), cell }
        : { key, label, kind: 'amount', figure: fig(v, ref), cell };
  });
  return {
    profile: spec.profile ?? 'hunan-2021',
    tables,
    supplementary: spec.supplementary ? { sheet: '补充信息', entries } : undefined,
    problems: [],
  };
}

/** The example with one change applied to its spec (tests: `example((s) => (s.tables.T01!.items!['income.total'] = '206.00'))`). */
export function example(change?: (s: ModelSpec) => void): Disclosure {
  const s = exampleSpec();
  change?.(s);
  return buildModel(s);
}

/** The values of one 科目 row of a spec, to change in place. */
export function specRow(t: TableSpec | undefined, code: string): Record<string, Amount> {
  const r = t?.rows?.find((x) => x[0] === code);
  if (!r) throw new Error(`no row ${code}`);
  return r[2];
}

/** Cell reference (Sheet!A1) of a table item in a built model. */
export function itemRef(d: Disclosure, id: TableId, key: string): string {
  return refOrThrow(d.tables[id]?.items[key], `${id} ${key}`);
}

/** Cell reference of a 科目 row's value. */
export function rowRef(d: Disclosure, id: TableId, code: string, col: string): string {
  return refOrThrow(d.tables[id]?.rows.find((r) => r.code === code)?.values[col], `${id} ${code} ${col}`);
}

/** Cell reference of a 合计 row value. */
export function totalRef(d: Disclosure, id: TableId, col: string): string {
  return refOrThrow(d.tables[id]?.totalRow?.[col], `${id} 合计 ${col}`);
}

/** Cell reference of a 补充信息 line. */
export function suppRef(d: Disclosure, key: string): string {
  const e = d.supplementary?.entries[key];
  if (!e) throw new Error(`no 补充信息 ${key}`);
  return `${e.cell.sheet}!${a1(e.cell.row, e.cell.col)}`;
}

function refOrThrow(f: Figure | undefined, what: string): string {
  if (!f) throw new Error(`no figure ${what}`);
  return `${f.cell.sheet}!${a1(f.cell.row, f.cell.col)}`;
}

/** Spec shorthands for tests: the items, 合计 row and one 科目 row of a table, to change in place. */
export const itemsOf = (s: ModelSpec, id: TableId): Record<string, Amount> => s.tables[id]!.items!;
export const totalOf = (s: ModelSpec, id: TableId): Record<string, Amount> => s.tables[id]!.total!;
export const rowOf = (s: ModelSpec, id: TableId, code: string): Record<string, Amount> => specRow(s.tables[id], code);
