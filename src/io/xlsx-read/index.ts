import type { Grid, GridSheet } from '../../core/grid/grid';
import { GridReadError, READ_LIMITS, type ReadLimits } from '../limits';
import { readCellFormats, readRels, readSharedStrings, readSheets } from './parts';
import { readSheet, type SheetContext } from './sheet';
import { corrupt, sniffWorkbook } from './sniff';
import { ZipParts, type RawInflate } from './unzip';

export type { RawInflate };

/**
 * The lean .xlsx reader: bytes → Grid without ExcelJS. sniffWorkbook identifies the file and checks the zip's
 * declared sizes; every part is inflated once, capped at its declared size (./unzip.ts); a small scanner reads the
 * workbook's sheet list and relations, the styles' number formats, the shared strings and each worksheet
 * (./sheet.ts). The grid is ExcelJS's cell for cell (test/io/lean/parity.test.ts) but for two ExcelJS defects.
 * No Node or DOM imports: the CLI, the batch workers and the web page all read through it.
 */
export function readXlsxGrid(
  buf: Uint8Array,
  name = '文件',
  limits: Partial<ReadLimits> = {},
  inflate?: RawInflate,
): Grid {
  const all: ReadLimits = { ...READ_LIMITS, ...limits };
  const entries = sniffWorkbook(buf, name, all);
  const zip = new ZipParts(buf, entries, name, inflate);
  try {
    const workbookXml = zip.text('xl/workbook.xml') ?? '';
    const rels = readRels(zip.text('xl/_rels/workbook.xml.rels'), 'xl');
    const { sheets, date1904 } = readSheets(workbookXml, rels);
    const relOf = (type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;
    const ctx: SheetContext = {
      strings: readSharedStrings(zip.text(relOf('sharedStrings') ?? 'xl/sharedStrings.xml')),
      formats: readCellFormats(zip.text(relOf('styles') ?? 'xl/styles.xml')),
      date1904,
      limits: all,
      count: { cells: 0 },
      file: name,
    };
    const out: GridSheet[] = [];
    for (const s of sheets) {
      if (!s.path || !zip.has(s.path)) continue;
      out.push(readSheet(zip.text(s.path) ?? '', s.name, s.visibility, ctx));
    }
    return { sheets: out };
  } catch (e) {
    if (e instanceof GridReadError) throw e;
    throw corrupt(name, e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
}
