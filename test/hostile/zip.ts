import { once } from 'events';
import zlib from 'zlib';

/**
 * A hand-written zip writer for hostile test files: entries are given as stored bytes with the sizes to declare,
 * so a test can build a zip that lies (a declared size smaller than what the data inflates to) or one whose
 * data would inflate to gigabytes, without ever holding the inflated bytes.
 */
export interface RawEntry {
  readonly name: string;
  /** The bytes as stored in the zip (deflated when method is 8). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  /** The uncompressed size written in the headers (the truth, or a lie). */
  readonly declaredSize: number;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export function stored(name: string, text: string | Uint8Array): RawEntry {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, data, method: 0, crc: crc32(data), declaredSize: data.length };
}

export function deflated(name: string, text: string | Uint8Array): RawEntry {
  const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, data: zlib.deflateRawSync(raw), method: 8, crc: crc32(raw), declaredSize: raw.length };
}

/** Deflates text produced piece by piece (never held whole); returns the entry with its true size and CRC. */
export async function deflatedStream(name: string, pieces: Iterable<string>): Promise<RawEntry> {
  const d = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  d.on('data', (b: Buffer) => out.push(b));
  const ended = once(d, 'end');
  let crc = 0;
  let size = 0;
  for (const p of pieces) {
    const b = Buffer.from(p, 'utf8');
    crc = crc32(b, crc);
    size += b.length;
    if (!d.write(b)) await once(d, 'drain');
  }
  d.end();
  await ended;
  return { name, data: Buffer.concat(out), method: 8, crc, declaredSize: size };
}

/**
 * A deflate stream that inflates to `megabytes` MB of spaces, built from one compressed megabyte repeated
 * (about 1 KB each): a gigabyte costs about 1 MB of memory here.
 */
export function spacesDeflate(megabytes: number): Uint8Array {
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const end = Buffer.from([0x03, 0x00]); // a final, empty fixed-Huffman block
  const out = Buffer.alloc(block.length * megabytes + end.length);
  for (let i = 0; i < megabytes; i++) block.copy(out, i * block.length);
  end.copy(out, block.length * megabytes);
  return out;
}

export function zipBytes(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(e.method, 8);
    lh.writeUInt32LE(e.crc >>> 0, 14);
    lh.writeUInt32LE(e.data.length, 18);
    lh.writeUInt32LE(e.declaredSize >>> 0, 22);
    lh.writeUInt16LE(name.length, 26);
    locals.push(lh, name, Buffer.from(e.data));
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(e.method, 10);
    ch.writeUInt32LE(e.crc >>> 0, 16);
    ch.writeUInt32LE(e.data.length, 20);
    ch.writeUInt32LE(e.declaredSize >>> 0, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** The parts of a minimal .xlsx around one worksheet XML entry (name xl/worksheets/sheet1.xml). */
export function minimalXlsx(sheet: RawEntry, extra: readonly RawEntry[] = []): Buffer {
  return zipBytes([
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
    stored(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    stored(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    stored(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '</Relationships>',
    ),
    sheet,
    ...extra,
  ]);
}

/** Rows of one number each, as worksheet XML pieces (10,000 rows a piece). */
export function* sheetRows(rows: number): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  for (let start = 1; start <= rows; start += 10_000) {
    let s = '';
    for (let r = start; r < start + 10_000 && r <= rows; r++) s += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    yield s;
  }
  yield '</sheetData></worksheet>';
}
