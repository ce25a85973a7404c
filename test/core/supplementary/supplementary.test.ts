import { Dec } from '../../../src/core/decimal/dec';
import { cellText, getCell, refToString, sheetFromRows, type Grid } from '../../../src/core/grid/grid';
import {
  SUPP_FIELDS,
  SUPP_SHEET_NAME,
  readSupplementary,
  supplementaryTemplatePlan,
  SUPP_COLS,
  SUPP_HEADER_ROW,
  subjectKeys,
} from '../../../src/core/supplementary';
import { applyPlanToGrid, setCell } from './apply-plan';

const SUBJECTS = [
  { code: '2010301', name: '行政运行' },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出' },
];
const empty: Grid = { sheets: [sheetFromRows('公开01表', [['收入支出决算总表']])] };

function fresh(opts: Parameters<typeof supplementaryTemplatePlan>[0] = { subjects: SUBJECTS }): Grid {
  return applyPlanToGrid(empty, supplementaryTemplatePlan(opts));
}

/** Row of a key in the 补充信息 sheet (by the 字段代码 column). */
function rowOf(grid: Grid, key: string, sheetName = SUPP_SHEET_NAME): number {
  const sheet = grid.sheets.find((s) => s.name === sheetName)!;
  for (let r = 1; r <= sheet.rows.length; r++) if (cellText(getCell(sheet, r, SUPP_COLS.key)) === key) return r;
  throw new Error(`key ${key} not in sheet`);
}

function fill(grid: Grid, values: Record<string, string | number>): Grid {
  let g = grid;
  for (const [k, v] of Object.entries(values)) g = setCell(g, SUPP_SHEET_NAME, rowOf(g, k), SUPP_COLS.value, v);
  return g;
}

describe('补充信息 template', () => {
  test('creates the sheet with title, unit line, header and one row per key', () => {
    const plan = supplementaryTemplatePlan({ subjects: SUBJECTS, unitName: '赫山区接待服务中心', year: 2021 });
    expect(plan.createSheets).toEqual([expect.objectContaining({ name: '补充信息', visibility: 'visible' })]);
    const g = applyPlanToGrid(empty, plan);
    const sheet = g.sheets.find((s) => s.name === '补充信息')!;
    expect(cellText(getCell(sheet, 1, 1))).toBe('补充信息（编制情况说明所需的表外数据）');
    expect(cellText(getCell(sheet, 2, 1))).toBe('单位：万元（人数、个数等按实际单位）');
    expect([1, 2, 3, 4, 5].map((c) => cellText(getCell(sheet, SUPP_HEADER_ROW, c)))).toEqual([
      '分组',
      '项目',
      '数值',
      '说明/原因',
      '字段代码（请勿修改）',
    ]);
    const keys = sheet.rows.slice(SUPP_HEADER_ROW).map((r) => cellText(r?.[SUPP_COLS.key - 1]));
    expect(keys).toHaveLength(SUPP_FIELDS.length + 4 * SUBJECTS.length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of SUPP_FIELDS) expect(keys).toContain(f.key);
    // grouped: once a group ends it does not come back
    const groups = sheet.rows.slice(SUPP_HEADER_ROW).map((r) => cellText(r?.[0]));
    const seen: string[] = [];
    for (const gname of groups) if (seen[seen.length - 1] !== gname) seen.push(gname);
    expect(new Set(seen).size).toBe(seen.length);
    // per-科目 lines carry the code and name
    expect(cellText(getCell(sheet, rowOf(g, 'budget.subject.2010301'), SUPP_COLS.label))).toContain('2010301 行政运行');
    const read = readSupplementary(g);
    expect(read.problems).toEqual([]);
    expect(read.supplementary!.entries['unit.name'].text).toBe('赫山区接待服务中心');
    expect(read.supplementary!.entries['unit.year'].text).toBe('2021');
  });

  test('values typed into the template read back by key, with their kinds', () => {
    const g = fill(fresh(), {
      'prior.income.total': 246.08,
      'budget.subject.2010301': '111.46',
      [subjectKeys('2010301').reason]: '调整预算增加39.6万元',
      'threePublic.reception.batches': 510,
      'meeting.persons': '21,000',
      'performance.score': 96,
      'reason.income': '收付实现制',
    });
    const { supplementary, problems } = readSupplementary(g);
    expect(problems).toEqual([]);
    const e = supplementary!.entries;
    expect(e['prior.income.total'].figure!.value.toFixed()).toBe('246.08');
    expect(e['prior.income.total'].figure!.unit).toBe('万元');
    expect(refToString(e['prior.income.total'].cell)).toBe(`补充信息!C${rowOf(g, 'prior.income.total')}`);
    expect(e['budget.subject.2010301'].figure!.value.eq(Dec.from('111.46'))).toBe(true);
    expect(e['reason.subject.2010301'].text).toBe('调整预算增加39.6万元');
    expect(e['threePublic.reception.batches'].number!.toFixed()).toBe('510');
    expect(e['meeting.persons'].number!.toFixed()).toBe('21000');
    expect(e['performance.score'].number!.toFixed()).toBe('96');
    expect(e['reason.income'].kind).toBe('text');
    // blank lines are absent, not zero
    expect(e['prior.expense.total']).toBeUndefined();
    expect(e['budget.subject.2080505']).toBeUndefined();
    expect(Object.keys(e).sort()).toEqual(
      [
        'prior.income.total',
        'budget.subject.2010301',
        'reason.subject.2010301',
        'threePublic.reception.batches',
        'meeting.persons',
        'performance.score',
        'reason.income',
      ].sort(),
    );
  });

  test('a 单位：元 line converts amounts to 万元 exactly; counts are not converted', () => {
    let g = fresh();
    g = setCell(g, SUPP_SHEET_NAME, 2, 1, '单位：元');
    g = fill(g, { 'meeting.amount': 332600, 'prior.grand': '1,234,567.89', 'meeting.persons': 21000 });
    const { supplementary, problems } = readSupplementary(g);
    expect(problems).toEqual([]);
    const m = supplementary!.entries['meeting.amount'].figure!;
    expect(m.unit).toBe('元');
    expect(m.value.eq(Dec.from('33.26'))).toBe(true);
    expect(m.half.toFixed()).toBe('0.0000005'); // ½ 分 in 万元: a General-format number carries 2 decimals, as in the tables
    expect(supplementary!.entries['prior.grand'].figure!.value.eq(Dec.from('123.456789'))).toBe(true);
    expect(supplementary!.entries['meeting.persons'].number!.toFixed()).toBe('21000');
  });

  test('a number that cannot be read is a problem naming the cell, never a silent 0', () => {
    const g = fill(fresh(), { 'prior.income.total': '12..3', 'meeting.count': '三个', 'operatingCost.amount': '-' });
    const g2 = setCell(g, SUPP_SHEET_NAME, rowOf(g, 'procurement.total'), SUPP_COLS.value, { error: '#REF!' });
    const { supplementary, problems } = readSupplementary(g2);
    const bad = problems.filter((p) => p.code === 'supp.invalid-number');
    expect(bad.map((p) => refToString(p.cell!)).sort()).toEqual(
      [
        `补充信息!C${rowOf(g, 'prior.income.total')}`,
        `补充信息!C${rowOf(g, 'meeting.count')}`,
        `补充信息!C${rowOf(g, 'procurement.total')}`,
      ].sort(),
    );
    expect(bad.every((p) => p.severity === 'error' && p.message.includes('补充信息!C'))).toBe(true);
    expect(bad.find((p) => p.cell!.row === rowOf(g, 'procurement.total'))!.message).toContain('#REF!');
    const e = supplementary!.entries;
    expect(e['prior.income.total']).toBeUndefined();
    expect(e['meeting.count']).toBeUndefined();
    expect(e['operatingCost.amount']).toBeUndefined(); // "-" means nothing
  });

  test('a count with decimals is kept but warned about', () => {
    const g = fill(fresh(), { 'meeting.persons': 12.5 });
    const { supplementary, problems } = readSupplementary(g);
    expect(problems.map((p) => p.code)).toEqual(['supp.count-not-integer']);
    expect(supplementary!.entries['meeting.persons'].number!.toFixed()).toBe('12.5');
  });

  test('unknown and repeated keys are warnings naming the cell', () => {
    let g = fresh();
    const sheet = g.sheets.find((s) => s.name === SUPP_SHEET_NAME)!;
    const next = sheet.rows.length + 1;
    g = setCell(g, SUPP_SHEET_NAME, next, SUPP_COLS.key, 'prior.something');
    g = setCell(g, SUPP_SHEET_NAME, next, SUPP_COLS.value, 5);
    g = setCell(g, SUPP_SHEET_NAME, next + 1, SUPP_COLS.key, 'meeting.amount');
    g = setCell(g, SUPP_SHEET_NAME, next + 1, SUPP_COLS.value, 9);
    g = fill(g, { 'meeting.amount': 8.5 });
    const { supplementary, problems } = readSupplementary(g);
    const unknown = problems.find((p) => p.code === 'supp.unknown-key')!;
    expect(unknown.severity).toBe('warning');
    expect(unknown.message).toContain(`补充信息!E${next}`);
    expect(unknown.message).toContain('prior.something');
    const dup = problems.find((p) => p.code === 'supp.duplicate-key')!;
    expect(refToString(dup.cell!)).toBe(`补充信息!E${next + 1}`);
    expect(supplementary!.entries['meeting.amount'].figure!.value.toFixed()).toBe('8.5');
    expect(supplementary!.entries['prior.something']).toBeUndefined();
  });

  test('finds the sheet by its header row, whatever its name and column offset', () => {
    const rows = [
      [undefined, '补充信息'],
      [undefined, '金额单位：千元'],
      [],
      [undefined, '分组', '项目', '数值', '说明', '字段代码'],
      [undefined, '上年数', '上年收入合计', 2460.8, undefined, 'prior.income.total'],
      [undefined, '单位概况', '单位名称', '某某单位', undefined, 'unit.name'],
    ];
    const g: Grid = { sheets: [sheetFromRows('Sheet3', [['x']]), sheetFromRows('表外数据', rows)] };
    const { supplementary, problems } = readSupplementary(g);
    expect(problems).toEqual([]);
    expect(supplementary!.sheet).toBe('表外数据');
    const f = supplementary!.entries['prior.income.total'].figure!;
    expect(f.unit).toBe('千元');
    expect(f.value.toFixed()).toBe('246.08');
    expect(refToString(f.cell)).toBe('表外数据!D5');
    expect(supplementary!.entries['unit.name'].text).toBe('某某单位');
  });

  test('no 补充信息 sheet: nothing read, no error', () => {
    expect(readSupplementary(empty)).toEqual({ problems: [] });
  });

  test('updating an existing sheet adds only the missing lines below it and changes no cell already there', () => {
    let g = fill(fresh({ subjects: [SUBJECTS[0]], unitName: '甲单位' }), {
      'budget.subject.2010301': 111.46,
      'use.subject.2010301': '保障机关运转',
      'prior.operatingCost': 226.76,
      'threePublic.vehicle.fleet': 0,
    });
    g = setCell(g, SUPP_SHEET_NAME, rowOf(g, 'prior.operatingCost'), SUPP_COLS.note, '含食堂经费');
    // The accountant's own additions: a formula in a 数值 cell, and two rows without a key (a working line and a
    // note under the table) — none of which the template knows.
    const formulaRow = rowOf(g, 'meeting.amount');
    g = applyPlanToGrid(g, {
      createSheets: [],
      edits: [{ ref: { sheet: SUPP_SHEET_NAME, row: formulaRow, col: SUPP_COLS.value }, formula: 'C5+C6' }],
    });
    const sheetBefore = g.sheets.find((x) => x.name === SUPP_SHEET_NAME)!;
    const last = sheetBefore.rows.length;
    g = setCell(g, SUPP_SHEET_NAME, last - 1, 6, '核对：与账面一致');
    g = setCell(g, SUPP_SHEET_NAME, last + 2, SUPP_COLS.label, '注：会议费含视频会议。');
    const before = readSupplementary(g).supplementary!;
    expect(before.layout).toEqual({ keyCol: SUPP_COLS.key, valueCol: SUPP_COLS.value, lastRow: last + 2 });

    // a new 科目 list: 2010301 dropped, 2080505 added
    const plan = supplementaryTemplatePlan({
      subjects: [SUBJECTS[1]],
      existing: before,
      unitName: '乙单位',
      year: 2021,
    });
    expect(plan.createSheets).toEqual([]);
    // only the four lines of 2080505 are missing; they go below the last used row, nothing above is written
    expect(new Set(plan.edits.map((e) => e.ref.row))).toEqual(new Set([last + 3, last + 4, last + 5, last + 6]));
    const g2 = applyPlanToGrid(g, plan);
    const oldSheet = g.sheets.find((x) => x.name === SUPP_SHEET_NAME)!;
    const newSheet = g2.sheets.find((x) => x.name === SUPP_SHEET_NAME)!;
    expect(newSheet.rows.slice(0, oldSheet.rows.length)).toEqual(oldSheet.rows);
    const k = subjectKeys('2080505');
    // in template order: 上年决算数 (group 上年数), 年初预算, then 用途 and 原因
    expect([rowOf(g2, k.prior), rowOf(g2, k.budget), rowOf(g2, k.use), rowOf(g2, k.reason)]).toEqual([
      last + 3,
      last + 4,
      last + 5,
      last + 6,
    ]);
    expect(cellText(getCell(newSheet, last + 3, SUPP_COLS.label))).toContain('机关事业单位基本养老保险缴费支出');

    const { supplementary, problems } = readSupplementary(g2);
    expect(problems).toEqual([]);
    expect(supplementary!.notes).toEqual({ 'prior.operatingCost': '含食堂经费' });
    const e = supplementary!.entries;
    expect(e['budget.subject.2010301'].figure!.value.toFixed()).toBe('111.46');
    expect(e['use.subject.2010301'].text).toBe('保障机关运转');
    expect(e['unit.name'].text).toBe('甲单位'); // the value already there is not replaced by the option
    expect(supplementary!.rows![k.budget]).toEqual({ sheet: SUPP_SHEET_NAME, row: last + 4, col: SUPP_COLS.value });

    // nothing missing any more: the next update writes nothing
    expect(supplementaryTemplatePlan({ subjects: [SUBJECTS[1]], existing: supplementary })).toEqual({
      createSheets: [],
      edits: [],
    });
  });

  test('an existing sheet further right gets its missing lines in its own columns', () => {
    const rows = [
      [undefined, '补充信息'],
      [undefined, '单位：万元'],
      [],
      [undefined, '分组', '项目', '数值', '说明', '字段代码'],
      [undefined, '单位概况', '单位名称', '某某单位', undefined, 'unit.name'],
    ];
    const g: Grid = { sheets: [sheetFromRows('表外数据', rows)] };
    const existing = readSupplementary(g).supplementary!;
    const plan = supplementaryTemplatePlan({ existing, year: 2024 });
    expect(plan.edits.every((e) => e.ref.sheet === '表外数据' && e.ref.row > 5 && e.ref.col >= 2)).toBe(true);
    const after = readSupplementary(applyPlanToGrid(g, plan));
    expect(after.problems).toEqual([]);
    const s = after.supplementary!;
    expect(s.entries['unit.name'].text).toBe('某某单位');
    expect(s.entries['unit.year'].text).toBe('2024');
    expect(refToString(s.rows!['unit.year'])).toMatch(/^表外数据!D\d+$/);
    expect(Object.keys(s.rows!).length).toBe(SUPP_FIELDS.length);
  });
});
