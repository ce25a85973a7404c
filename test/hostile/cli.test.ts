import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/main';
import { captureIO } from '../cli/io';
import { ENCRYPTED_XLSX, LEGACY_XLS } from './cfb';
import { expectOneLineReason } from './limits';
import { deflatedStream, minimalXlsx, sheetRows, spacesDeflate } from './zip';

/** Every hostile file through every command that reads a workbook: exit 2, one line on stderr, nothing written. */
const dir = mkdtempSync(join(tmpdir(), 'juesuan-hostile-cli-'));
const MB = 1024 * 1024;
const files: Record<string, { path: string; reason: RegExp }> = {};

beforeAll(async () => {
  const put = (name: string, bytes: Uint8Array, reason: RegExp) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    files[name] = { path, reason };
  };
  put(
    'bomb.xlsx',
    minimalXlsx({
      name: 'xl/worksheets/sheet1.xml',
      data: spacesDeflate(1024),
      method: 8,
      crc: 0,
      declaredSize: 1024 * MB,
    }),
    /压缩炸弹.*possible zip bomb/,
  );
  put(
    'liar.xlsx',
    minimalXlsx({ name: 'xl/worksheets/sheet1.xml', data: spacesDeflate(64), method: 8, crc: 0, declaredSize: 2048 }),
    /比声明的 2048 字节更大.*possible zip bomb/,
  );
  put(
    'million.xlsx',
    minimalXlsx(await deflatedStream('xl/worksheets/sheet1.xml', sheetRows(1_000_000))),
    /sheet1\.xml 解压后 .* MB，超过 20 MB.*sheet XML/,
  );
  put('locked.xlsx', ENCRYPTED_XLSX(), /设有打开密码（已加密）.*password-protected/);
  // An OLE file with an empty Workbook stream: read as a legacy .xls (SheetJS), refused as damaged.
  put('old.xls', LEGACY_XLS(), /是旧版 \.xls 文件，但已损坏或无法识别.*corrupt legacy \.xls/);
  put('table.csv', Buffer.from('项目,金额\r\n本年收入合计,1217.92\r\n', 'utf8'), /文本\/CSV 文件.*CSV\/text file/);
  const big = join(dir, 'big.xlsx');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 200 * MB);
  closeSync(fd);
  files['big.xlsx'] = { path: big, reason: /有 200 MB，超过 100 MB 的上限.*file too large/ };
});

const COMMANDS: [string, (file: string) => string[]][] = [
  ['check', (f) => ['check', f, '--report', join(dir, 'report.csv')]],
  ['map', (f) => ['map', f]],
  ['fill', (f) => ['fill', f, '-o', join(dir, 'filled.xlsx')]],
  ['draft', (f) => ['draft', f]],
  ['lint', (f) => ['lint', join(dir, 'text.txt'), '--workbook', f]],
];

describe.each(['bomb.xlsx', 'liar.xlsx', 'million.xlsx', 'big.xlsx', 'locked.xlsx', 'old.xls', 'table.csv'])(
  '%s',
  (name) => {
    test.each(COMMANDS)('%s: exit 2 with a one-line Chinese + English reason, nothing written', async (_cmd, argv) => {
      writeFileSync(join(dir, 'text.txt'), '一、收入支出决算总体情况说明\n本年收入合计1217.92万元。\n');
      const io = captureIO();
      const t0 = Date.now();
      const code = await run(argv(files[name].path), io);
      expect(Date.now() - t0).toBeLessThan(3000);
      expect([code, io.stderr()]).toEqual([2, expect.stringMatching(files[name].reason)]);
      expectOneLineReason(io.stderr());
      expect(io.stderr()).toContain(files[name].path);
      expect(io.stdout()).toBe('');
      expect(existsSync(join(dir, 'report.csv'))).toBe(false);
      expect(existsSync(join(dir, 'filled.xlsx'))).toBe(false);
    });
  },
);
