import type { Dec } from '../decimal/dec';
import { refToString, type CellRef } from '../grid/grid';
import { usable } from '../model/figure';
import type { Disclosure, Figure, SubjectRow, TableId } from '../model/types';
import { fieldName, tableDef } from '../profiles/tables';
import { SUPP_FIELD_BY_KEY, subjectKeys } from '../supplementary/schema';
import { className } from './concepts';

/**
 * Where each concept of the text (concepts.ts) lives in the workbook model: the T-keys of
 * profiles/tables.ts and the 补充信息 keys of supplementary/schema.ts. Returns the figure and a Chinese
 * description naming the table, item and cell ("收入支出决算总表“本年收入合计”（公开01表!C7）").
 */
export interface ModelValue {
  /** Amounts: the figure (万元, with its rounding); counts: an exact number. */
  readonly figure?: Figure;
  readonly number?: Dec;
  readonly where: string;
}

/** "公开01表!C7" of a model value, when it has a cell. */
export function cellOf(v: ModelValue | undefined): string[] {
  return v?.figure ? [refToString(v.figure.cell)] : [];
}

const T01: Record<string, string> = {
  'income.total': 'income.total',
  'expense.total': 'expense.total',
  carryIn: 'income.carryIn',
  carryOut: 'expense.carryOut',
  grand: 'income.grand',
  'income.grand': 'income.grand',
  'expense.grand': 'expense.grand',
  'income.fiscalGeneral': 'income.fiscalGeneral',
  'income.fiscalFund': 'income.fiscalFund',
  'income.fiscalSoe': 'income.fiscalSoe',
};
const T04: Record<string, string> = {
  'fiscal.income': 'income.total',
  'fiscal.carryIn': 'carryIn.total',
  'fiscal.grand': 'income.grand',
  'fiscal.income.grand': 'income.grand',
  'fiscal.expense.grand': 'expense.grand.total',
  'fiscal.expense': 'expense.total.total',
  'fiscal.carryOut': 'carryOut.total',
};
const SUPP: Record<string, string> = {
  'general.expense@budget': 'budget.general.expense',
  operatingCost: 'operatingCost.amount',
  'operatingCost@budget': 'budget.operatingCost',
  'meeting.amount': 'meeting.amount',
  'training.amount': 'training.amount',
  'income.total@prior': 'prior.income.total',
  'expense.total@prior': 'prior.expense.total',
  'grand@prior': 'prior.grand',
  'fiscal.income@prior': 'prior.fiscal.income',
  'fiscal.expense@prior': 'prior.fiscal.expense',
  'fiscal.grand@prior': 'prior.fiscal.grand',
  'general.expense@prior': 'prior.general.expense',
  'operatingCost@prior': 'prior.operatingCost',
  'tp.abroad.groups': 'threePublic.abroad.groups',
  'tp.abroad.persons': 'threePublic.abroad.persons',
  'tp.reception.batches': 'threePublic.reception.batches',
  'tp.reception.persons': 'threePublic.reception.persons',
  'tp.vehicle.purchased': 'threePublic.vehicle.purchased',
  'tp.vehicle.fleet': 'threePublic.vehicle.fleet',
  'meeting.persons': 'meeting.persons',
  'training.persons': 'training.persons',
};

function fromTable(d: Disclosure, id: TableId, key: string, row?: 'totalRow'): ModelValue | undefined {
  const t = d.tables[id];
  const f = row ? t?.totalRow?.[key] : t?.items[key];
  if (!t || !usable(f)) return undefined;
  return {
    figure: f,
    where: `${tableDef(id).title}“${row ? '合计行' : ''}${fieldName(id, key)}”（${cellText(f.cell)}）`,
  };
}

function fromRow(id: TableId, r: SubjectRow, col: string): ModelValue | undefined {
  const f = r.values[col];
  if (!usable(f)) return undefined;
  return { figure: f, where: `${tableDef(id).title}“${r.code} ${r.name}”（${cellText(f.cell)}）` };
}

function fromSupp(d: Disclosure, key: string): ModelValue | undefined {
  const e = d.supplementary?.entries[key];
  if (!e) return undefined;
  const where = `补充信息“${e.label || SUPP_FIELD_BY_KEY.get(key)?.label || key}”（${cellText(e.figure?.cell ?? e.cell)}）`;
  if (e.figure && usable(e.figure) && e.figure.state === 'number') return { figure: e.figure, where };
  if (e.number) return { number: e.number, where };
  return undefined;
}

function cellText(c: CellRef): string {
  return refToString(c);
}

const norm = (s: string) => s.replace(/[（(）)\s]/g, '').replace(/支出$/, '');

/**
 * Capability 2: one amount is printed in several tables (本年收入合计 in 01 and as 02's 合计; 一般公共预算财政拨款支出
 * in 04 and 05 …), each rounded on its own, so 236.63 in one table and 236.64 in another are both right. The
 * primary value first, then the other printings of the same amount.
 */
export function modelValues(d: Disclosure, concept: string): ModelValue[] {
  const first = modelValue(d, concept);
  if (!first) return [];
  const alt: (ModelValue | undefined)[] = [];
  switch (concept) {
    case 'grand':
      alt.push(fromTable(d, 'T01', 'expense.grand'));
      break;
    case 'income.total':
      alt.push(fromTable(d, 'T02', 'total', 'totalRow'));
      break;
    case 'expense.total':
      alt.push(fromTable(d, 'T03', 'total', 'totalRow'));
      break;
    case 'fiscal.income':
      alt.push(fromTable(d, 'T02', 'fiscal', 'totalRow'));
      break;
    case 'fiscal.grand':
      alt.push(fromTable(d, 'T04', 'expense.grand.total'));
      break;
    case 'general.expense':
      alt.push(fromTable(d, 'T04', 'expense.total.general'));
      break;
  }
  const out = [first];
  for (const v of alt) if (v && !out.some((x) => x.where === v.where)) out.push(v);
  return out;
}

/** The model value for a concept of the text, or undefined when the model does not hold it. */
export function modelValue(d: Disclosure, concept: string): ModelValue | undefined {
  if (T01[concept]) return fromTable(d, 'T01', T01[concept]);
  if (T04[concept]) return fromTable(d, 'T04', T04[concept]);
  if (SUPP[concept]) return fromSupp(d, SUPP[concept]);
  let m: RegExpExecArray | null;
  if ((m = /^income\.(fiscal|superior|business|operating|affiliated|other)$/.exec(concept)))
    return fromTable(d, 'T02', m[1], 'totalRow');
  if ((m = /^expense\.(basic|project|toSuperior|operating|toAffiliated)$/.exec(concept)))
    return fromTable(d, 'T03', m[1], 'totalRow');
  if (concept === 'general.expense')
    return fromTable(d, 'T05', 'total', 'totalRow') ?? fromTable(d, 'T04', 'expense.total.general');
  if (concept === 'basic.total') return fromTable(d, 'T05', 'basic', 'totalRow');
  if (concept === 'basic.personnel') return fromTable(d, 'T06', 'personnelTotal');
  if (concept === 'basic.public') return fromTable(d, 'T06', 'publicTotal');
  if ((m = /^tp\.(total|abroad|reception|vehicle|vehiclePurchase|vehicleOperation)(@budget|@prior)?$/.exec(concept))) {
    if (m[2] === '@prior') return fromSupp(d, `prior.threePublic.${m[1]}`);
    return fromTable(d, 'T07', `${m[2] ? 'budget' : 'actual'}.${m[1]}`);
  }
  if ((m = /^(fund|soe)\.(carryIn|income|expTotal|expBasic|expProject|carryOut)$/.exec(concept)))
    return fromTable(d, m[1] === 'fund' ? 'T08' : 'T09', m[2], 'totalRow');
  if ((m = /^procurement\.(\w+)$/.exec(concept))) return fromSupp(d, concept);
  if ((m = /^assets\.([\w.]+)$/.exec(concept))) return fromSupp(d, concept);
  if ((m = /^class:(.+)$/.exec(concept))) {
    const row = rowIndex(d.tables.T05?.rows ?? []).classByName.get(norm(m[1]));
    return row ? fromRow('T05', row, 'total') : undefined;
  }
  if ((m = /^(subject|fund\.subject|soe\.subject):(.+?)(@budget|@prior)?$/.exec(concept))) {
    const id: TableId = m[1] === 'subject' ? 'T05' : m[1] === 'fund.subject' ? 'T08' : 'T09';
    const row = findSubjectRow(d, id, m[2].split('/'));
    if (!row) return undefined;
    // 上年 of a 公开05表 项: its 补充信息 line (filled by `prior`); other tables have none.
    if (m[3] === '@prior') return id === 'T05' ? fromSupp(d, subjectKeys(row.code).prior) : undefined;
    return m[3] ? fromSupp(d, subjectKeys(row.code).budget) : fromRow(id, row, id === 'T05' ? 'total' : 'expTotal');
  }
  return undefined;
}

/** The 项 row of T05/T08/T09 for an item title's names [类, 款, 项]: by 项 name, then by its 款 and 类 when several match. */
export function findSubjectRow(d: Disclosure, id: TableId, names: string[]): SubjectRow | undefined {
  const index = rowIndex(d.tables[id]?.rows ?? []);
  const item = names[names.length - 1];
  const cands = index.itemsByName.get(norm(item)) ?? [];
  if (cands.length <= 1) return cands[0];
  const kuan = names.length >= 2 ? names[names.length - 2] : undefined;
  return (
    cands.find((r) => {
      const parent = index.kuanByCode.get(r.code.slice(0, 5));
      return parent !== undefined && kuan !== undefined && norm(parent.name) === norm(kuan);
    }) ?? cands[0]
  );
}

interface RowIndex {
  /** 类 rows by normalised class name (first row wins). */
  readonly classByName: Map<string, SubjectRow>;
  /** 项 rows by normalised name, in table order. */
  readonly itemsByName: Map<string, SubjectRow[]>;
  /** 款 rows by code (first row wins). */
  readonly kuanByCode: Map<string, SubjectRow>;
}

/** Per rows array (models are immutable), so that each number of the text is a lookup, not a scan of T05. */
const rowIndexes = new WeakMap<readonly SubjectRow[], { length: number; index: RowIndex }>();

function rowIndex(rows: readonly SubjectRow[]): RowIndex {
  const cached = rowIndexes.get(rows);
  if (cached && cached.length === rows.length) return cached.index;
  const index: RowIndex = { classByName: new Map(), itemsByName: new Map(), kuanByCode: new Map() };
  for (const r of rows) {
    if (r.level === 1) {
      const key = norm(className(r.name));
      if (!index.classByName.has(key)) index.classByName.set(key, r);
    } else if (r.level === 2) {
      if (!index.kuanByCode.has(r.code)) index.kuanByCode.set(r.code, r);
    } else if (r.level === 3) {
      const key = norm(r.name);
      const list = index.itemsByName.get(key);
      if (list) list.push(r);
      else index.itemsByName.set(key, [r]);
    }
  }
  rowIndexes.set(rows, { length: rows.length, index });
  return index;
}
