// Reports are read by people in their own time zone: the stamp is this computer's local time with its zone.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { buildReviewWorkbook } from '../../src/batch/review-xlsx';
import { checkCommand } from '../../src/cli/commands/check';
import { xlsxBuffer } from '../helpers/xlsx';
import { t01 } from '../helpers/tables';
import { captureIO } from './io';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-stamp-'));
const STAMP = /(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)（UTC([+-])(\d\d):(\d\d)）/;

/** The stamp's moment, read back as UTC milliseconds; its zone must be this computer's. */
function moment(text: string): number {
  const m = STAMP.exec(text)!;
  expect(m).not.toBeNull();
  const [y, mo, d, h, mi, s, , oh, om] = m.slice(1).map(Number);
  const offset = (m[7] === '-' ? -1 : 1) * (oh * 60 + om);
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
  expect(offset + new Date(utc).getTimezoneOffset()).toBe(0); // (not toBe(-offset): -0 in UTC)
  return utc;
}

test('juesuan check --report stamps the HTML and .xlsx reports in local time with the zone', async () => {
  const bad = t01({ sheet: '总表' });
  const file = join(dir, 'bad.xlsx');
  writeFileSync(file, await xlsxBuffer([bad.sheet]));
  const html = join(dir, 'r.html');
  const xlsx = join(dir, 'r.xlsx');
  for (const report of [html, xlsx]) await checkCommand.run({ positional: [file], flags: { report } }, captureIO());
  const page = readFileSync(html, 'utf8');
  expect(Math.abs(moment(/校验时间：([^<]+)/.exec(page)![1]) - Date.now())).toBeLessThan(120_000);
  // The report prints on A4 by itself.
  expect(page).toMatch(/@page\s*\{\s*size:\s*A4/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const texts: string[] = [];
  wb.getWorksheet('校验摘要')!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
  const stamp = texts.find((t) => STAMP.test(t));
  expect(stamp).toBeDefined();
  expect(Math.abs(moment(stamp!) - Date.now())).toBeLessThan(120_000);
});

test('the batch review workbook shows its ISO time as local time with the zone', async () => {
  const wb = await buildReviewWorkbook([], { reviewedAt: '2026-12-02T06:30:05.000Z', lint: false });
  const rows: string[] = [];
  wb.getWorksheet('说明')!.eachRow((r) => rows.push(`${r.getCell(1).value}=${r.getCell(2).value}`));
  const stamp = rows.find((r) => r.startsWith('审核时间='))!.slice('审核时间='.length);
  expect(moment(stamp)).toBe(Date.parse('2026-12-02T06:30:05.000Z'));
});
