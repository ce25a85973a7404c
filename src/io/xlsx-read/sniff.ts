import { GridReadError, READ_LIMITS, type ReadLimits } from '../limits';

/**
 * Identifying the bytes before anything is inflated (no Node or ExcelJS imports: the web page uses it too).
 * Files come from many hands, so the bytes are identified (zip, OLE/CFB, text) and the zip's central directory is
 * read: declared sizes, compression ratios and the number of entries are checked against READ_LIMITS. The lean
 * reader (./unzip.ts) then inflates every entry once with a cap at its declared size. docs/reliability.md lists
 * each limit with its message.
 */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: readonly number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

export const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/* ---------------------------------------------------------------- zip central directory */

/** One entry of a zip's central directory (sizes as declared there). */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

/**
 * Reads a zip's central directory without inflating anything (ZIP64 sizes included). Returns undefined when
 * there is no well-formed directory (a truncated or corrupt file).
 */
export function readZipDirectory(
  buf: Uint8Array,
  maxEntries = READ_LIMITS.maxZipEntries,
): ZipEntry[] | 'too-many' | undefined {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u16 = (p: number) => dv.getUint16(p, true);
  const u32 = (p: number) => dv.getUint32(p, true);
  const u64 = (p: number) => Number(dv.getBigUint64(p, true));
  // End of central directory: 22 bytes + a comment of at most 65,535 bytes, at the very end.
  let eocd = -1;
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--)
    if (u32(p) === 0x06054b50 && p + 22 + u16(p + 20) === buf.length) {
      eocd = p;
      break;
    }
  if (eocd < 0) return undefined;
  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(loc) !== 0x07064b50) return undefined;
    const z = u64(loc + 8);
    if (z + 56 > buf.length || u32(z) !== 0x06064b50) return undefined;
    count = u64(z + 32);
    size = u64(z + 40);
    offset = u64(z + 48);
  }
  if (offset + size > buf.length) return undefined;
  if (count > maxEntries) return 'too-many';
  const names = new TextDecoder('utf-8', { fatal: false });
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || u32(p) !== 0x02014b50) return undefined;
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    if (p + 46 + nameLen + extraLen > buf.length) return undefined;
    let compressedSize = u32(p + 20);
    let uncompressedSize = u32(p + 24);
    let localHeaderOffset = u32(p + 42);
    // ZIP64 extra field (id 1): 8-byte values, only for the fields set to 0xFFFFFFFF, in this order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
      const id = u16(x);
      const len = u16(x + 2);
      if (id === 1) {
        let q = x + 4;
        const next = () => (q + 8 <= x + 4 + len ? ((q += 8), u64(q - 8)) : undefined);
        if (uncompressedSize === 0xffffffff) uncompressedSize = next() ?? uncompressedSize;
        if (compressedSize === 0xffffffff) compressedSize = next() ?? compressedSize;
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next() ?? localHeaderOffset;
      }
      x += 4 + len;
    }
    entries.push({
      name: names.decode(buf.subarray(p + 46, p + 46 + nameLen)),
      method: u16(p + 10),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (u16(p + 8) & 1) === 1,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Refuses a zip whose declared sizes would take too much memory to inflate (a zip bomb), before inflating. */
export function checkZipSizes(entries: readonly ZipEntry[], name: string, limits: ReadLimits): void {
  const bomb = (zh: string, en: string) =>
    new GridReadError(
      'zip-bomb',
      `${name} 解压后过大（${zh}），疑似“压缩炸弹”或非决算工作簿，已拒绝读取（refused: ${en} — possible zip bomb）`,
    );
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxUncompressedBytes)
      throw bomb(
        `解压总大小超过 ${mb(limits.maxUncompressedBytes)}`,
        `uncompressed total over ${mb(limits.maxUncompressedBytes)}`,
      );
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name) && e.uncompressedSize > limits.maxSheetXmlBytes)
      throw bomb(
        `工作表 ${e.name} 解压后 ${mb(e.uncompressedSize)}，超过 ${mb(limits.maxSheetXmlBytes)}`,
        `sheet XML ${e.name} over ${mb(limits.maxSheetXmlBytes)}`,
      );
    if (
      e.uncompressedSize > limits.ratioCheckAboveBytes &&
      e.uncompressedSize > limits.maxCompressionRatio * Math.max(1, e.compressedSize)
    )
      throw bomb(
        `${e.name} 压缩比超过 ${limits.maxCompressionRatio}:1`,
        `${e.name} compression ratio over ${limits.maxCompressionRatio}:1`,
      );
  }
}

export function corrupt(name: string, why: string): GridReadError {
  const reason = why
    .replace(/\b\w*Error:\s*/g, '')
    .replace(/[（）\r\n]+/g, ' ')
    .trim();
  return new GridReadError('corrupt', `${name} 已损坏或格式无法识别（corrupt workbook: ${reason}）`);
}

/* ---------------------------------------------------------------- OLE compound files (.xls, encrypted .xlsx) */

/**
 * Names of the entries in an OLE compound file's directory (MS-CFB), or undefined when it cannot be walked.
 * An encrypted .xlsx is such a file with streams "EncryptionInfo" and "EncryptedPackage"; a .xls has "Workbook"
 * (BIFF8) or "Book" (BIFF5); a .doc has "WordDocument".
 */
export function cfbEntryNames(buf: Uint8Array): string[] | undefined {
  if (!startsWith(buf, OLE_MAGIC) || buf.length < 512) return undefined;
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u32 = (p: number) => dv.getUint32(p, true);
  const shift = dv.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sector = 1 << shift;
  const at = (n: number) => (n + 1) * sector;
  // FAT sectors: the first 109 are listed in the header (enough for files up to about 7 MB of 512-byte sectors).
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(0x4c + i * 4);
    if (s >= 0xfffffffa) break;
    fatSectors.push(s);
  }
  const fat = (n: number): number | undefined => {
    const per = sector / 4;
    const s = fatSectors[Math.floor(n / per)];
    const p = s === undefined ? -1 : at(s) + (n % per) * 4;
    return p >= 0 && p + 4 <= buf.length ? u32(p) : undefined;
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = u32(0x30); s < 0xfffffffa;) {
    if (seen.has(s) || seen.size > 10_000) return undefined;
    seen.add(s);
    const base = at(s);
    if (base + sector > buf.length) return undefined;
    for (let e = base; e < base + sector; e += 128) {
      const len = dv.getUint16(e + 0x40, true);
      const type = buf[e + 0x42];
      if (type === 0 || len < 2 || len > 64) continue;
      let n = '';
      for (let i = 0; i + 2 < len; i += 2) n += String.fromCharCode(dv.getUint16(e + i, true));
      names.push(n);
    }
    const next = fat(s);
    if (next === undefined) return undefined;
    s = next;
  }
  return names;
}

/** Names written in UTF-16LE anywhere in the bytes (a fallback when the directory cannot be walked). */
function hasUtf16(buf: Uint8Array, text: string): boolean {
  const seq = [...text].flatMap((c) => [c.charCodeAt(0), 0]);
  return indexOf(buf, seq) >= 0;
}

function indexOf(buf: Uint8Array, seq: readonly number[]): number {
  outer: for (let i = 0; i + seq.length <= buf.length; i++) {
    for (let j = 0; j < seq.length; j++) if (buf[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

function oleError(buf: Uint8Array, name: string): GridReadError {
  const names = cfbEntryNames(buf);
  const has = (n: string) => (names ? names.includes(n) : hasUtf16(buf, n));
  if (has('EncryptionInfo') || has('EncryptedPackage'))
    return new GridReadError(
      'encrypted',
      `${name} 设有打开密码（已加密），请在 Excel 中“文件 > 信息 > 保护工作簿”取消密码后另存为 .xlsx 再试（password-protected workbook: remove the password and save again）`,
    );
  if (has('Workbook') || has('Book'))
    return new GridReadError(
      'xls',
      `${name} 是旧版 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 后再试（legacy .xls file: save as .xlsx）`,
    );
  if (names && names.length > 0)
    return new GridReadError(
      'not-workbook',
      `${name} 是其他 Office 旧格式文件（如 .doc），不是 Excel 工作簿（an old-format Office file, not an Excel workbook）`,
    );
  return new GridReadError(
    'encrypted-or-xls',
    `${name} 是加密的工作簿或旧版 .xls 文件，请在 Excel 中取消密码并另存为 .xlsx 后再试（encrypted workbook or legacy .xls: save as .xlsx without a password）`,
  );
}

/* ---------------------------------------------------------------- identification */

/**
 * Identifies what a buffer is before ExcelJS sees it, so the user gets a reason rather than a stack trace, and
 * checks the zip's declared sizes against the limits. Returns the zip's directory.
 */
export function sniffWorkbook(buf: Uint8Array, name = '文件', limits: ReadLimits = READ_LIMITS): ZipEntry[] {
  if (buf.length === 0) throw new GridReadError('empty', `${name} 是空文件（empty file）`);
  if (buf.length > limits.maxFileBytes)
    throw new GridReadError(
      'too-large',
      `${name} 超过 ${mb(limits.maxFileBytes)}，无法读取（file too large: over ${mb(limits.maxFileBytes)}）`,
    );
  if (startsWith(buf, OLE_MAGIC.slice(0, 4))) throw oleError(buf, name);
  if (!startsWith(buf, ZIP_MAGIC)) throw textError(buf, name);
  const entries = readZipDirectory(buf, limits.maxZipEntries);
  if (entries === 'too-many')
    throw new GridReadError(
      'zip-bomb',
      `${name} 包含的文件部件超过 ${limits.maxZipEntries} 个，不是决算工作簿，已拒绝读取（refused: more than ${limits.maxZipEntries} zip entries）`,
    );
  if (!entries)
    throw new GridReadError(
      'corrupt',
      `${name} 不完整或已损坏（可能未下载完整），请重新导出（truncated or corrupt file）`,
    );
  if (!entries.some((e) => e.name === 'xl/workbook.xml'))
    throw new GridReadError(
      'not-workbook',
      `${name} 是压缩包（可能是改了扩展名的 Word 文档），不是 Excel 工作簿（a zip file, e.g. a renamed .docx, not an Excel workbook）`,
    );
  if (entries.some((e) => e.encrypted))
    throw new GridReadError(
      'encrypted',
      `${name} 的压缩包设有密码，无法读取，请在 Excel 中另存为 .xlsx 再试（password-protected zip entries）`,
    );
  checkZipSizes(entries, name, limits);
  return entries;
}

function textError(buf: Uint8Array, name: string): GridReadError {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(buf.subarray(0, 512)).replace(/^\uFEFF/, '');
  if (/^\s*<(!doctype html|html|table|\?xml[^>]*>\s*<(html|workbook))/i.test(head) || /<table[\s>]/i.test(head))
    return new GridReadError(
      'html',
      `${name} 是网页（HTML/XML）格式的表格，不是 .xlsx 工作簿，请在 Excel 中打开后另存为 .xlsx（HTML/XML spreadsheet, not an .xlsx workbook）`,
    );
  if (/^[^\0]*[,\t][^\0]*\n/.test(head))
    return new GridReadError(
      'csv',
      `${name} 是文本/CSV 文件，不是 .xlsx 工作簿，请在 Excel 中另存为 .xlsx（CSV/text file, not an .xlsx workbook）`,
    );
  return new GridReadError('not-xlsx', `${name} 不是 .xlsx 工作簿（not an .xlsx file）`);
}
