import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spawnSync } from 'child_process';
import { run } from '../../src/cli/main';
import { xlsxBuffer } from '../helpers/xlsx';
import { t01, t05 } from '../helpers/tables';
import { captureIO } from './io';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-map-'));
let file: string;

beforeAll(async () => {
  file = join(dir, '测试.xlsx');
  writeFileSync(file, await xlsxBuffer([t01({ sheet: '表一' }).sheet, t05({ sheet: 'Sheet2', split: true }).sheet]));
});

test('map --json lists found and missing tables with their sheet, range and unit', async () => {
  const io = captureIO();
  expect(await run(['map', file, '--json'], io)).toBe(0);
  const j = JSON.parse(io.stdout());
  expect(j.profile).toBe('hunan-2021');
  const byId = Object.fromEntries(j.tables.map((t: { id: string }) => [t.id, t]));
  expect(byId.T01).toMatchObject({ sheet: '表一', range: 'A1:D17', unit: '万元', found: true, missing: [] });
  expect(byId.T05).toMatchObject({ sheet: 'Sheet2', unit: '万元', found: true, rows: 7 });
  expect(byId.T02).toMatchObject({ found: false, sheet: null });
  expect(
    j.problems.some(
      (p: { message: string }) => p.message === '未找到收入决算表（按表名和表头查找，未在任何工作表中找到）',
    ),
  ).toBe(true);
});

test('map prints a readable table', async () => {
  const io = captureIO();
  expect(await run(['map', file], io)).toBe(0);
  expect(io.stdout()).toMatch(/T01\s+收入支出决算总表\s+表一\s+A1:D17\s+万元/);
  expect(io.stdout()).toContain('未找到');
});

test.each([
  [['map', join(dir, 'nope.xlsx')], /找不到文件.*file not found/],
  [['map'], /缺少工作簿文件/],
  [['map', __filename], /不是 \.xlsx 工作簿/],
  [['nosuch'], /未知命令/],
])('unreadable input or bad usage exits 2 with a one-line reason: %j', async (argv, msg) => {
  const io = captureIO();
  expect(await run(argv as string[], io)).toBe(2);
  expect(io.stderr()).toMatch(msg);
  expect(io.stderr().trim().split('\n')).toHaveLength(1);
});

test('the installed bin runs offline (npx juesuan)', () => {
  const r = spawnSync(process.execPath, [join(__dirname, '../../bin/juesuan.js'), 'map', file, '--json'], {
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).tables).toHaveLength(9);
});
