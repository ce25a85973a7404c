import { analyseGrid } from '../../src/core/engine';
import { a1 } from '../../src/core/grid/grid';
import type { TableModel } from '../../src/core/model/types';
import { readGridFromBuffer, GridReadError } from '../../src/io/xlsx';
import { gridOf, xlsxBuffer, type Row } from '../helpers/xlsx';
import JSZip from 'jszip';

const at = (t: TableModel | undefined, key: string) => {
  const f = t?.items[key];
  return f ? a1(f.cell.row, f.cell.col) : 'missing';
};

test('T04 财政拨款收入支出决算总表: fund columns, 年初 split rows, 行次 columns', async () => {
  const rows: Row[] = [
    ['财政拨款收入支出决算总表'],
    ['公开04表'],
    ['部门：测试单位', null, null, null, null, null, null, null, '金额单位：万元'],
    ['收入', null, null, '支出'],
    [
      '项目',
      '行次',
      '金额',
      '项目',
      '行次',
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
    ],
    ['一、一般公共预算财政拨款', 1, 1201.8, '一、一般公共服务支出', 33, 1043.07, 1043.07, null, null],
    ['二、政府性基金预算财政拨款', 2, null, '二、科学技术支出', 34, 119, 119, null, null],
    ['三、国有资本经营预算财政拨款', 3, null, '三、社会保障和就业支出', 35, 143.56, 143.56, null, null],
    ['本年收入合计', 4, 1201.8, '本年支出合计', 36, 1305.63, 1305.63, null, null],
    ['年初财政拨款结转和结余', 5, 103.83, '年末财政拨款结转和结余', 37, null, null, null, null],
    ['一般公共预算财政拨款', 6, 103.83],
    ['政府性基金预算财政拨款', 7, null],
    ['国有资本经营预算财政拨款', 8, null],
    ['总计', 9, 1305.63, '总计', 38, 1305.63, 1305.63, null, null],
  ];
  const { disclosure } = analyseGrid(
    await gridOf([{ name: '表4 财政拨款收支总表', rows, merges: ['A1:I1', 'A4:C4', 'D4:I4'] }]),
  );
  const t = disclosure.tables.T04;
  expect(at(t, 'income.general')).toBe('C6');
  expect(at(t, 'income.total')).toBe('C9');
  expect(at(t, 'carryIn.total')).toBe('C10');
  expect(at(t, 'carryIn.general')).toBe('C11');
  expect(at(t, 'carryIn.soe')).toBe('C13');
  expect(at(t, 'income.grand')).toBe('C14');
  expect(at(t, 'expense.total.total')).toBe('F9');
  expect(at(t, 'expense.total.general')).toBe('G9');
  expect(at(t, 'carryOut.fund')).toBe('H10');
  expect(at(t, 'expense.grand.soe')).toBe('I14');
  expect(t?.rows.map((r) => `${r.code}:${a1(r.values.general.cell.row, r.values.general.cell.col)}`)).toEqual([
    '201:G6',
    '206:G7',
    '208:G8',
  ]);
  expect(t?.columns).toEqual(['total', 'general', 'fund', 'soe']);
});

test('T06 printed in three side-by-side groups with 人员经费合计 / 公用经费合计 footer', async () => {
  const rows: Row[] = [
    ['一般公共预算财政拨款基本支出决算明细表'],
    [null, null, null, null, null, null, null, null, '单位：元'],
    ['人员经费', null, null, '公用经费'],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
    ['301', '工资福利支出', 6000000, '302', '商品和服务支出', 5000000, '310', '资本性支出', 993400],
    ['30101', '基本工资', 6000000, '30201', '办公费', 5000000, '31002', '办公设备购置', 993400],
    ['303', '对个人和家庭的补助', 1062900, '30202', '印刷费', null, null, null, null],
    ['30301', '离休费', 1062900],
    ['人员经费合计', null, 7062900, '公用经费合计', null, null, null, null, 5993400],
  ];
  const merges = ['A1:I1', 'A3:C3', 'D3:I3', 'A9:B9', 'D9:H9'];
  const { disclosure } = analyseGrid(await gridOf([{ name: '公开06表', rows, merges }]));
  const t = disclosure.tables.T06!;
  expect(t.rows.map((r) => `${r.code}@${a1(r.values.amount.cell.row, r.values.amount.cell.col)}`)).toEqual([
    '301@C5',
    '30101@C6',
    '303@C7',
    '30301@C8',
    '302@F5',
    '30201@F6',
    '30202@F7',
    '310@I5',
    '31002@I6',
  ]);
  expect(at(t, 'personnelTotal')).toBe('C9');
  expect(at(t, 'publicTotal')).toBe('I9');
  expect(t.items.personnelTotal.value.toFixed(2)).toBe('706.29');
  expect(t.rows.find((r) => r.code === '301')?.level).toBe(1);
});

/** A T07 三公 table with its two-level merged header (预算数/决算数 per part) and one data row. */
const sangongRows = (title: string): Row[] => [
  [title],
  [null, null, null, null, null, null, null, null, null, null, null, '单位：万元'],
  ['合计', null, '因公出国（境）费', null, '公务用车购置及运行维护费', null, null, null, null, null, '公务接待费'],
  [null, null, null, null, '小计', null, '公务用车购置费', null, '公务用车运行维护费'],
  Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? '预算数' : '决算数')),
  [31, 8.07, null, null, 8, 8, null, null, 8, 8, 23, 0.07],
];
const SANGONG_MERGES = ['A1:L1', 'A3:B4', 'C3:D4', 'E3:J3', 'E4:F4', 'G4:H4', 'I4:J4', 'K3:L4'];

test('T07 三公 header tree: one data row, 预算数/决算数 per part', async () => {
  const rows = sangongRows('一般公共预算财政拨款“三公”经费支出决算表');
  const merges = SANGONG_MERGES;
  const { disclosure } = analyseGrid(await gridOf([{ name: '三公', rows, merges }]));
  const t = disclosure.tables.T07!;
  const cells = Object.fromEntries(Object.entries(t.items).map(([k, f]) => [k, a1(f.cell.row, f.cell.col)]));
  expect(cells).toEqual({
    'budget.total': 'A6',
    'actual.total': 'B6',
    'budget.abroad': 'C6',
    'actual.abroad': 'D6',
    'budget.vehicle': 'E6',
    'actual.vehicle': 'F6',
    'budget.vehiclePurchase': 'G6',
    'actual.vehiclePurchase': 'H6',
    'budget.vehicleOperation': 'I6',
    'actual.vehicleOperation': 'J6',
    'budget.reception': 'K6',
    'actual.reception': 'L6',
  });
  expect(t.items['actual.reception'].value.toFixed(2)).toBe('0.07');
});

test('T08 and T09 on one sheet, both empty with the 本单位无 note', async () => {
  const head = (title: string): Row[] => [
    [title],
    [null, null, null, null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
    [null, null, null, null, '合计', '基本支出', '项目支出'],
    [null, '合计', null, null, null, null, null, null],
    ['注：本单位无相关收支，故本表无数据。'],
    [],
  ];
  const rows = [...head('政府性基金预算财政拨款收入支出决算表'), ...head('国有资本经营预算财政拨款支出决算表')];
  const { mapping, disclosure } = analyseGrid(await gridOf([{ name: '基金和国资', rows, merges: ['E3:G3'] }]));
  const t08 = mapping.tables.find((t) => t.id === 'T08')!;
  const t09 = mapping.tables.find((t) => t.id === 'T09')!;
  expect([t08.range, t09.range]).toEqual(['A1:H6', 'A8:H13']);
  expect(t08.columns).toEqual({ carryIn: 3, income: 4, expTotal: 5, expBasic: 6, expProject: 7, carryOut: 8 });
  expect(t09.totalRow).toBe(12);
  expect(t08.empty).toBe(true);
  expect(disclosure.tables.T09?.totalRow?.expTotal.state).toBe('blank');
});

describe('bad input', () => {
  test('a .docx renamed .xlsx', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const buf = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(readGridFromBuffer(buf, 'a.xlsx')).rejects.toThrow(/Word 文档.*not an Excel workbook/);
  });
  test('an empty workbook maps to a problem, not an exception', async () => {
    const wb = await gridOf([{ name: 'Sheet1', rows: [] }]);
    const { mapping } = analyseGrid(wb);
    expect(mapping.tables).toEqual([]);
    expect(mapping.problems.filter((p) => p.severity === 'error')).toHaveLength(7);
  });
  test('a sheet of random text', async () => {
    const rows: Row[] = Array.from({ length: 30 }, (_, i) => [
      `随机文字 ${i}`,
      'lorem ipsum',
      i % 3 ? '收入' : '支出合计',
    ]);
    const { mapping } = analyseGrid(await gridOf([{ name: '杂项', rows }]));
    expect(mapping.tables).toEqual([]);
  });
  test('a table with a garbled header lists its missing columns', async () => {
    const rows: Row[] = [
      ['支出决算表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '本年支出合计', '基xx本', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
      ['201', '一般公共服务支出', 10, 10, null, null, null, null],
      ['合计', null, 10, 10],
    ];
    const { mapping } = analyseGrid(await gridOf([{ name: 'S', rows }]));
    const t03 = mapping.tables.find((t) => t.id === 'T03')!;
    expect([t03.missing, t03.missingKeys]).toEqual([['基本支出'], ['basic']]);
    expect(mapping.problems.find((p) => p.code === 'table.fields-missing')?.message).toBe(
      'S（支出决算表）缺少栏目：基本支出',
    );
  });
  test('CSV, legacy .xls/encrypted and empty files are named as such', async () => {
    await expect(readGridFromBuffer(Buffer.from('a,b\n1,2\n'), 'x.xlsx')).rejects.toThrow(/CSV/);
    await expect(readGridFromBuffer(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'x.xls')).rejects.toThrow(
      /加密的工作簿或旧版 \.xls/,
    );
    await expect(readGridFromBuffer(Buffer.alloc(0), 'x.xlsx')).rejects.toBeInstanceOf(GridReadError);
    const good = await xlsxBuffer([{ name: 'A', rows: [['x']] }]);
    await expect(readGridFromBuffer(good.subarray(0, good.length / 2), 'cut.xlsx')).rejects.toThrow(/损坏|corrupt/);
  });
});

describe('template profile from the table titles, with the clues named', () => {
  const mapped = async (title: string) =>
    analyseGrid(await gridOf([{ name: '三公', rows: sangongRows(title), merges: SANGONG_MERGES }])).mapping;

  test('the Shanghai 2024 title (no 一般公共预算) gives shanghai-2024', async () => {
    const m = await mapped('财政拨款“三公”经费支出决算表');
    expect(m.tables.map((t) => t.id)).toEqual(['T07']);
    expect([m.profile, m.profileReason]).toEqual(['shanghai-2024', '按表名判断：“三公”经费表标题不含“一般公共预算”']);
  });

  test('the 2021 national title gives hunan-2021', async () => {
    const m = await mapped('一般公共预算财政拨款“三公”经费支出决算表');
    expect([m.profile, m.profileReason]).toEqual(['hunan-2021', '按表名判断：“三公”经费表标题含“一般公共预算”']);
  });

  test('no table that tells them apart: the default, and the reason says so', async () => {
    const m = analyseGrid(await gridOf([{ name: 'x', rows: [['无关内容']] }])).mapping;
    expect([m.profile, m.profileReason]).toEqual(['hunan-2021', '表名不足以判断，按默认格式']);
  });
});
