import { mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readGridFromBuffer, readWorkbookFile, READ_LIMITS, cfbEntryNames, readZipDirectory } from '../../src/io/xlsx';
import { xlsxBuffer } from '../helpers/xlsx';
import { ENCRYPTED_XLSX, LEGACY_DOC, LEGACY_XLS, cfbBytes } from './cfb';
import { refused } from './limits';
import {
  deflated,
  deflatedStream,
  minimalXlsx,
  sheetRows,
  spacesDeflate,
  stored,
  zipBytes,
  type RawEntry,
} from './zip';

const MB = 1024 * 1024;
const SAMPLE = join(__dirname, '../../samples/heshan-zfb-2021.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'juesuan-hostile-'));

/** A sheet entry whose data inflates to `inflatesMb` MB of spaces, declaring `declared` bytes. */
function bombSheet(inflatesMb: number, declared: number, name = 'xl/worksheets/sheet1.xml'): RawEntry {
  return { name, data: spacesDeflate(inflatesMb), method: 8, crc: 0, declaredSize: declared };
}

describe('zip bombs are refused before inflating', () => {
  test('a 1 MB zip whose sheet declares (and would inflate to) 1 GB: refused from the central directory', async () => {
    const bomb = minimalXlsx(bombSheet(1024, 1024 * MB));
    expect(bomb.length).toBeLessThan(2 * MB);
    const { error, ms, grewBytes } = await refused(() => readGridFromBuffer(bomb, 'bomb.xlsx'), 'zip-bomb');
    expect(error.message).toMatch(/^bomb\.xlsx 解压后过大.*压缩炸弹/);
    expect(ms).toBeLessThan(1000);
    expect(grewBytes).toBeLessThan(64 * MB);
  });

  test('a sheet that lies about its size (declares 4 KB, inflates to 1 GB): stopped at the declared size', async () => {
    const liar = minimalXlsx(bombSheet(1024, 4096));
    expect(readZipDirectory(liar)).toContainEqual(
      expect.objectContaining({ name: 'xl/worksheets/sheet1.xml', uncompressedSize: 4096 }),
    );
    const { error, ms, grewBytes } = await refused(() => readGridFromBuffer(liar, 'liar.xlsx'), 'zip-bomb');
    expect(error.message).toContain('解压后比声明的 4096 字节更大');
    expect(ms).toBeLessThan(2000);
    expect(grewBytes).toBeLessThan(64 * MB);
  });

  test(`an entry compressed more than ${READ_LIMITS.maxCompressionRatio}:1 (6 MB in 6 KB) is refused`, async () => {
    const entry = deflated('xl/sharedStrings.xml', Buffer.alloc(6 * MB, 0x20));
    expect(entry.declaredSize / entry.data.length).toBeGreaterThan(READ_LIMITS.maxCompressionRatio);
    const { error } = await refused(
      () => readGridFromBuffer(minimalXlsx(stored('xl/worksheets/sheet1.xml', '<worksheet/>'), [entry])),
      'zip-bomb',
    );
    expect(error.message).toContain('压缩比超过 200:1');
  });

  test(`more than ${READ_LIMITS.maxUncompressedBytes / MB} MB uncompressed in all is refused`, async () => {
    // Fifteen 10 MB "images" at a plausible ratio (the data is never inflated: refused from the directory).
    const images = Array.from({ length: 15 }, (_, i) => ({
      ...stored(`xl/media/image${i}.png`, Buffer.alloc(100 * 1024, i)),
      method: 8 as const,
      declaredSize: 10 * MB,
    }));
    const { error } = await refused(
      () => readGridFromBuffer(minimalXlsx(stored('xl/worksheets/sheet1.xml', '<worksheet/>'), images)),
      'zip-bomb',
    );
    expect(error.message).toContain(`解压总大小超过 ${READ_LIMITS.maxUncompressedBytes / MB} MB`);
  });

  test(`more than ${READ_LIMITS.maxZipEntries} zip entries is refused`, async () => {
    const many = Array.from({ length: READ_LIMITS.maxZipEntries + 1 }, (_, i) => stored(`x/${i}`, ''));
    const { error } = await refused(() => readGridFromBuffer(minimalXlsx(many[0], many.slice(1))), 'zip-bomb');
    expect(error.message).toContain(`超过 ${READ_LIMITS.maxZipEntries} 个`);
  });
});

describe('huge sheets', () => {
  let millionRows: Buffer;
  beforeAll(async () => {
    millionRows = minimalXlsx(await deflatedStream('xl/worksheets/sheet1.xml', sheetRows(1_000_000)));
  });

  test('the minimal workbook writer makes real workbooks (so the refusals below are about size)', async () => {
    const small = minimalXlsx(await deflatedStream('xl/worksheets/sheet1.xml', sheetRows(10)));
    const { grid } = await readGridFromBuffer(small);
    expect(grid.sheets[0].rows).toHaveLength(10);
    expect(grid.sheets[0].rows[9]?.[0]?.value).toBe(10);
  });

  test('a sheet with a million rows (about 7 MB zipped) is refused before ExcelJS loads it', async () => {
    expect(millionRows.length).toBeLessThan(READ_LIMITS.maxFileBytes);
    const sheet = (readZipDirectory(millionRows) as { name: string; uncompressedSize: number }[]).find(
      (e) => e.name === 'xl/worksheets/sheet1.xml',
    )!;
    expect(sheet.uncompressedSize).toBeGreaterThan(READ_LIMITS.maxSheetXmlBytes);
    const { error, ms, grewBytes } = await refused(() => readGridFromBuffer(millionRows, 'rows.xlsx'), 'zip-bomb');
    expect(error.message).toMatch(/工作表 xl\/worksheets\/sheet1\.xml 解压后 \d+(\.\d)? MB，超过 20 MB/);
    expect(ms).toBeLessThan(500);
    expect(grewBytes).toBeLessThan(64 * MB);
  });

  test(`a sheet under the XML limit but with more than ${READ_LIMITS.maxRowsPerSheet} rows is refused after loading`, async () => {
    const rows = minimalXlsx(
      await deflatedStream('xl/worksheets/sheet1.xml', sheetRows(READ_LIMITS.maxRowsPerSheet + 1)),
    );
    const { error, ms } = await refused(() => readGridFromBuffer(rows, 'rows.xlsx'), 'too-many-cells');
    expect(error.message).toContain(`超过 ${READ_LIMITS.maxRowsPerSheet} 行的上限`);
    expect(ms).toBeLessThan(10_000);
  });

  test('the row and cell limits apply to real workbooks (limits lowered for the sample)', async () => {
    const buf = readFileSync(SAMPLE);
    await refused(() => readGridFromBuffer(buf, 's.xlsx', { maxRowsPerSheet: 20 }), 'too-many-cells');
    const { error } = await refused(() => readGridFromBuffer(buf, 's.xlsx', { maxCells: 500 }), 'too-many-cells');
    expect(error.message).toContain('单元格超过 500 个');
    await expect(readGridFromBuffer(buf, 's.xlsx')).resolves.toBeTruthy();
  });
});

describe('big files', () => {
  test('a 200 MB file is refused from its size without being read', async () => {
    const path = join(dir, 'big.xlsx');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * MB); // sparse: no 200 MB written or held
    closeSync(fd);
    const { error, ms, grewBytes } = await refused(() => readWorkbookFile(path), 'too-large');
    expect(error.message).toContain('有 200 MB，超过 100 MB 的上限');
    expect(ms).toBeLessThan(500);
    expect(grewBytes).toBeLessThan(32 * MB);
  });

  test('bytes over the limit are refused too (the web page passes bytes)', async () => {
    const buf = readFileSync(SAMPLE);
    const { error } = await refused(() => readGridFromBuffer(buf, 's.xlsx', { maxFileBytes: 1000 }), 'too-large');
    expect(error.message).toMatch(/^s\.xlsx 超过 .* MB，无法读取（file too large/);
  });
});

describe('files that are not .xlsx workbooks', () => {
  test('an encrypted workbook, a .xls and a .doc are told apart by their OLE directory', async () => {
    expect(cfbEntryNames(ENCRYPTED_XLSX())).toEqual([
      'Root Entry',
      '\u0006DataSpaces',
      'EncryptionInfo',
      'EncryptedPackage',
    ]);
    const enc = await refused(() => readGridFromBuffer(ENCRYPTED_XLSX(), 'p.xlsx'), 'encrypted');
    expect(enc.error.message).toMatch(/^p\.xlsx 设有打开密码（已加密）.*（password-protected workbook/);
    // A .xls is read through SheetJS (test/io/lean/xls.test.ts); this one's Workbook stream is empty.
    const xls = await refused(() => readGridFromBuffer(LEGACY_XLS(), 'old.xls'), 'corrupt');
    expect(xls.error.message).toMatch(/^old\.xls 是旧版 \.xls 文件，但已损坏或无法识别.*（corrupt legacy \.xls: /);
    const doc = await refused(() => readGridFromBuffer(LEGACY_DOC(), 'a.doc'), 'not-workbook');
    expect(doc.error.message).toContain('不是 Excel 工作簿');
    // A directory spread over two sectors (more than four entries) is walked through the FAT.
    const many = cfbBytes([1, 2, 3, 4, 5, 6].map((i) => ({ name: `S${i}` })).concat([{ name: 'Workbook' }]));
    expect(cfbEntryNames(many)).toContain('Workbook');
    // A cut-off OLE header: the reader cannot tell which, and says both.
    await refused(() => readGridFromBuffer(ENCRYPTED_XLSX().subarray(0, 100), 'x.xls'), 'encrypted-or-xls');
  });

  test('CSV and HTML tables saved as .xls are named as such', async () => {
    const csv = Buffer.from('\uFEFF项目,金额\n本年收入合计,1217.92\n', 'utf8');
    const c = await refused(() => readGridFromBuffer(csv, 'data.csv'), 'csv');
    expect(c.error.message).toMatch(/^data\.csv 是文本\/CSV 文件/);
    const html = Buffer.from('<html><body><table><tr><td>收入</td></tr></table></body></html>', 'utf8');
    const h = await refused(() => readGridFromBuffer(html, 'export.xls'), 'html');
    expect(h.error.message).toContain('网页（HTML/XML）格式的表格');
    await refused(() => readGridFromBuffer(Buffer.from('hello'), 'x.xlsx'), 'not-xlsx');
    await refused(() => readGridFromBuffer(Buffer.alloc(0), 'x.xlsx'), 'empty');
  });

  test('a zip without a workbook, a truncated zip and an entry that does not inflate', async () => {
    await refused(() => readGridFromBuffer(zipBytes([stored('word/document.xml', '<w/>')]), 'a.docx'), 'not-workbook');
    const good = await xlsxBuffer([{ name: 'A', rows: [['x']] }]);
    await refused(() => readGridFromBuffer(good.subarray(0, good.length - 30), 'cut.xlsx'), 'corrupt');
    const garbage: RawEntry = {
      ...stored('xl/worksheets/sheet1.xml', Buffer.from([0xff, 0xff, 0xff])),
      method: 8,
      declaredSize: 10,
    };
    const { error } = await refused(() => readGridFromBuffer(minimalXlsx(garbage), 'bad.xlsx'), 'corrupt');
    expect(error.message).toMatch(/^bad\.xlsx 已损坏或格式无法识别/);
  });

  test('a real workbook still reads, with its central directory as written', async () => {
    const buf = readFileSync(SAMPLE);
    const entries = readZipDirectory(buf);
    expect(Array.isArray(entries) && entries.some((e) => e.name === 'xl/workbook.xml')).toBe(true);
    const { grid } = await readGridFromBuffer(buf);
    expect(grid.sheets.map((s) => s.name)).toContain('公开01表');
    writeFileSync(join(dir, 'copy.xlsx'), buf);
    expect((await readWorkbookFile(join(dir, 'copy.xlsx'))).grid.sheets.length).toBe(grid.sheets.length);
  });
});
