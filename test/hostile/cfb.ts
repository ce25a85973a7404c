/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) holding empty entries with the given names:
 * enough for the reader to tell an encrypted .xlsx (EncryptionInfo, EncryptedPackage) from a .xls (Workbook) or a
 * .doc (WordDocument) by its directory, as Office writes them.
 */
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export function cfbBytes(names: readonly { name: string; storage?: boolean }[]): Buffer {
  const entries = [{ name: 'Root Entry', type: 5 }, ...names.map((n) => ({ name: n.name, type: n.storage ? 1 : 2 }))];
  const dirSectors = Math.ceil(entries.length / 4);
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  for (let i = 1; i <= dirSectors; i++) fat.writeUInt32LE(i === dirSectors ? END : i + 1, i * 4);
  const dir = Buffer.alloc(512 * dirSectors);
  entries.forEach((e, i) => {
    const p = i * 128;
    const name = Buffer.from(e.name + '\0', 'utf16le');
    name.copy(dir, p);
    dir.writeUInt16LE(name.length, p + 0x40);
    dir[p + 0x42] = e.type;
    dir[p + 0x43] = 1; // black
    dir.writeUInt32LE(NOSTREAM, p + 0x44); // left sibling
    dir.writeUInt32LE(i > 0 && i + 1 < entries.length ? i + 1 : NOSTREAM, p + 0x48); // right sibling: a chain
    dir.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : NOSTREAM, p + 0x4c); // child of the root
    dir.writeUInt32LE(END, p + 0x74); // no data
  });
  return Buffer.concat([header, fat, dir]);
}

/** An encrypted .xlsx as Excel writes it (agile encryption container). */
export const ENCRYPTED_XLSX = () =>
  cfbBytes([{ name: '\u0006DataSpaces', storage: true }, { name: 'EncryptionInfo' }, { name: 'EncryptedPackage' }]);
/** A BIFF8 .xls. */
export const LEGACY_XLS = () =>
  cfbBytes([{ name: 'Workbook' }, { name: '\u0005SummaryInformation' }, { name: '\u0005DocumentSummaryInformation' }]);
/** A Word 97-2003 .doc. */
export const LEGACY_DOC = () => cfbBytes([{ name: 'WordDocument' }, { name: '1Table' }]);
