/**
 * The two seed documents' figures as Disclosure models (seed 000 = 益阳市赫山区人民政府办公室 2021, seed 004 =
 * 赫山区接待服务中心 2021), for the golden tests before (and besides) the sample workbooks. Every figure the seeds
 * state is here; figures the seeds do not state (individual 经济分类 amounts, T01 expenses by 类) are made up so that
 * the tables add up, and no test compares them with a seed.
 */
import { Dec } from '../../../src/core/decimal/dec';
import { fig } from '../../../src/core/model/figure';
import type {
  Disclosure,
  Figure,
  SubjectLevel,
  SubjectRow,
  SuppEntry,
  TableId,
  TableModel,
} from '../../../src/core/model/types';
import { TABLE_DEFS } from '../../../src/core/profiles/tables';
import { SUPP_FIELD_BY_KEY } from '../../../src/core/supplementary/schema';
import { colLetters } from '../../../src/core/grid/grid';

const SHEETS: Record<TableId, string> = {
  T01: '公开01表',
  T02: '公开02表',
  T03: '公开03表',
  T04: '公开04表',
  T05: '公开05表',
  T06: '公开06表',
  T07: '公开07表',
  T08: '公开08表',
  T09: '公开09表',
};

type Amount = string | null;

export interface TableSpec {
  items?: Record<string, Amount>;
  totalRow?: Record<string, Amount>;
  rows?: [code: string, name: string, values: Record<string, Amount>][];
}

/** Builds a TableModel with each figure in its own cell: items in column C from row 5, 科目 rows from row 8. */
export function buildTable(id: TableId, spec: TableSpec): TableModel {
  const sheet = SHEETS[id];
  const columns = TABLE_DEFS[id].columns.map((c) => c.key);
  const colOf = (key: string) => 3 + Math.max(0, columns.indexOf(key));
  const items: Record<string, Figure> = {};
  Object.entries(spec.items ?? {}).forEach(([k, v], i) => (items[k] = fig(v, `${sheet}!C${5 + i}`)));
  const totalRow: Record<string, Figure> | undefined = spec.totalRow ? {} : undefined;
  if (spec.totalRow && totalRow)
    for (const [k, v] of Object.entries(spec.totalRow)) totalRow[k] = fig(v, `${sheet}!${colLetters(colOf(k))}7`);
  const rows: SubjectRow[] = (spec.rows ?? []).map(([code, name, values], i) => {
    const row = 8 + i;
    const vals: Record<string, Figure> = {};
    for (const [k, v] of Object.entries(values)) vals[k] = fig(v, `${sheet}!${colLetters(colOf(k))}${row}`);
    const level = (code.length === 3 ? 1 : code.length === 5 ? 2 : 3) as SubjectLevel;
    return {
      code,
      name,
      level: id === 'T06' ? ((code.length === 3 ? 1 : 2) as SubjectLevel) : level,
      row,
      values: vals,
    };
  });
  return { id, title: TABLE_DEFS[id].title, sheet, range: 'A1:H40', unit: '万元', items, columns, totalRow, rows };
}

export type SuppSpec = Record<string, string | number>;

/** 补充信息 entries: amounts (万元) and counts from numbers/decimal strings, text from other strings. */
export function buildSupp(spec: SuppSpec): Disclosure['supplementary'] {
  const entries: Record<string, SuppEntry> = {};
  Object.entries(spec).forEach(([key, v], i) => {
    const cell = { sheet: '补充信息', row: 3 + i, col: 3 };
    const field = SUPP_FIELD_BY_KEY.get(key);
    const kind = field?.kind ?? (key.startsWith('budget.subject.') ? 'amount' : 'text');
    const label = field?.label ?? key;
    if (kind === 'amount') entries[key] = { key, label, kind, cell, figure: fig(String(v), cell) };
    else if (kind === 'text') entries[key] = { key, label, kind, cell, text: String(v) };
    else entries[key] = { key, label, kind, cell, number: Dec.from(String(v)) };
  });
  return { sheet: '补充信息', entries };
}

export function buildDisclosure(
  tables: Partial<Record<TableId, TableSpec>>,
  supp: SuppSpec,
  extra: Partial<Pick<Disclosure, 'profile' | 'unitName' | 'year'>> = {},
): Disclosure {
  const built: Partial<Record<TableId, TableModel>> = {};
  for (const [id, spec] of Object.entries(tables)) built[id as TableId] = buildTable(id as TableId, spec as TableSpec);
  return { profile: 'hunan-2021', problems: [], tables: built, supplementary: buildSupp(supp), ...extra };
}

const EMPTY_FUND: TableSpec = {
  totalRow: { carryIn: null, income: null, expTotal: null, expBasic: null, expProject: null, carryOut: null },
};

/** Seed 000 — 益阳市赫山区人民政府办公室 2021. */
export function seed000(): Disclosure {
  return buildDisclosure(
    {
      T01: {
        items: {
          'income.fiscalGeneral': '1201.80',
          'income.fiscalFund': null,
          'income.fiscalSoe': null,
          'income.superior': null,
          'income.business': null,
          'income.operating': null,
          'income.affiliated': null,
          'income.other': '16.12',
          'income.total': '1217.92',
          'income.useNonFiscalBalance': null,
          'income.carryIn': '238.73',
          'income.grand': '1456.65',
          'expense.total': '1344.01',
          'expense.surplusDistribution': null,
          'expense.carryOut': '112.64',
          'expense.grand': '1456.65',
        },
        rows: [
          ['201', '一般公共服务支出', { amount: '1081.45' }],
          ['206', '科学技术支出', { amount: '119.00' }],
          ['208', '社会保障和就业支出', { amount: '54.91' }],
          ['210', '卫生健康支出', { amount: '48.14' }],
          ['221', '住房保障支出', { amount: '40.51' }],
        ],
      },
      T02: {
        totalRow: {
          total: '1217.92',
          fiscal: '1201.80',
          superior: null,
          business: null,
          operating: null,
          affiliated: null,
          other: '16.12',
        },
      },
      T03: {
        totalRow: {
          total: '1344.01',
          basic: '1344.01',
          project: null,
          toSuperior: null,
          operating: null,
          toAffiliated: null,
        },
      },
      T04: {
        items: {
          'income.general': '1201.80',
          'income.fund': null,
          'income.soe': null,
          'income.total': '1201.80',
          'carryIn.total': '103.83',
          'carryIn.general': '103.83',
          'carryIn.fund': null,
          'carryIn.soe': null,
          'income.grand': '1305.63',
          'expense.total.total': '1305.63',
          'expense.total.general': '1305.63',
          'expense.total.fund': null,
          'expense.total.soe': null,
          'carryOut.total': '0.00',
          'carryOut.fund': null,
          'carryOut.soe': null,
          'expense.grand.total': '1305.63',
        },
      },
      T05: {
        totalRow: { total: '1305.63', basic: '1305.63', project: null },
        rows: [
          ['201', '一般公共服务支出', { total: '1043.07', basic: '1043.07', project: null }],
          ['20103', '政府办公厅（室）及相关机构事务', { total: '1043.07', basic: '1043.07', project: null }],
          ['2010301', '行政运行', { total: '886.56', basic: '886.56', project: null }],
          ['2010399', '其他政府办公厅（室）及相关机构事务支出', { total: '156.51', basic: '156.51', project: null }],
          ['206', '科学技术支出', { total: '119.00', basic: '119.00', project: null }],
          ['20699', '其他科学技术支出', { total: '119.00', basic: '119.00', project: null }],
          ['2069999', '其他科学技术支出', { total: '119.00', basic: '119.00', project: null }],
          ['208', '社会保障和就业支出', { total: '54.91', basic: '54.91', project: null }],
          ['20805', '行政事业单位养老支出', { total: '54.91', basic: '54.91', project: null }],
          ['2080505', '机关事业单位基本养老保险缴费支出', { total: '54.91', basic: '54.91', project: null }],
          ['210', '卫生健康支出', { total: '48.14', basic: '48.14', project: null }],
          ['21011', '行政事业单位医疗', { total: '48.14', basic: '48.14', project: null }],
          ['2101101', '行政单位医疗', { total: '48.14', basic: '48.14', project: null }],
          ['221', '住房保障支出', { total: '40.51', basic: '40.51', project: null }],
          ['22102', '住房改革支出', { total: '39.51', basic: '39.51', project: null }],
          ['2210201', '住房公积金', { total: '39.51', basic: '39.51', project: null }],
          ['22103', '城乡社区住宅', { total: '1.00', basic: '1.00', project: null }],
          ['2210302', '住房公积金管理', { total: '1.00', basic: '1.00', project: null }],
        ],
      },
      T06: {
        items: { personnelTotal: '706.29', publicTotal: '599.34' },
        rows: [
          ['301', '工资福利支出', { amount: '652.00' }],
          ['30101', '基本工资', { amount: '200.00' }],
          ['30102', '津贴补贴', { amount: '180.00' }],
          ['30103', '奖金', { amount: '60.00' }],
          ['30106', '伙食补助费', { amount: '20.00' }],
          ['30108', '机关事业单位基本养老保险缴费', { amount: '54.91' }],
          ['30109', '职业年金缴费', { amount: '20.00' }],
          ['30110', '职工基本医疗保险缴费', { amount: '30.00' }],
          ['30112', '其他社会保障缴费', { amount: '8.00' }],
          ['30113', '住房公积金', { amount: '39.51' }],
          ['30199', '其他工资福利支出', { amount: '39.58' }],
          ['303', '对个人和家庭的补助', { amount: '54.29' }],
          ['30301', '离休费', { amount: '20.00' }],
          ['30302', '退休费', { amount: null }],
          ['30305', '生活补助', { amount: '10.00' }],
          ['30309', '奖励金', { amount: '4.29' }],
          ['30399', '其他对个人和家庭的补助', { amount: '20.00' }],
          ['302', '商品和服务支出', { amount: '589.34' }],
          ['30201', '办公费', { amount: '100.00' }],
          ['30202', '印刷费', { amount: '50.00' }],
          ['30205', '水费', { amount: '10.00' }],
          ['30206', '电费', { amount: '30.00' }],
          ['30207', '邮电费', { amount: '20.00' }],
          ['30211', '差旅费', { amount: '40.00' }],
          ['30213', '维修（护）费', { amount: '30.00' }],
          ['30215', '会议费', { amount: '8.50' }],
          ['30217', '公务接待费', { amount: '0.07' }],
          ['30226', '劳务费', { amount: '100.00' }],
          ['30228', '工会经费', { amount: '20.00' }],
          ['30231', '公务用车运行维护费', { amount: '8.00' }],
          ['30239', '其他交通费用', { amount: '50.00' }],
          ['30299', '其他商品和服务支出', { amount: '122.77' }],
          ['310', '资本性支出', { amount: '10.00' }],
          ['31002', '办公设备购置', { amount: '10.00' }],
        ],
      },
      T07: {
        items: {
          'budget.total': '31.00',
          'budget.abroad': '0',
          'budget.vehicle': '8.00',
          'budget.vehiclePurchase': '0',
          'budget.vehicleOperation': '8.00',
          'budget.reception': '23.00',
          'actual.total': '8.07',
          'actual.abroad': '0',
          'actual.vehicle': '8.00',
          'actual.vehiclePurchase': '0',
          'actual.vehicleOperation': '8.00',
          'actual.reception': '0.07',
        },
      },
      T08: EMPTY_FUND,
      T09: EMPTY_FUND,
    },
    {
      'unit.name': '益阳市赫山区人民政府办公室',
      'unit.year': 2021,
      'prior.income.total': '1263.66',
      'prior.expense.total': '1187.62',
      'prior.fiscal.income': '1203.38',
      'prior.fiscal.expense': '1162.13',
      'prior.general.expense': '1162.13',
      'prior.threePublic.total': '9.83',
      'prior.threePublic.abroad': '0',
      'prior.threePublic.vehicle': '9.76',
      'prior.threePublic.vehiclePurchase': '0',
      'prior.threePublic.vehicleOperation': '9.76',
      'prior.threePublic.reception': '0.07',
      'prior.operatingCost': '458.96',
      'budget.general.expense': '837.69',
      'budget.subject.2010301': '695.13',
      'budget.subject.2010399': '0',
      'budget.subject.2069999': '0',
      'budget.subject.2080505': '54.91',
      'budget.subject.2101101': '48.14',
      'budget.subject.2210201': '39.51',
      'budget.subject.2210302': '0',
      'threePublic.abroad.groups': 0,
      'threePublic.abroad.persons': 0,
      'threePublic.vehicle.purchased': 0,
      'threePublic.vehicle.fleet': 1,
      'threePublic.vehicle.operationUse': '公务用车的燃油费、维修费、保险费等支出',
      'threePublic.reception.batches': 1,
      'threePublic.reception.persons': 10,
      'threePublic.reception.content': '兄弟区县交流学习发生的接待支出',
      'operatingCost.amount': '599.34',
      'meeting.amount': '8.50',
      'meeting.persons': 9500,
      'meeting.content': '区政府常务会议室和小会议室两个小会议室日常会议开支',
      'training.amount': '0',
      'procurement.total': '6.28',
      'procurement.goods': '6.28',
      'procurement.works': '0',
      'procurement.services': '0',
      'assets.vehicles.total': 1,
      'assets.vehicles.leader': 0,
      'assets.vehicles.confidential': 0,
      'assets.vehicles.emergency': 1,
      'assets.vehicles.enforcement': 0,
      'assets.vehicles.special': 0,
      'assets.vehicles.other': 0,
      'assets.equipment.general50': 0,
      'assets.equipment.special100': 0,
      'performance.projects': 0,
      'performance.amount': '0',
      'performance.score': 93,
      'reason.income': '其他收入相对减少',
      'reason.expense': '较上年度年中临时性工作开展较多',
      'reason.fiscal.income': '厉行节约的要求，压缩行政运行费用',
      'reason.fiscal.expense': '较上年度年中临时性工作开展较多',
      'reason.general.expense': '较上年度年中临时性工作开展较多',
      'reason.subject.2010301': '较上年度年中临时性工作开展较多',
      'reason.subject.2010399': '年中临时性专项业务工作开展增加',
      'reason.subject.2069999': '较上年度年中临时性工作开展较多，年初未预计此项开支',
      'reason.subject.2210302': '住房公积金管理临时性工作支出',
      'reason.threePublic.reception.budget': '认真贯彻落实中央八项规定精神、厉行节约要求，从严控制公务接待费开支',
      'reason.threePublic.vehicleOperation.yoy': '从严执行预算，节约公务用车运行维护支出',
      'reason.operatingCost': '较上年度年中临时性工作开展较多',
    },
  );
}

/** Seed 004 — 益阳市赫山区接待服务中心 2021. */
export function seed004(): Disclosure {
  return buildDisclosure(
    {
      T01: {
        items: {
          'income.fiscalGeneral': '149.23',
          'income.fiscalFund': null,
          'income.fiscalSoe': null,
          'income.superior': null,
          'income.business': null,
          'income.operating': null,
          'income.affiliated': null,
          'income.other': null,
          'income.total': '149.23',
          'income.useNonFiscalBalance': null,
          'income.carryIn': '40.45',
          'income.grand': '189.68',
          'expense.total': '189.68',
          'expense.surplusDistribution': null,
          'expense.carryOut': '0',
          'expense.grand': '189.68',
        },
      },
      T02: {
        totalRow: {
          total: '149.23',
          fiscal: '149.23',
          superior: null,
          business: null,
          operating: null,
          affiliated: null,
          other: null,
        },
      },
      T03: {
        totalRow: {
          total: '189.68',
          basic: '189.68',
          project: null,
          toSuperior: null,
          operating: null,
          toAffiliated: null,
        },
      },
      T04: {
        items: {
          'income.general': '149.23',
          'income.total': '149.23',
          'carryIn.total': '40.45',
          'income.grand': '189.68',
          'expense.total.total': '189.68',
          'expense.total.general': '189.68',
          'carryOut.total': '0',
          'expense.grand.total': '189.68',
        },
      },
      T05: {
        totalRow: { total: '189.68', basic: '189.68', project: null },
        rows: [
          ['201', '一般公共服务支出', { total: '180.76', basic: '180.76' }],
          ['20103', '政府办公厅（室）及相关机构事务', { total: '180.76', basic: '180.76' }],
          ['2010301', '行政运行', { total: '151.06', basic: '151.06' }],
          ['2010399', '其他政府办公厅（室）及相关机构事务支出', { total: '29.70', basic: '29.70' }],
          ['208', '社会保障和就业支出', { total: '3.83', basic: '3.83' }],
          ['20805', '行政事业单位养老支出', { total: '3.83', basic: '3.83' }],
          ['2080505', '机关事业单位基本养老保险缴费支出', { total: '3.83', basic: '3.83' }],
          ['210', '卫生健康支出', { total: '2.91', basic: '2.91' }],
          ['21011', '行政事业单位医疗', { total: '2.91', basic: '2.91' }],
          ['2101101', '行政单位医疗', { total: '2.91', basic: '2.91' }],
          ['221', '住房保障支出', { total: '2.18', basic: '2.18' }],
          ['22102', '住房改革支出', { total: '2.18', basic: '2.18' }],
          ['2210201', '住房公积金', { total: '2.18', basic: '2.18' }],
        ],
      },
      T06: {
        items: { personnelTotal: '60.53', publicTotal: '129.16' },
        rows: [
          ['301', '工资福利支出', { amount: '50.53' }],
          ['30101', '基本工资', { amount: '20.00' }],
          ['30102', '津贴补贴', { amount: '15.00' }],
          ['30103', '奖金', { amount: '10.00' }],
          ['30106', '伙食补助费', { amount: '5.53' }],
          ['303', '对个人和家庭的补助', { amount: '10.00' }],
          ['30302', '退休费', { amount: '10.00' }],
          ['302', '商品和服务支出', { amount: '129.16' }],
          ['30201', '办公费', { amount: '10.00' }],
          ['30215', '会议费', { amount: '33.26' }],
          ['30217', '公务接待费', { amount: '75.27' }],
          ['30299', '其他商品和服务支出', { amount: '10.63' }],
        ],
      },
      T07: {
        items: {
          'budget.total': '75.27',
          'budget.abroad': null,
          'budget.vehicle': null,
          'budget.vehiclePurchase': null,
          'budget.vehicleOperation': null,
          'budget.reception': '75.27',
          'actual.total': '75.27',
          'actual.abroad': null,
          'actual.vehicle': null,
          'actual.vehiclePurchase': null,
          'actual.vehicleOperation': null,
          'actual.reception': '75.27',
        },
      },
      T08: EMPTY_FUND,
      T09: EMPTY_FUND,
    },
    {
      'unit.name': '益阳市赫山区接待服务中心',
      'unit.year': 2021,
      'prior.income.total': '246.08',
      'prior.expense.total': '277.00',
      'prior.fiscal.income': '246.08',
      'prior.fiscal.expense': '277.00',
      'prior.general.expense': '277.00',
      'prior.threePublic.total': '75.27',
      'prior.threePublic.abroad': '0',
      'prior.threePublic.vehicle': '0',
      'prior.threePublic.vehiclePurchase': '0',
      'prior.threePublic.vehicleOperation': '0',
      'prior.threePublic.reception': '75.27',
      'budget.general.expense': '121.56',
      'budget.operatingCost': '82.09',
      'budget.subject.2010301': '111.46',
      'budget.subject.2010399': '0',
      'budget.subject.2080505': '3.97',
      'budget.subject.2101101': '3.25',
      'budget.subject.2210201': '2.87',
      'threePublic.abroad.groups': 0,
      'threePublic.abroad.persons': 0,
      'threePublic.vehicle.fleet': 0,
      'threePublic.reception.batches': 510,
      'threePublic.reception.persons': 5018,
      'threePublic.reception.content': '接待服务类及会务服务类以及招商引资发生的接待支出',
      'operatingCost.amount': '129.16',
      'meeting.amount': '33.26',
      'meeting.persons': 21000,
      'meeting.content': '全区各类会议服务会务服务类以及招商引资发生的会议支出',
      'training.amount': '0',
      'procurement.total': '0',
      'procurement.goods': '0',
      'procurement.works': '0',
      'procurement.services': '0',
      'procurement.sme': '0',
      'procurement.small': '0',
      'assets.vehicles.total': 0,
      'assets.equipment.general50': 0,
      'assets.equipment.special100': 0,
      'performance.score': 96,
      'reason.income':
        '2021年度财政拨款预算收入由原来的权责发生制变更为收付实现制，当年未使用完指标不再按权责发生制记入当年收入',
      'reason.expense': '2020年单位搬迁装修等增加了支出，而2021年不再有此项支出',
      'reason.fiscal.income':
        '2021年度财政拨款预算收入由原来的权责发生制变更为收付实现制，当年未使用完指标不再按权责发生制记入当年收入',
      'reason.fiscal.expense': '2020年单位搬迁装修等增加了支出，而2021年不再有此项支出',
      'reason.general.expense': '2020年度单位搬迁增加了支出，而2021年不再有此项支出',
      'reason.subject.2010301': '调整预算增加39.6万元',
      'reason.subject.2010399': '调整预算增加29.70万元',
      'reason.subject.2080505': '调整预算减少0.14万元',
      'reason.subject.2101101': '调整预算减少0.34万元',
      'reason.subject.2210201': '调整预算减少0.69万元',
      'reason.threePublic.reception.budget': '控制接待费开支',
      'reason.operatingCost': '调整预算增加47.07万元',
    },
  );
}
