import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/main';
import { captureIO } from '../cli/io';

/** An unreadable input to prior / consolidate: exit 2, one line naming the file, nothing written. */
const dir = mkdtempSync(join(tmpdir(), 'juesuan-unreadable-'));
const csv = join(dir, 'table.csv');
writeFileSync(csv, '项目,金额\r\n本年收入合计,1217.92\r\n');
const sample = 'samples/heshan-zfb-2021.xlsx';

test.each([
  ['prior --from', ['prior', sample, '--from', csv, '-o', join(dir, 'out.xlsx')]],
  ['consolidate', ['consolidate', sample, csv, '-o', join(dir, 'out.xlsx')]],
  ['consolidate --verify', ['consolidate', '--verify', csv, sample]],
])('%s: exit 2, one line naming the file, nothing written', async (_name, argv) => {
  const io = captureIO();
  expect(await run(argv, io)).toBe(2);
  expect(io.stderr().trim().split('\n')).toHaveLength(1);
  expect(io.stderr()).toContain(csv);
  expect(io.stderr()).toMatch(/CSV/);
  expect(io.stdout()).toBe('');
  expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
});

test('prior refuses a workbook of the same year as --from (the two samples are both 2021)', async () => {
  const io = captureIO();
  const argv = ['prior', sample, '--from', 'samples/heshan-jdfw-2021.xlsx', '-o', join(dir, 'out.xlsx')];
  expect(await run(argv, io)).toBe(2);
  expect(io.stderr()).toMatch(/2021 年度的决算，不早于本年（2021 年度）/);
  expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
});
