import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as XLSX from '@e965/xlsx';
import { run } from '../../../src/cli/main';
import { analyseGrid } from '../../../src/core/engine';
import { openWorkbookBytes } from '../../../src/io/open-bytes';
import { readGridFromFile, readWorkbookFile } from '../../../src/io/xlsx';
import { readXlsxGrid } from '../../../src/io/xlsx-read';
import { FileGateway } from '../../../src/web/file-gateway';
import { captureIO } from '../../cli/io';
import { compareGrids } from './parity';

/**
 * Legacy .xls (BIFF8): the samples saved as .xls by SheetJS (as an export from 决算软件 or a published attachment
 * would be), read through conversion into the same Grid as the .xlsx; an encrypted .xls refused clearly.
 */
const SAMPLE = join(__dirname, '../../../samples/heshan-zfb-2021.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'juesuan-xls-'));

function toXls(xlsx: Uint8Array, hide?: string): Uint8Array {
  const wb = XLSX.read(xlsx, { type: 'array', cellFormula: true, cellNF: true });
  if (hide) {
    wb.Workbook ??= {};
    wb.Workbook.Sheets = wb.SheetNames.map((n) => ({ name: n, Hidden: n === hide ? 1 : 0 }));
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
}

const XLSX_BYTES = readFileSync(SAMPLE);
const XLS_BYTES = toXls(XLSX_BYTES);

/** The same .xls with a FILEPASS record (RC4 encryption, MS-XLS 2.4.117) after its first BOF: a password-protected file. */
function encryptedXls(): Uint8Array {
  const cfb = XLSX.CFB.read(XLS_BYTES, { type: 'array' });
  const entry = XLSX.CFB.find(cfb, 'Workbook');
  const stream = Buffer.from(entry.content as Uint8Array);
  const bofLength = stream.readUInt16LE(2);
  const filePass = Buffer.alloc(4 + 54);
  filePass.writeUInt16LE(0x002f, 0);
  filePass.writeUInt16LE(54, 2);
  filePass.writeUInt16LE(1, 4); // wEncryptionType: RC4
  filePass.writeUInt16LE(1, 6); // major version
  filePass.writeUInt16LE(1, 8); // minor version
  entry.content = Buffer.concat([stream.subarray(0, 4 + bofLength), filePass, stream.subarray(4 + bofLength)]);
  entry.size = entry.content.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
}

describe('legacy .xls (BIFF8)', () => {
  test('is an OLE file with a Workbook stream, read into the same Grid as the .xlsx it was saved from', async () => {
    expect([...XLS_BYTES.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const opened = await openWorkbookBytes(XLS_BYTES, 'a.xls');
    expect(opened.convertedFrom).toBe('xls');
    expect([...opened.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // the .xlsx the tool works on from now on
    expect(compareGrids(opened.grid, readXlsxGrid(XLSX_BYTES))).toEqual([]);
  });

  test('maps and models exactly as the .xlsx does', async () => {
    const file = join(dir, '决算.xls');
    writeFileSync(file, XLS_BYTES);
    const fromXls = analyseGrid(await readGridFromFile(file));
    const fromXlsx = analyseGrid(readXlsxGrid(XLSX_BYTES));
    expect(fromXls.mapping.notFound).toEqual([]);
    expect(fromXls.disclosure.tables).toEqual(fromXlsx.disclosure.tables);
  });

  test('a hidden sheet stays hidden', async () => {
    const opened = await openWorkbookBytes(toXls(XLSX_BYTES, '公开09表'), 'h.xls');
    expect(opened.grid.sheets.find((s) => s.name === '公开09表')?.visibility).toBe('hidden');
  });

  test('a command that writes gets an ExcelJS workbook of the converted .xlsx', async () => {
    const file = join(dir, 'w.xls');
    writeFileSync(file, XLS_BYTES);
    const { workbook, convertedFrom, grid } = await readWorkbookFile(file);
    expect(convertedFrom).toBe('xls');
    expect(workbook.worksheets.map((w) => w.name)).toEqual(grid.sheets.map((s) => s.name));
  });

  test('the CLI checks a .xls, and fill writes an .xlsx and says the input was converted', async () => {
    const file = join(dir, 'c.xls');
    writeFileSync(file, XLS_BYTES);
    const check = captureIO();
    const code = await run(['check', file], check);
    const xlsxCheck = captureIO();
    await run(['check', SAMPLE], xlsxCheck);
    expect(code).toBeLessThan(2);
    const same = (text: string, path: string) => text.split(path).join('X');
    expect(same(check.stdout(), file)).toBe(same(xlsxCheck.stdout(), SAMPLE));
    const out = join(dir, 'filled.xlsx');
    const fill = captureIO();
    expect(await run(['fill', file, '-o', out], fill)).toBe(0);
    expect(fill.stderr()).toContain('c.xls 是旧版 Excel 97-2003（.xls）文件，已转换为 .xlsx 读取');
    expect([...readFileSync(out).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  test('the web page holds the .xlsx, named .xlsx, with a note saying so', async () => {
    const gw = await FileGateway.open(XLS_BYTES, '2021年决算.xls');
    expect(gw.name).toBe('2021年决算.xlsx');
    expect(gw.note).toMatch(
      /^2021年决算\.xls 是旧版 Excel 97-2003（\.xls）文件，已转换为 \.xlsx 读取；写出的结果均为 \.xlsx 文件/,
    );
    const saved = await gw.save();
    expect([...saved.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(compareGrids(readXlsxGrid(saved), await gw.read())).toEqual([]);
  });

  test('an encrypted .xls is refused with the password message', async () => {
    await expect(openWorkbookBytes(encryptedXls(), 'locked.xls')).rejects.toMatchObject({
      code: 'encrypted',
      message: expect.stringMatching(/^locked\.xls 设有打开密码（已加密）.*（password-protected workbook/),
    });
  });
});
