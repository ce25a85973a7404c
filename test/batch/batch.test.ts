import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { writeConsolidated } from '../../scripts/gen-consolidated';
import { runBatch } from '../../src/batch/pool';
import { collectInputs } from '../../src/batch/inputs';
import type { UnitReview } from '../../src/batch/types';
import { run } from '../../src/cli/main';
import { captureIO } from '../cli/io';
import { sheetRows } from './units';

const SAMPLES = join(__dirname, '../../samples');
const root = mkdtempSync(join(tmpdir(), 'juesuan-batch-'));
/** Both samples, a copy of one with 本年收入合计 changed, a truncated file, a clean generated unit, a narrative. */
const dir = join(root, 'units');
const clean = join(root, 'clean');
/** The cell changed in the mutated copy (公开01表 本年收入合计, 1217.92 万元 written in 元). */
const MUTATED_CELL = '公开01表!C31';

beforeAll(async () => {
  mkdirSync(dir);
  mkdirSync(clean);
  copyFileSync(join(SAMPLES, 'heshan-zfb-2021.xlsx'), join(dir, 'heshan-zfb-2021.xlsx'));
  copyFileSync(join(SAMPLES, 'heshan-jdfw-2021.xlsx'), join(dir, 'heshan-jdfw-2021.xlsx'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(SAMPLES, 'heshan-zfb-2021.xlsx'));
  const cell = wb.getWorksheet('公开01表')!.getCell('C31');
  expect(cell.value).toBe(12179200);
  cell.value = 12189200;
  await wb.xlsx.writeFile(join(dir, 'mutated.xlsx'));
  const bytes = readFileSync(join(SAMPLES, 'heshan-jdfw-2021.xlsx'));
  writeFileSync(join(dir, 'truncated.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
  // Narrative beside the jdfw sample: 本年收入合计 right, 本年支出合计 wrong (189.68 in the workbook).
  writeFileSync(
    join(dir, 'heshan-jdfw-2021.txt'),
    '一、收入支出决算总体情况\n2021年度本年收入合计149.23万元，本年支出合计198.68万元。\n',
  );
  await writeConsolidated(join(dir, 'generated.xlsx'), { rows: 60, seed: 7, unitName: '=1+1 示例局' });
  await writeConsolidated(join(clean, 'a.xlsx'), { rows: 40, seed: 1, unitName: '示例甲单位' });
  await writeConsolidated(join(clean, 'b.xlsx'), { rows: 40, seed: 2, unitName: '示例乙单位' });
});

const byFile = (reviews: readonly UnitReview[], name: string) => reviews.find((r) => r.file === name)!;

describe('runBatch on a folder of units', () => {
  let reviews: UnitReview[];
  beforeAll(async () => {
    reviews = await runBatch(await collectInputs([dir], dir), { jobs: 1, lint: true });
  });

  it('takes every workbook of the folder (not the narrative), sorted by name', () => {
    expect(reviews.map((r) => r.file)).toEqual([
      'generated.xlsx',
      'heshan-jdfw-2021.xlsx',
      'heshan-zfb-2021.xlsx',
      'mutated.xlsx',
      'truncated.xlsx',
    ]);
  });

  it('reads unit names, profile and tables from the workbooks', () => {
    expect(byFile(reviews, 'heshan-zfb-2021.xlsx')).toMatchObject({
      unitName: '益阳市赫山区人民政府办公室',
      year: 2021,
      profile: 'hunan-2021',
      tablesFound: 9,
      tablesMissing: [],
    });
    expect(byFile(reviews, 'generated.xlsx').unitName).toBe('=1+1 示例局');
  });

  it('gives 可提交 to a clean unit, 需修改 to units with errors or unexplained warnings', () => {
    expect(byFile(reviews, 'generated.xlsx')).toMatchObject({
      status: '可提交',
      counts: { error: 0, warning: 0 },
    });
    // The zfb sample has warnings (budget variances) and no error.
    const zfb = byFile(reviews, 'heshan-zfb-2021.xlsx');
    expect(zfb.counts.error).toBe(0);
    expect(zfb.counts.warning).toBeGreaterThan(0);
    expect(zfb.status).toBe('需修改');
    const mutated = byFile(reviews, 'mutated.xlsx');
    expect(mutated.status).toBe('需修改');
    expect(mutated.counts.error).toBeGreaterThan(0);
    // The changed cell is named by an error finding, and errors come first.
    expect(mutated.findings[0].severity).toBe('error');
    expect(mutated.findings.some((f) => f.severity === 'error' && f.cell.includes(MUTATED_CELL))).toBe(true);
  });

  it('lints the narrative of the same name beside a workbook', () => {
    const jdfw = byFile(reviews, 'heshan-jdfw-2021.xlsx');
    expect(jdfw.narrative).toEqual({ file: 'heshan-jdfw-2021.txt', claims: 2, verified: 1 });
    const lint = jdfw.findings.filter((f) => f.source === '情况说明');
    expect(lint).toHaveLength(1);
    expect(lint[0]).toMatchObject({ severity: 'error', rule: 'workbook-mismatch' });
    expect(lint[0].cell).toContain('198.68万元');
    expect(lint[0].message).toContain('189.68');
    expect(jdfw.counts.error).toBe(1);
    expect(byFile(reviews, 'heshan-zfb-2021.xlsx').narrative).toBeUndefined();
  });

  it('turns a file that cannot be read into a row with the reason', () => {
    const t = byFile(reviews, 'truncated.xlsx');
    expect(t.status).toBe('无法读取');
    expect(t.readError).toMatch(/损坏/);
    expect(t.findings).toEqual([{ source: '读取', rule: 'read', severity: 'error', cell: '', message: t.readError }]);
  });
});

async function readReview(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('juesuan batch', () => {
  it('writes the review workbook with 汇总 and 问题清单, exit 1 when a unit has errors; 1 and 2 jobs agree', async () => {
    const outs = [join(root, 'review-1.xlsx'), join(root, 'review-2.xlsx')];
    for (const [i, jobs] of ['1', '2'].entries()) {
      const io = captureIO();
      const code = await run(['batch', dir, '-o', outs[i], '--lint', '--jobs', jobs], { ...io, cwd: dir });
      expect(code).toBe(1);
      expect(io.stdout()).toContain('共 5 个工作簿：可提交 1，需修改 3，无法读取 1');
      // Plain progress lines on stderr when not on a terminal.
      expect(io.stderr()).toContain('[5/5]');
    }
    const [one, two] = await Promise.all(outs.map(readReview));
    const summary = sheetRows(one, '汇总');
    expect(summary[0]).toEqual([
      '序号',
      '单位',
      '文件',
      '模板',
      '找到的表',
      '错误',
      '警告',
      '舍位差异',
      '提示',
      '已说明',
      '情况说明',
      '主要问题',
      '状态',
    ]);
    expect(summary).toHaveLength(6);
    const row = (file: string) => summary.find((r) => r[2] === file)!;
    expect(row('generated.xlsx')[12]).toBe('可提交');
    // A unit name that looks like a formula stays text.
    expect(row('generated.xlsx')[1]).toBe("'=1+1 示例局");
    expect(row('mutated.xlsx')[12]).toBe('需修改');
    expect(row('mutated.xlsx')[4]).toBe('9/9');
    expect(Number(row('mutated.xlsx')[5])).toBeGreaterThan(0);
    expect(row('mutated.xlsx')[11]).toMatch(/^1\. /);
    expect(row('truncated.xlsx')[12]).toBe('无法读取');
    expect(row('truncated.xlsx')[11]).toMatch(/损坏/);
    expect(row('heshan-jdfw-2021.xlsx')[10]).toBe('heshan-jdfw-2021.txt（核对 1/2 个数字）');
    expect(row('heshan-zfb-2021.xlsx')[10]).toBe('未找到同名说明文件');

    const findings = sheetRows(one, '问题清单');
    expect(findings[0]).toEqual(['序号', '单位', '文件', '来源', '规则', '严重程度', '单元格/位置', '说明', '建议']);
    const mutatedErrors = findings.filter((r) => r[2] === 'mutated.xlsx' && r[5] === '错误');
    expect(mutatedErrors.length).toBe(Number(row('mutated.xlsx')[5]));
    expect(mutatedErrors.some((r) => r[6].includes(MUTATED_CELL))).toBe(true);
    expect(findings.filter((r) => r[2] === 'truncated.xlsx')).toHaveLength(1);
    expect(findings.filter((r) => r[3] === '情况说明')).toHaveLength(1);
    // Every counted finding has a row (accepted warnings and 提示 included).
    const counted = summary
      .slice(1)
      .reduce((n, r) => n + (r[5] === '' ? 1 : [5, 6, 7, 8, 9].reduce((m, c) => m + Number(r[c]), 0)), 0);
    // (舍位差异 lines grouped per table have no 序号: they head their table's detail rows.)
    expect(findings.filter((r) => r[0] !== '')).toHaveLength(counted + 1);

    expect(sheetRows(two, '汇总')).toEqual(summary);
    expect(sheetRows(two, '问题清单')).toEqual(findings);
  });

  it('prints a machine-readable summary with --json', async () => {
    const io = captureIO();
    const code = await run(['batch', clean, dir, '--json', '--jobs', '1'], io);
    expect(code).toBe(1);
    const j = JSON.parse(io.stdout());
    expect(j).toMatchObject({ output: null, total: 7, submittable: 3, needsChanges: 3, unreadable: 1 });
    const mutated = j.units.find((u: { file: string }) => u.file.endsWith('mutated.xlsx'));
    expect(mutated).toMatchObject({ unit: '益阳市赫山区人民政府办公室', status: '需修改', tablesFound: 9 });
    expect(mutated.error).toBeGreaterThan(0);
    expect(mutated.problems.length).toBeLessThanOrEqual(3);
  });

  it('exits 0 when no unit has errors, 2 without inputs or with a bad --jobs', async () => {
    const ok = captureIO();
    expect(await run(['batch', clean, '--jobs', '1'], ok)).toBe(0);
    expect(ok.stdout()).toContain('可提交 2');
    const empty = join(root, 'empty');
    mkdirSync(empty);
    for (const argv of [
      ['batch'],
      ['batch', empty],
      ['batch', clean, '--jobs', '0'],
      ['batch', clean, '-o', 'x.csv'],
    ]) {
      const io = captureIO();
      expect(await run(argv, io)).toBe(2);
      expect(io.stderr()).not.toBe('');
    }
  });

  it('gives a file named on the command line that does not exist a row with the reason', async () => {
    const io = captureIO();
    expect(await run(['batch', clean, join(root, '没有这个文件.xlsx'), '--json', '--jobs', '1'], io)).toBe(1);
    const missing = JSON.parse(io.stdout()).units.find((u: { file: string }) => u.file.endsWith('没有这个文件.xlsx'));
    expect(missing).toMatchObject({ status: '无法读取', tablesFound: 0 });
    expect(missing.reason).toMatch(/找不到文件/);
  });

  it('skips a review workbook and its checklist left in the folder on the next run', async () => {
    const out = join(clean, 'review.xlsx');
    expect(await run(['batch', clean, '-o', out, '--jobs', '1'], captureIO())).toBe(0);
    const io = captureIO();
    expect(await run(['batch', clean, '--json', '--jobs', '1'], io)).toBe(0);
    expect(JSON.parse(io.stdout()).total).toBe(2);
    expect(io.stderr()).toContain('已跳过 2 个审核表文件');
  });

  it('runs from the compiled lib/ with worker threads (npx juesuan batch)', () => {
    const r = spawnSync(
      process.execPath,
      [join(__dirname, '../../bin/juesuan.js'), 'batch', dir, '--json', '--jobs=2'],
      {
        encoding: 'utf8',
        cwd: dir,
      },
    );
    expect(r.stderr).toContain('[5/5]');
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.units.map((u: { status: string }) => u.status)).toEqual([
      '可提交',
      '需修改',
      '需修改',
      '需修改',
      '无法读取',
    ]);
  });
});
