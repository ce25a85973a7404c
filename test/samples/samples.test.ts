import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { buildSamples, SAMPLES } from '../../scripts/build-samples';
import { Dec } from '../../src/core/decimal/dec';
import { readGridFromFile } from '../../src/io/xlsx';
import { tableIdForTitle } from '../../src/core/mapping/detect';
import { readSupplementary } from '../../src/core/supplementary';
import { JDFW_2021 } from '../../scripts/samples/heshan-jdfw-2021.data';
import { ZFB_2021 } from '../../scripts/samples/heshan-zfb-2021.data';
import { SAMPLES_DIR, contents, loadWorkbook, rowWhere, rowsWhere, sheet, value } from './workbook-helpers';

const ZFB = path.join(SAMPLES_DIR, 'heshan-zfb-2021.xlsx');
const JDFW = path.join(SAMPLES_DIR, 'heshan-jdfw-2021.xlsx');

describe('sample 1: 益阳市赫山区人民政府办公室 (national export, 元)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await loadWorkbook(ZFB);
  });

  test('sheets 说明, 公开01表 … 公开09表, 补充信息', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '说明',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `公开0${n}表`),
      '补充信息',
    ]);
  });

  test('公开01表: header lines, 行次/栏次, totals in 元', () => {
    const ws = sheet(wb, '公开01表');
    expect(value(ws, 1, 1)).toBe('收入支出决算总表');
    expect((ws.model as unknown as { merges: string[] }).merges).toContain('A1:F1');
    expect(value(ws, 2, 6)).toBe('公开01表');
    expect(value(ws, 3, 1)).toBe('部门：益阳市赫山区人民政府办公室');
    expect(value(ws, 3, 6)).toBe('金额单位：元');
    expect(value(ws, 6, 1)).toBe('栏次');
    const income = rowWhere(ws, { 1: '本年收入合计' });
    expect(value(ws, income, 3)).toBe(12179200);
    expect(ws.getCell(income, 3).numFmt).toBe('#,##0.00');
    expect(value(ws, rowWhere(ws, { 1: '一、一般公共预算财政拨款收入' }), 3)).toBe(12018000);
    expect(value(ws, rowWhere(ws, { 1: '一、一般公共预算财政拨款收入' }), 2)).toBe(1); // 行次
    expect(value(ws, rowWhere(ws, { 1: '八、其他收入' }), 3)).toBe(161200);
    expect(value(ws, rowWhere(ws, { 1: '二、政府性基金预算财政拨款收入' }), 3)).toBeNull(); // zero left blank
    expect(value(ws, rowWhere(ws, { 1: '年初结转和结余' }), 3)).toBe(2387300);
    const grand = rowWhere(ws, { 1: '总计' });
    expect(value(ws, grand, 3)).toBe(14566500);
    expect(value(ws, grand, 6)).toBe(14566500);
    expect(value(ws, rowWhere(ws, { 4: '本年支出合计' }), 6)).toBe(13440100);
    expect(value(ws, rowWhere(ws, { 4: '年末结转和结余' }), 6)).toBe(1126400);
    expect(value(ws, rowWhere(ws, { 4: '一、一般公共服务支出' }), 6)).toBe(10814500);
    expect(value(ws, rowWhere(ws, { 4: '十九、住房保障支出' }), 6)).toBe(405100);
    expect(value(ws, rowWhere(ws, { 4: '二十四、抗疫特别国债安排的支出' }), 6)).toBeNull();
    expect(String(value(ws, grand + 1, 1))).toMatch(/^注：本表反映/);
  });

  test('公开04表: 年初 split by fund, 支出 by 类 and column', () => {
    const ws = sheet(wb, '公开04表');
    expect(value(ws, 2, 9)).toBe('公开04表');
    const carry = rowWhere(ws, { 1: '年初财政拨款结转和结余' });
    expect(value(ws, carry, 3)).toBe(1038300);
    expect(value(ws, carry + 1, 1)).toBe('一般公共预算财政拨款');
    expect(value(ws, carry + 1, 3)).toBe(1038300);
    expect(value(ws, carry + 2, 3)).toBeNull();
    const exp = rowWhere(ws, { 4: '本年支出合计' });
    expect([6, 7, 8, 9].map((c) => value(ws, exp, c))).toEqual([13056300, 13056300, null, null]);
    expect(value(ws, rowWhere(ws, { 4: '六、科学技术支出' }), 7)).toBe(1190000);
    expect(value(ws, rowWhere(ws, { 1: '总计' }), 3)).toBe(13056300);
  });

  test('科目 tables: code in one column, amounts in 元', () => {
    const t05 = sheet(wb, '公开05表');
    expect(value(t05, 4, 3)).toBe('本年支出');
    expect(value(t05, 5, 3)).toBe('小计');
    const r = rowWhere(t05, { 1: '2010301' });
    expect(value(t05, r, 2)).toBe('行政运行');
    expect([3, 4, 5].map((c) => value(t05, r, c))).toEqual([8865600, 8865600, null]);
    expect(value(t05, rowWhere(t05, { 1: '2210302' }), 3)).toBe(10000);
    expect(value(t05, rowWhere(t05, { 1: '201' }), 3)).toBe(10430700);
    expect(value(t05, rowWhere(t05, { 1: '合计' }), 3)).toBe(13056300);
    const t02 = sheet(wb, '公开02表');
    const total = rowWhere(t02, { 1: '合计' });
    expect([3, 4, 9].map((c) => value(t02, total, c))).toEqual([12179200, 12018000, 161200]);
    expect(value(sheet(wb, '公开03表'), rowWhere(sheet(wb, '公开03表'), { 1: '2010301' }), 3)).toBe(9249400);
  });

  test('公开06表 side by side with 合计 footer; 公开07表 one data row', () => {
    const t06 = sheet(wb, '公开06表');
    expect([4, 7].map((c) => value(t06, 4, c))).toEqual(['公用经费', '公用经费']);
    expect(value(t06, rowWhere(t06, { 1: '人员经费合计' }), 3)).toBe(7062900);
    expect(value(t06, rowWhere(t06, { 4: '公用经费合计' }), 9)).toBe(5993400);
    expect(value(t06, rowWhere(t06, { 4: '30215' }), 6)).toBe(85000);
    expect(value(t06, rowWhere(t06, { 4: '30217' }), 6)).toBe(700);
    expect(value(t06, rowWhere(t06, { 4: '30231' }), 6)).toBe(80000);
    expect(value(t06, rowWhere(t06, { 7: '31002' }), 9)).toBe(62800);
    const t07 = sheet(wb, '公开07表');
    const data = rowWhere(t07, { 1: '金额' });
    // 合计 预算/决算, 出国, 车 小计, 购置, 运行, 接待
    expect(Array.from({ length: 12 }, (_, i) => value(t07, data, 2 + i))).toEqual([
      310000,
      80700,
      null,
      null,
      80000,
      80000,
      null,
      null,
      80000,
      80000,
      230000,
      700,
    ]);
  });

  test('公开08表 / 公开09表 keep headers, a blank 合计 and the 无数据 note', () => {
    for (const [name, word] of [
      ['公开08表', '政府性基金'],
      ['公开09表', '国有资本经营'],
    ]) {
      const ws = sheet(wb, name);
      const total = rowWhere(ws, { 1: '合计' });
      expect([3, 4, 5, 6, 7, 8].map((c) => value(ws, total, c))).toEqual([null, null, null, null, null, null]);
      expect(rowsWhere(ws, { 1: `注：本单位无${word}预算财政拨款收支，故本表无数据。` })).toHaveLength(1);
    }
  });
});

describe('sample 2: 赫山区接待服务中心 (other export, 万元, 3-column codes)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await loadWorkbook(JDFW);
  });

  test('Chinese sheet names in another order, T08 and T09 on one sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '说明',
      '财政拨款收支总表',
      '收入支出决算总表',
      '支出决算表',
      '收入决算表',
      '一般公共预算支出表',
      '基本支出明细表',
      '三公经费表',
      '政府性基金及国资表',
      '补充信息',
    ]);
    const ws = sheet(wb, '政府性基金及国资表');
    expect(rowsWhere(ws, { 1: '政府性基金预算财政拨款收入支出决算表' })).toHaveLength(1);
    expect(rowsWhere(ws, { 1: '国有资本经营预算财政拨款收入支出决算表' })).toHaveLength(1);
  });

  test('T05 with 类 | 款 | 项 columns: 2010301 = 151.06, 项目支出 written 0.00', () => {
    const ws = sheet(wb, '一般公共预算支出表');
    expect(value(ws, 2, 1)).toBe('编制单位：赫山区接待服务中心');
    expect(value(ws, 2, 7)).toBe('单位：万元');
    expect([1, 2, 3].map((c) => value(ws, 5, c))).toEqual(['类', '款', '项']);
    const r = rowWhere(ws, { 1: '201', 2: '03', 3: '01' });
    expect(value(ws, r, 5)).toBe(151.06);
    expect(value(ws, r, 7)).toBe(0);
    expect(ws.getCell(r, 7).numFmt).toBe('#,##0.00');
    const kuan = rowWhere(ws, { 1: '201', 2: '03', 3: '' });
    expect(value(ws, kuan, 3)).toBeNull();
    expect(value(ws, kuan, 5)).toBe(180.76);
    expect(value(ws, rowWhere(ws, { 1: '221', 2: '', 3: '' }), 5)).toBe(2.18);
    expect(String(value(ws, rowWhere(ws, { 1: '201', 2: '03', 3: '99' }), 4))).toContain('\n'); // wrapped name
  });

  test('T06 vertical list with the published 舍位 totals; T01, T04, T07 figures', () => {
    const t06 = sheet(wb, '基本支出明细表');
    expect(value(t06, rowWhere(t06, { 1: '人员经费合计' }), 3)).toBe(60.53);
    expect(value(t06, rowWhere(t06, { 1: '公用经费合计' }), 3)).toBe(129.16);
    expect(value(t06, rowWhere(t06, { 1: '30217' }), 3)).toBe(75.27);
    expect(value(t06, rowWhere(t06, { 1: '30215' }), 3)).toBe(33.26);
    const t01 = sheet(wb, '收入支出决算总表');
    expect(value(t01, rowWhere(t01, { 1: '年初结转和结余' }), 2)).toBe(40.45);
    expect(value(t01, rowWhere(t01, { 1: '一、一般公共预算财政拨款收入' }), 2)).toBe(149.23);
    const grand = rowWhere(t01, { 1: '总计' });
    expect([value(t01, grand, 2), value(t01, grand, 4)]).toEqual([189.68, 189.68]);
    const t04 = sheet(wb, '财政拨款收支总表');
    expect(value(t04, rowWhere(t04, { 1: '年初财政拨款结转和结余' }), 2)).toBe(40.45);
    expect(value(t04, rowWhere(t04, { 3: '八、社会保障和就业支出' }), 5)).toBe(3.83);
    const t07 = sheet(wb, '三公经费表');
    expect(Array.from({ length: 12 }, (_, i) => value(t07, 6, 1 + i))).toEqual([
      75.27, 0, 0, 0, 0, 75.27, 75.27, 0, 0, 0, 0, 75.27,
    ]);
  });

  test('a blank row inside table 03', () => {
    const ws = sheet(wb, '支出决算表');
    const r201 = rowWhere(ws, { 1: '201', 2: '03', 3: '99' });
    expect(Array.from({ length: 10 }, (_, i) => value(ws, r201 + 1, i + 1)).every((v) => v === null)).toBe(true);
    expect(value(ws, r201 + 2, 1)).toBe('208');
  });
});

describe('说明 sheet', () => {
  test.each([
    [ZFB, ZFB_2021],
    [JDFW, JDFW_2021],
  ])('%s lists seed and illustrative figures, and no line reads as a table title', async (file, data) => {
    const ws = sheet(await loadWorkbook(file), '说明');
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts[0]).toContain(data.unitName);
    expect(texts.join('\n')).toContain(String(data.year));
    for (const s of [...data.fromSeed, ...data.illustrative]) expect(texts.some((t) => t.includes(s))).toBe(true);
    expect(texts.filter((t) => tableIdForTitle(t) !== undefined)).toEqual([]);
  });
});

describe('补充信息 of both samples reads back through the core reader', () => {
  test.each([
    [ZFB, ZFB_2021],
    [JDFW, JDFW_2021],
  ])('%s', async (file, data) => {
    const grid = await readGridFromFile(file);
    const { supplementary, problems } = readSupplementary(grid);
    expect(problems).toEqual([]);
    const e = supplementary!.entries;
    expect(Object.keys(e).sort()).toEqual(Object.keys(data.supplementary).sort());
    for (const [key, v] of Object.entries(data.supplementary)) {
      const got = e[key];
      if (got.kind === 'amount') expect(got.figure!.value.eq(Dec.from(String(v)))).toBe(true);
      else if (got.kind === 'text') expect(got.text).toBe(String(v));
      else expect(got.number!.toFixed()).toBe(String(v));
    }
  });
});

describe('rebuilding reproduces the committed samples', () => {
  test('same sheets, cell values, number formats and merges', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-samples-'));
    try {
      const files = await buildSamples(dir);
      expect(files).toHaveLength(SAMPLES.length);
      for (const s of SAMPLES) {
        const built = contents(await loadWorkbook(path.join(dir, s.file)));
        const committed = contents(await loadWorkbook(path.join(SAMPLES_DIR, s.file)));
        expect(built).toEqual(committed);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
