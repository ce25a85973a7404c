import { Inflate } from 'fflate';
import { GridReadError } from '../limits';
import { corrupt, type ZipEntry } from './sniff';

/**
 * Inflating the zip's parts, each once, capped at its declared size: sniffWorkbook has already bounded the declared
 * sizes (zip-bomb limits), so a part that inflates beyond what it declares is refused as soon as it does, never
 * held whole. Compressed data is fed in small chunks so one step can yield at most about 1,032 × CHUNK bytes (the
 * deflate format's largest ratio) before the cap is checked.
 */

/** Inflates raw deflate data, throwing once more than `max` bytes come out (Node: zlib with maxOutputLength). */
export type RawInflate = (data: Uint8Array, max: number) => Uint8Array;

const MIN_CHUNK = 1024;
const MAX_CHUNK = 64 * 1024;
const utf8 = new TextDecoder('utf-8');

export class ZipParts {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly buf: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly name: string,
    private readonly inflate?: RawInflate,
  ) {
    // Part names are case-insensitive in OPC (ECMA-376 part 2, 8.1.1.2).
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }

  /** The part's bytes, or undefined when the zip has no such part. */
  bytes(part: string): Uint8Array | undefined {
    const e = this.byName.get(part.toLowerCase());
    return e && inflateEntry(this.buf, e, this.name, this.inflate);
  }

  /** The part as text (UTF-8, a BOM dropped), or undefined when absent. */
  text(part: string): string | undefined {
    const b = this.bytes(part);
    if (!b) return undefined;
    const s = utf8.decode(b);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }
}

export function inflateEntry(buf: Uint8Array, e: ZipEntry, name: string, native?: RawInflate): Uint8Array {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const h = e.localHeaderOffset;
  if (h + 30 > buf.length || dv.getUint32(h, true) !== 0x04034b50) throw corrupt(name, `bad local header ${e.name}`);
  const start = h + 30 + dv.getUint16(h + 26, true) + dv.getUint16(h + 28, true);
  if (start + e.compressedSize > buf.length) throw corrupt(name, `entry ${e.name} past end of file`);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw corrupt(name, `stored entry ${e.name} has two sizes`);
    return data;
  }
  if (e.method !== 8) throw corrupt(name, `entry ${e.name} uses compression method ${e.method}`);
  const bomb = () =>
    new GridReadError(
      'zip-bomb',
      `${name} 中 ${e.name} 解压后比声明的 ${e.uncompressedSize} 字节更大，文件已被篡改或损坏，已拒绝读取（refused: entry inflates beyond its declared size — possible zip bomb）`,
    );
  if (native) {
    let out: Uint8Array;
    try {
      out = native(data, e.uncompressedSize);
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
      throw corrupt(name, `entry ${e.name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
    if (out.length > e.uncompressedSize) throw bomb();
    return out;
  }
  const out = new Uint8Array(e.uncompressedSize);
  let produced = 0;
  // One push yields at most ~1,032 × its input: chunks of declared/256 keep that within ~4 × the declared size.
  const chunkSize = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(e.uncompressedSize / 256)));
  const inflater = new Inflate((chunk) => {
    if (produced + chunk.length > out.length) throw bomb();
    out.set(chunk, produced);
    produced += chunk.length;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let p = 0; p < data.length; p += chunkSize)
      inflater.push(data.subarray(p, p + chunkSize), p + chunkSize >= data.length);
  } catch (err) {
    if (err instanceof GridReadError) throw err;
    throw corrupt(name, `entry ${e.name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  return produced === out.length ? out : out.subarray(0, produced);
}
