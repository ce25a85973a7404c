import ExcelJS from 'exceljs';
import { addSupplementary } from '../../../scripts/samples/common';
import { ZFB_2021 } from '../../../scripts/samples/heshan-zfb-2021.data';
import { buildNational } from '../../../scripts/samples/layout-national';
import type { SampleData } from '../../../scripts/samples/types';
import { analyseGrid } from '../../../src/core/engine';
import { lintNarrative } from '../../../src/core/lint';
import type { Disclosure } from '../../../src/core/model/types';
import { readGridFromBuffer } from '../../../src/io/xlsx';

/**
 * Issue 16, capability 6, against the sample workbook of seed 000 (公开05表: 2010301 行政运行 886.56, 2080505
 * 54.91, 2101101 48.14 …): a 项 name the workbook does not print, its row found by the item's amount in the same
 * 款; former names of the classification (catalogue FORMER_NAME_CODES) at 类, 款 and 项 level, reported as old name
 * + current one — and not at all when the workbook itself prints the old name (its year's edition).
 */
async function disclosure(data: SampleData): Promise<Disclosure> {
  const wb = new ExcelJS.Workbook();
  buildNational(wb, data);
  addSupplementary(wb, data);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return analyseGrid((await readGridFromBuffer(buf, `${data.id}.xlsx`)).grid).disclosure;
}
const S5 = '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n';
const item = (title: string, budget: string, actual: string) =>
  `${S5}1、${title}。\n年初预算为${budget}万元，支出决算为${actual}万元，决算数大于年初预算数的主要原因是：临时性工作增加。`;
const OFFICE = (xiang: string) => `一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）${xiang}（项）`;
const PENSION = (lei: string, kuan: string) => `${lei}（类）${kuan}（款）机关事业单位基本养老保险缴费支出（项）`;

let d: Disclosure;
beforeAll(async () => {
  d = await disclosure(ZFB_2021);
});
const names = (text: string, model: Disclosure | undefined = d) =>
  lintNarrative(text, { disclosure: model })
    .findings.filter((f) => f.rule === 'subject-name')
    .map((f) => ({ quote: f.quote, severity: f.severity, suggestion: f.suggestion, message: f.message }));

describe('a 项 name the workbook does not print, matched by the item’s amount', () => {
  test('valid: the workbook’s own 项 name', () => {
    expect(names(item(OFFICE('行政运行'), '695.13', '886.56'))).toEqual([]);
  });
  test('invalid: another 项 name over 886.56 — the 款’s row of that amount is 2010301 行政运行', () => {
    const f = names(item(OFFICE('一般行政管理事务'), '695.13', '886.56'));
    expect(f).toEqual([
      expect.objectContaining({ quote: '一般行政管理事务', severity: 'error', suggestion: '行政运行' }),
    ]);
    expect(f[0].message).toContain('2010301');
    expect(f[0].message).toContain('886.56');
  });
  test('no row of that amount: nothing certain to say, no finding', () => {
    expect(names(item(OFFICE('一般行政管理事务'), '695.13', '123.45'))).toEqual([]);
  });
});

describe('former names of the classification, at every level', () => {
  test('款: 行政事业单位离退休 (the pre-2020 name of 20805) → 行政事业单位养老支出, one warning, no error', () => {
    const f = names(item(PENSION('社会保障和就业支出', '行政事业单位离退休'), '54.91', '54.91'));
    expect(f).toEqual([
      expect.objectContaining({ quote: '行政事业单位离退休', severity: 'warning', suggestion: '行政事业单位养老支出' }),
    ]);
    expect(f[0].message).toContain('旧版');
  });
  test('类: 医疗卫生与计划生育支出 → 卫生健康支出', () => {
    const text = item('医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）', '48.14', '48.14');
    expect(names(text)).toEqual([
      expect.objectContaining({ quote: '医疗卫生与计划生育支出', severity: 'warning', suggestion: '卫生健康支出' }),
    ]);
  });
  test('without a workbook, the catalogue’s former 款 name is still reported', () => {
    const f = names(item(PENSION('社会保障和就业支出', '行政事业单位离退休'), '54.91', '54.91'), undefined);
    expect(f.map((x) => [x.quote, x.severity, x.suggestion])).toEqual([
      ['行政事业单位离退休', 'warning', '行政事业单位养老支出'],
    ]);
  });
  test('a workbook that prints the old name itself (its edition): the text agreeing with it is right', async () => {
    const old = await disclosure({ ...ZFB_2021, names: { ...ZFB_2021.names, '20805': '行政事业单位离退休' } });
    expect(names(item(PENSION('社会保障和就业支出', '行政事业单位离退休'), '54.91', '54.91'), old)).toEqual([]);
  });
});
