import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseArgs } from '../../src/cli/command';
import { fillCommand } from '../../src/cli/commands/fill';
import { readGridFromFile } from '../../src/io/xlsx';
import { findSheet, getCell, parseRef } from '../../src/core/grid/grid';
import { t05 } from '../helpers/tables';
import { xlsxBuffer } from '../helpers/xlsx';
import { captureIO } from './io';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-fill-'));
const SHEET = '一般公共预算财政拨款支出决算表';
const { sheet, at } = t05();
let input: string;

beforeAll(async () => {
  // 20103 基本 blanked (to fill), 201 基本 typed wrong (a conflict).
  const rows = sheet.rows.map((r) => [...r]);
  const put = (addr: string, v: number | null) => {
    const p = parseRef(`S!${addr}`)!;
    rows[p.row - 1][p.col - 1] = v;
  };
  put(at['20103:basic'], null);
  put(at['201:basic'], 1000);
  input = join(dir, '决算.xlsx');
  writeFileSync(input, await xlsxBuffer([{ ...sheet, rows }]));
});

const run = async (...argv: string[]) => {
  const io = captureIO();
  const code = await fillCommand.run(parseArgs(argv), io);
  return { code, out: io.stdout() };
};

test('fill --json writes formulas into empty derived cells and lists conflicts; the input is untouched', async () => {
  const original = readFileSync(input);
  const out = join(dir, 'out.xlsx');
  const { code, out: text } = await run(input, '-o', out, '--json');
  expect(code).toBe(0);
  const j = JSON.parse(text);
  expect(j.written).toContainEqual({
    cell: `${SHEET}!${at['20103:basic']}`,
    old: null,
    new: `=SUM(${at['2010301:basic']}:${at['2010399:basic']})`,
  });
  expect(j.conflicts).toContainEqual({ cell: `${SHEET}!${at['201:basic']}`, current: '1000.00', derived: '1043.07' });
  expect(readFileSync(input).equals(original)).toBe(true);
  const grid = await readGridFromFile(out);
  const p = parseRef(`${SHEET}!${at['20103:basic']}`)!;
  expect(getCell(findSheet(grid, SHEET)!, p.row, p.col)).toMatchObject({ value: 1043.07 });
  const typed = parseRef(`${SHEET}!${at['201:basic']}`)!;
  expect(getCell(findSheet(grid, SHEET)!, typed.row, typed.col)?.value).toBe(1000);
});

test('fill --values --overwrite-conflicts writes plain values over conflicts, with a Chinese summary', async () => {
  const out = join(dir, 'values.xlsx');
  const { code, out: text } = await run(input, '-o', out, '--values', '--overwrite-conflicts');
  expect(code).toBe(0);
  expect(text).toMatch(/^\d+ 个单元格已填充，0 处冲突未覆盖/);
  const grid = await readGridFromFile(out);
  const typed = parseRef(`${SHEET}!${at['201:basic']}`)!;
  const cell = getCell(findSheet(grid, SHEET)!, typed.row, typed.col);
  expect(cell?.value).toBe(1043.07);
  expect(cell?.formula).toBeUndefined();
});

test('fill refuses to write over its input and reports unreadable input with exit 2', async () => {
  await expect(run(input, '-o', input)).rejects.toMatchObject({ exitCode: 2 });
  const bad = join(dir, 'bad.xlsx');
  writeFileSync(bad, 'not a workbook');
  await expect(run(bad, '-o', join(dir, 'x.xlsx'))).rejects.toMatchObject({ exitCode: 2 });
  await expect(run(input)).rejects.toMatchObject({ exitCode: 2 });
});
