import { T01_CLASS_LINES } from '../../src/core/catalogue';
import { Dec } from '../../src/core/decimal/dec';
import { chineseOrdinal } from './sheet';
import { amt, type Amounts, type SampleData } from './types';

/** Content shared by both layouts: table titles, notes, the fixed lines of tables 01 and 04. */

export const TITLES = {
  T01: '收入支出决算总表',
  T02: '收入决算表',
  T03: '支出决算表',
  T04: '财政拨款收入支出决算总表',
  T05: '一般公共预算财政拨款支出决算表',
  T06: '一般公共预算财政拨款基本支出决算明细表',
  T07: '一般公共预算财政拨款“三公”经费支出决算表',
  T08: '政府性基金预算财政拨款收入支出决算表',
  T09: '国有资本经营预算财政拨款支出决算表',
} as const;

export const NOTES = {
  T01: '注：本表反映部门本年度的总收支和年末结转结余情况。',
  T02: '注：本表反映部门本年度取得的各项收入情况。',
  T03: '注：本表反映部门本年度各项支出情况。',
  T04: '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
  T05: '注：本表反映部门本年度一般公共预算财政拨款实际支出情况。',
  T06: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  T07: '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。',
  T08: '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
  T09: '注：本表反映部门本年度国有资本经营预算财政拨款支出情况。',
  T08empty: '注：本单位无政府性基金预算财政拨款收支，故本表无数据。',
  T09empty: '注：本单位无国有资本经营预算财政拨款收支，故本表无数据。',
} as const;

/** T01 收入 lines (一 … 八) with their item keys. */
export const T01_INCOME_LINES: readonly [string, string][] = [
  ['一般公共预算财政拨款收入', 'income.fiscalGeneral'],
  ['政府性基金预算财政拨款收入', 'income.fiscalFund'],
  ['国有资本经营预算财政拨款收入', 'income.fiscalSoe'],
  ['上级补助收入', 'income.superior'],
  ['事业收入', 'income.business'],
  ['经营收入', 'income.operating'],
  ['附属单位上缴收入', 'income.affiliated'],
  ['其他收入', 'income.other'],
].map(([name, key], i) => [`${chineseOrdinal(i + 1)}、${name}`, key]);

/** T04 收入 lines. */
export const T04_INCOME_LINES: readonly [string, string][] = [
  ['一、一般公共预算财政拨款', 'income.general'],
  ['二、政府性基金预算财政拨款', 'income.fund'],
  ['三、国有资本经营预算财政拨款', 'income.soe'],
];

/** The 类 lines of tables 01/04 (every line of the form, in order), each with its code where known. */
export function classLines(): { label: string; code?: string }[] {
  return T01_CLASS_LINES.map((l, i) => ({ label: `${chineseOrdinal(i + 1)}、${l.name}`, code: l.code }));
}

/** Every 类 code the data uses must be one of the form's lines (else the table would lose money). */
export function checkClassesOnForm(data: SampleData): void {
  const onForm = new Set(T01_CLASS_LINES.flatMap((l) => (l.code ? [l.code] : [])));
  for (const c of [...Object.keys(data.t01Classes), ...Object.keys(data.t04Classes)])
    if (!onForm.has(c)) throw new Error(`${data.id}: 类 ${c} is not a line of table 01/04`);
}

export const dec = (a: Amounts | undefined, key: string): Dec => (a ? amt(a, key) : Dec.ZERO);
