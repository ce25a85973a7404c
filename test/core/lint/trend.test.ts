import ExcelJS from 'exceljs';
import { addSupplementary } from '../../../scripts/samples/common';
import { ZFB_2021 } from '../../../scripts/samples/heshan-zfb-2021.data';
import { buildNational } from '../../../scripts/samples/layout-national';
import type { SampleData } from '../../../scripts/samples/types';
import { analyseGrid } from '../../../src/core/engine';
import { lintNarrative } from '../../../src/core/lint';
import type { Disclosure } from '../../../src/core/model/types';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { renderText } from '../../../src/core/narrative/render-text';
import { readGridFromBuffer } from '../../../src/io/xlsx';

/**
 * Issue 16, capability 5: direction words against the numbers across sentence boundaries within an item —
 * “持平” / “增加” / “减少” written without a 增减额 (trend-word), and “决算数大于/小于/等于预算数” after the
 * figures' sentences (budget-comparison). 持平 within the printed figures' rounding is right.
 */
const S7 = '七、一般公共预算财政拨款“三公”经费支出决算情况说明\n';
const S10 = '十、机关运行经费支出说明\n';
const S5 = '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n';
const ITEM = '1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。';

const find = (text: string, rule: string, d?: Disclosure) =>
  lintNarrative(text, d ? { disclosure: d } : {})
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.quote, f.severity, f.expected]);

describe('trend-word: 持平 / 增加 / 减少 without a figure, against the two years in the text', () => {
  test.each([
    [
      '持平 over equal figures, across sentences',
      `${S10}本部门机关运行经费支出599.34万元。上年机关运行经费支出为599.34万元。与上年相比持平。`,
    ],
    [
      '持平 within the printed rounding (0.01 apart)',
      `${S10}机关运行经费支出599.34万元，上年机关运行经费支出599.35万元，与上年相比持平。`,
    ],
    [
      '增加 when the figure went up',
      `${S10}机关运行经费支出599.34万元。上年机关运行经费支出为458.96万元。比上年增加，主要原因是临时性工作增加。`,
    ],
    [
      '基本持平 is no exact claim',
      `${S10}机关运行经费支出599.34万元，上年机关运行经费支出599.00万元，与上年基本持平。`,
    ],
    [
      '“减少的主要原因” refers to a change already stated',
      `${S7}公务用车运行维护费支出决算为8.00万元，上年决算为9.76万元，与上年相比减少1.76万元，下降18.03%，减少的主要原因是从严执行预算。`,
    ],
    [
      'a reason’s own 增加 is not a comparison',
      `${S10}机关运行经费支出599.34万元，上年机关运行经费支出599.34万元，与上年相比持平，人员增加而公用经费压减。`,
    ],
    [
      'a count before the word: the 人次 went down, not the amount',
      `${S7}公务接待费支出决算为0.09万元，上年决算为0.07万元，共接待10人次，比上年减少。`,
    ],
  ])('valid: %s', (_name, text) => {
    expect(find(text, 'trend-word')).toEqual([]);
  });

  test('invalid: 持平 when the two years differ, in a later sentence of the item', () => {
    const text = `${S10}本部门机关运行经费支出599.34万元。上年机关运行经费支出为458.96万元。与上年相比持平。`;
    expect(find(text, 'trend-word')).toEqual([['持平', 'error', '增加']]);
  });

  test('invalid: 增加 when the figure went down; 持平 when one of two listed items differs', () => {
    expect(
      find(`${S10}机关运行经费支出458.96万元，上年机关运行经费支出599.34万元，比上年增加。`, 'trend-word'),
    ).toEqual([['增加', 'error', '减少']]);
    const text = `${S7}公务接待费支出决算为0.07万元，上年决算为0.09万元，与上年相比持平。`;
    expect(find(text, 'trend-word')).toEqual([['持平', 'error', '减少']]);
  });
});

describe('budget-comparison across sentences of one item', () => {
  test('valid: 决算数大于预算数 two sentences after the figures', () => {
    const text = `${S5}${ITEM}年初预算为695.13万元。支出决算为886.56万元。决算数大于预算数的主要原因是临时性工作增加。`;
    expect(find(text, 'budget-comparison')).toEqual([]);
  });
  test('invalid: 决算数小于预算数 two sentences after figures that say the opposite', () => {
    const text = `${S5}${ITEM}年初预算为695.13万元。支出决算为886.56万元。主要用于日常运转。决算数小于预算数的主要原因是临时性工作增加。`;
    expect(find(text, 'budget-comparison')).toEqual([['决算数小于预算数', 'error', '大于']]);
  });
});

describe('a 增减额 two sentences after the figures of its item', () => {
  const text = (said: string) =>
    `${S10}本部门机关运行经费支出599.34万元。上年机关运行经费支出为458.96万元。主要用于办公及印刷费等。与上年相比${said}140.38万元。`;
  test('valid: 增加 140.38 = 599.34 − 458.96', () => {
    expect(find(text('增加'), 'difference-direction')).toEqual([]);
    expect(find(text('增加'), 'difference-amount')).toEqual([]);
  });
  test('invalid: 减少 where the figure went up', () => {
    expect(find(text('减少'), 'difference-direction').map((x) => [x[0], x[1]])).toEqual([['减少140.38万元', 'error']]);
  });
});

describe('trend-word with the workbook’s 上年 figures (补充信息), on the tool’s own draft', () => {
  async function disclosure(data: SampleData): Promise<Disclosure> {
    const wb = new ExcelJS.Workbook();
    buildNational(wb, data);
    addSupplementary(wb, data);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    return analyseGrid((await readGridFromBuffer(buf, `${data.id}.xlsx`)).grid).disclosure;
  }
  let right: Disclosure;
  let changed: Disclosure;
  beforeAll(async () => {
    right = await disclosure(ZFB_2021);
    // The same workbook with last year's 公务接待费 at 0.09: the draft's “与上年相比持平” no longer holds.
    changed = await disclosure({
      ...ZFB_2021,
      supplementary: { ...ZFB_2021.supplementary, 'prior.threePublic.reception': '0.09' },
    });
  });

  test('the draft’s “与上年相比持平” (公务接待费 0.07, 上年 0.07) is right', () => {
    const text = renderText(draftNarrative(right, { profile: 'hunan-2021' }));
    expect(text).toMatch(/公务接待费[^\n]*与上年相比持平/);
    expect(find(text, 'trend-word', right)).toEqual([]);
  });

  test('against a workbook whose 上年 公务接待费 is 0.09, the same sentence is reported, naming the 补充信息 cell', () => {
    const text = renderText(draftNarrative(right, { profile: 'hunan-2021' }));
    const f = lintNarrative(text, { disclosure: changed }).findings.filter((x) => x.rule === 'trend-word');
    expect(f.map((x) => [x.quote, x.expected, x.place])).toEqual([['持平', '减少', '七、（一）']]);
    expect(f[0].message).toContain('0.09');
    expect(f[0].cells?.length).toBe(1);
    expect(text.slice(f[0].offset - 30, f[0].offset)).toContain('公务接待费');
  });
});
