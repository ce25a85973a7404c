import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { collectInputs } from '../../src/batch/inputs';
import { runBatch } from '../../src/batch/pool';
import { buildChecklist } from '../../src/batch/reviewer/checklist';
import { matchExpected, parseExpectedUnits } from '../../src/batch/reviewer/expected';
import { chineseDate, noticeText } from '../../src/batch/reviewer/notice';
import { groupRounding } from '../../src/batch/reviewer/rounding';
import type { UnitReview } from '../../src/batch/types';
import { run } from '../../src/cli/main';
import { captureIO } from '../cli/io';
import { CLEAN_UNIT, MUTATED_CELL, ZFB_UNIT, cleanUnit, mutatedZfb, roundedJdfw, sample, truncated } from './units';

const root = mkdtempSync(join(tmpdir(), 'juesuan-reviewer-'));
const round1 = join(root, 'round1');
const round2 = join(root, 'round2');
const expectedFile = join(root, '应报单位.txt');
const MISSING_UNIT = '示例丙单位（未报）';

beforeAll(async () => {
  mkdirSync(round1);
  mkdirSync(round2);
  const clean = await cleanUnit();
  // Round 1: 本年收入合计 wrong in the zfb unit; round 2: that unit fixed, but the jdfw unit now sends a broken file.
  writeFileSync(join(round1, 'zfb.xlsx'), await mutatedZfb());
  writeFileSync(join(round1, 'jdfw.xlsx'), await roundedJdfw());
  writeFileSync(join(round1, 'clean.xlsx'), clean);
  writeFileSync(join(round2, 'zfb.xlsx'), sample('heshan-zfb-2021.xlsx'));
  writeFileSync(join(round2, 'jdfw.xlsx'), truncated());
  writeFileSync(join(round2, 'clean.xlsx'), clean);
  writeFileSync(expectedFile, `# 应报单位\n${ZFB_UNIT}\n${CLEAN_UNIT}\t001\n\n${MISSING_UNIT}\n`);
});

async function reviewsOf(dir: string): Promise<UnitReview[]> {
  return runBatch(await collectInputs([dir], dir), { jobs: 1 });
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rows(wb: ExcelJS.Workbook, name: string): { cells: string[]; hidden: boolean; level: number }[] {
  const ws = wb.getWorksheet(name)!;
  const out: { cells: string[]; hidden: boolean; level: number }[] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? '' : String(v));
    }
    out.push({ cells, hidden: row.hidden, level: row.outlineLevel ?? 0 });
  });
  return out;
}

describe('the reviewer modules on real units', () => {
  let reviews: UnitReview[];
  beforeAll(async () => {
    reviews = await reviewsOf(round1);
  });
  const unit = (file: string) => reviews.find((r) => r.file === file)!;

  it('reads the expected-units list and flags units that did not submit', () => {
    const expected = parseExpectedUnits(readFileSync(expectedFile, 'utf8'));
    expect(expected).toEqual([ZFB_UNIT, CLEAN_UNIT, MISSING_UNIT]);
    const m = matchExpected(reviews, expected);
    expect(m.missing).toEqual([MISSING_UNIT]);
    // The jdfw unit is not on the list: shown, not silently dropped.
    expect(m.unlisted.map((r) => r.file)).toEqual(['jdfw.xlsx']);
    // Full-width and half-width brackets name the same unit.
    expect(matchExpected(reviews, ['示例甲单位', '益阳市赫山区人民政府办公室 ']).missing).toEqual([]);
  });

  it('shows amounts in messages as the pane does: grouped, with their table’s decimals (元 here)', () => {
    const zfb = unit('zfb.xlsx');
    const wrong = zfb.findings.filter((f) => f.source === '校验' && f.cell.includes(MUTATED_CELL));
    expect(wrong.length).toBeGreaterThan(0);
    // 本年收入合计 12189200 元 in the file: shown 12,189,200, never 12189200 or 1218.92 (万元).
    expect(wrong.some((f) => f.message.includes('12,189,200'))).toBe(true);
    // No amount left ungrouped before its unit (科目 codes such as 2010301 are not amounts).
    for (const f of zfb.findings) expect(f.message).not.toMatch(/(?<![\d,.])\d{4,}(?:\.\d+)? ?(?:元|万元)/);
  });

  it('groups 舍位差异 per table, one line with the count where the first stood', () => {
    const jdfw = unit('jdfw.xlsx');
    const lines = groupRounding(jdfw.findings);
    const groups = lines.flatMap((l) => (l.kind === 'rounding-group' ? [l] : []));
    expect(groups.map((g) => [g.table, g.findings.length])).toEqual([
      ['一般公共预算支出表', 5],
      ['补充信息', 1],
    ]);
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(jdfw.counts.rounding);
    // Nothing lost, nothing but rounding grouped.
    expect(lines.filter((l) => l.kind === 'finding')).toHaveLength(jdfw.findings.length - jdfw.counts.rounding);
    expect(groups.every((g) => g.findings.every((f) => f.severity === 'rounding'))).toBe(true);
  });

  it('fails exactly the checklist items whose rule has an error or unexplained warning', () => {
    const list = buildChecklist(reviews);
    const col = (file: string) => list.units.findIndex((u) => u.file === file);
    const result = (file: string, id: string) =>
      list.units[col(file)].results[list.items.findIndex((i) => i.id === id)];
    const zfb = unit('zfb.xlsx');
    const failing = new Set(
      zfb.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule),
    );
    expect(failing.size).toBeGreaterThan(1);
    for (const rule of failing) expect(result('zfb.xlsx', rule)).toBe('否');
    expect(list.units[col('zfb.xlsx')].results.filter((r) => r === '否')).toHaveLength(failing.size);
    expect(list.units[col('clean.xlsx')].results.every((r) => r === '是')).toBe(true);
    expect(result('clean.xlsx', 'tables')).toBe('是');
    // 舍位差异 never fails an item: the jdfw unit fails only through its warnings' rules.
    const jdfwFails = list.units[col('jdfw.xlsx')].results.filter((r) => r === '否').length;
    expect(jdfwFails).toBe(
      new Set(
        unit('jdfw.xlsx')
          .findings.filter((f) => f.severity === 'warning')
          .map((f) => f.rule),
      ).size,
    );
  });

  it('writes a 整改通知 naming each error with its cell, rounding only counted', () => {
    // Named by the reviewer's path; the notice gives the unit its file's name only.
    const text = noticeText(
      { ...unit('zfb.xlsx'), file: 'round1/zfb.xlsx' },
      { date: chineseDate(new Date(2026, 11, 2)) },
    );
    expect(text.split('\n')[0]).toBe(`关于${ZFB_UNIT}2021年度部门决算公开材料的整改通知`);
    expect(text).toContain(`${ZFB_UNIT}：`);
    expect(text).toContain('你单位报送的“zfb.xlsx”存在以下问题');
    expect(text).not.toContain('round1');
    expect(text).toContain('一、需更正的错误');
    expect(text).toContain(MUTATED_CELL);
    expect(text).toContain('二、需更正或说明的警告');
    expect(text.trimEnd().endsWith('2026年12月2日')).toBe(true);
    const jdfw = noticeText(unit('jdfw.xlsx'), { date: '2026年12月2日' });
    expect(jdfw).toContain(`另有舍位差异 ${unit('jdfw.xlsx').counts.rounding} 处`);
    expect(jdfw).not.toContain('需更正的错误');
  });
});

describe('juesuan batch --expected, --previous: two rounds', () => {
  const review1 = join(root, 'review1.xlsx');
  const review2 = join(root, 'review2.xlsx');

  it('round 1 writes the review with 未提交 and grouped rounding, the checklist and the notices', async () => {
    const io = captureIO();
    const code = await run(['batch', round1, '-o', review1, '--expected', expectedFile, '--jobs', '1'], {
      ...io,
      cwd: round1,
    });
    expect(code).toBe(1);
    expect(io.stderr()).toContain(`应报单位中 1 个未提交：${MISSING_UNIT}`);
    expect(io.stdout()).toContain('review1-检查表.xlsx');
    const wb = await load(review1);
    const summary = rows(wb, '汇总');
    expect(summary.at(-1)!.cells.slice(0, 2)).toEqual(['4', MISSING_UNIT]);
    expect(summary.at(-1)!.cells[12]).toBe('未提交');
    expect(rows(wb, '说明').find((r) => r.cells[0] === '未提交')!.cells[1]).toBe('1');

    // 问题清单: one visible line per table for the jdfw unit's rounding, its detail rows hidden one level down.
    const findings = rows(wb, '问题清单');
    const group = findings.find((r) => r.cells[2] === 'jdfw.xlsx' && r.cells[6] === '一般公共预算支出表')!;
    expect(group.cells[0]).toBe('');
    expect(group.cells[7]).toBe('一般公共预算支出表 舍位差异 5 处（无需更正）');
    const i = findings.indexOf(group);
    const details = findings.slice(i + 1, i + 6);
    expect(details.every((r) => r.hidden && r.level === 1 && r.cells[5] === '舍位差异')).toBe(true);
    expect(findings[i + 6].hidden).toBe(false);

    const checklist = await load(join(root, 'review1-检查表.xlsx'));
    const items = rows(checklist, '决算公开检查表');
    expect(items[0].cells.slice(0, 3)).toEqual(['序号', '检查项目', '类别']);
    // One 是否合格 column per unit, in the review's order (clean, jdfw, zfb).
    expect(items[0].cells[3]).toBe(`${CLEAN_UNIT}\n是否合格`);
    expect(items[0].cells[5]).toBe(`${ZFB_UNIT}\n是否合格`);
    expect(items.at(-1)!.cells.slice(1, 6)).toEqual(['全部合格', '', '是', '否', '否']);

    const notices = readdirSync(join(root, 'review1-整改通知')).sort();
    // Units to fix get a notice; the clean one does not.
    expect(notices).toHaveLength(2);
    expect(notices).toContain(`整改通知-${ZFB_UNIT}.txt`);
    expect(readFileSync(join(root, 'review1-整改通知', `整改通知-${ZFB_UNIT}.txt`), 'utf8')).toContain(MUTATED_CELL);
  });

  it('round 2 compares with round 1: 已整改, 仍存在, 新增', async () => {
    const io = captureIO();
    const code = await run(['batch', round2, '-o', review2, '--previous', review1, '--jobs', '1'], {
      ...io,
      cwd: round2,
    });
    expect(code).toBe(1);
    const wb = await load(review2);
    const changes = rows(wb, '整改对比').slice(1);
    const of = (file: string, change: string) => changes.filter((r) => r.cells[2] === file && r.cells[3] === change);
    // zfb: the errors at C31 are fixed, its budget-variance warnings remain.
    expect(of('zfb.xlsx', '已整改').length).toBeGreaterThan(0);
    expect(of('zfb.xlsx', '已整改').some((r) => r.cells[5].includes(MUTATED_CELL))).toBe(true);
    expect(of('zfb.xlsx', '仍存在').length).toBe(6);
    expect(of('zfb.xlsx', '新增')).toHaveLength(0);
    // jdfw: the file cannot be read now — a new problem; its old warnings count as gone from this review.
    expect(of('jdfw.xlsx', '新增').map((r) => r.cells[4])).toEqual(['错误']);
    expect(of('clean.xlsx', '新增')).toHaveLength(0);
    const summary = rows(wb, '汇总');
    expect(summary[0].cells.at(-1)).toBe('与上轮相比');
    const zfbRow = summary.find((r) => r.cells[2] === 'zfb.xlsx')!;
    expect(zfbRow.cells.at(-1)).toMatch(/^已整改 \d+，仍存在 6，新增 0$/);
    const notice = readFileSync(join(root, 'review2-整改通知', `整改通知-${ZFB_UNIT}.txt`), 'utf8');
    expect(notice).toContain('与上轮审核相比：已整改');
    expect(notice).toContain('【仍存在】');
    expect(notice).toContain('上轮指出、本轮已整改的问题');
  });

  it('refuses a --previous that is not a review, and a missing --expected file', async () => {
    for (const argv of [
      ['batch', round2, '--previous', join(round2, 'zfb.xlsx')],
      ['batch', round2, '--expected', join(root, '没有.txt')],
      ['batch', round2, '--expected'],
    ]) {
      const io = captureIO();
      expect(await run(argv, io)).toBe(2);
      expect(io.stderr()).toMatch(/审核表|应报单位名单/);
    }
    expect(existsSync(join(root, 'review2-检查表.xlsx'))).toBe(true);
  });
});
