import type { SheetVisibility } from '../../core/grid/grid';
import { attributes, decodeXml, eachTag, nextTag, textUntilTag } from './xml';

/** The workbook-level parts: sheet list (with relations), date system, number formats, shared strings. */

export interface SheetEntry {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** The worksheet part's path in the zip (e.g. xl/worksheets/sheet1.xml); undefined for chart sheets and the like. */
  readonly path: string | undefined;
}

const WORKSHEET_REL = /\/worksheet$/;

/** Resolves a relationship target against the folder of the part that holds the relations. */
export function resolveTarget(baseFolder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseFolder}/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export interface Relation {
  readonly type: string;
  readonly target: string;
}

/** Relations by id of a .rels part (targets resolved to zip paths; external targets left out). */
export function readRels(xml: string | undefined, baseFolder: string): Map<string, Relation> {
  const rels = new Map<string, Relation>();
  if (!xml) return rels;
  eachTag(xml, 'Relationship', (a) => {
    if (a.Id && a.Target && a.TargetMode !== 'External')
      rels.set(a.Id, { type: a.Type ?? '', target: resolveTarget(baseFolder, a.Target) });
  });
  return rels;
}

/** The sheets in workbook order, as ExcelJS lists them: worksheets only, each found through its relation. */
export function readSheets(
  workbookXml: string,
  rels: Map<string, Relation>,
): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (let t = nextTag(workbookXml, 0); t; t = nextTag(workbookXml, t.end)) {
    if (t.closing) continue;
    if (t.name === 'workbookPr') {
      const v = attributes(t.attrs).date1904;
      date1904 = v === '1' || v === 'true';
    } else if (t.name === 'sheet') {
      const a = attributes(t.attrs);
      const rel = a.id ? rels.get(a.id) : undefined;
      const state = a.state;
      sheets.push({
        name: a.name ?? '',
        visibility: state === 'veryHidden' ? 'veryHidden' : state === 'hidden' ? 'hidden' : 'visible',
        path: rel && WORKSHEET_REL.test(rel.type) ? rel.target : undefined,
      });
    }
  }
  return { sheets, date1904 };
}

/**
 * Built-in number formats by id, as ExcelJS 4.4 names them (xlsx/defaultnumformats.js): the same format text for
 * the same file. Ids 27–36 and 50–58 (East Asian) have no text there, so the cell reports none.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The number format of each cell style (index = the cell's `s`); General (id 0) is undefined. */
export function readCellFormats(stylesXml: string | undefined): (string | undefined)[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let inCellXfs = false;
  for (let t = nextTag(stylesXml, 0); t; t = nextTag(stylesXml, t.end)) {
    if (t.name === 'cellXfs') inCellXfs = !t.closing && !t.selfClosing;
    else if (t.closing) continue;
    else if (t.name === 'numFmt') {
      const a = attributes(t.attrs);
      // Backslash escapes dropped (\( → (), as ExcelJS reports the format.
      if (a.numFmtId !== undefined && a.formatCode !== undefined)
        custom.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/\\(.)/g, '$1'));
    } else if (t.name === 'xf' && inCellXfs) {
      const id = parseInt(attributes(t.attrs).numFmtId ?? '0', 10);
      formats.push(id ? (custom.get(id) ?? BUILT_IN[id]) : undefined);
    }
  }
  return formats;
}

/** Excel's `_xHHHH_` escape for characters XML cannot hold (shared strings; ExcelJS decodes upper-case hex only). */
export function decodeEscapes(s: string): string {
  return s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * The text of a string item (`<si>` or a cell's `<is>`): its `<t>`, or its rich-text runs joined; phonetic runs
 * (`<rPh>`, the reading of Japanese text) are not part of the value. `from` is just after the opening tag.
 */
export function stringItem(
  xml: string,
  from: number,
  closeName: string,
  escapes: boolean,
): { text: string; end: number } {
  let text = '';
  let phonetic = 0;
  for (let t = nextTag(xml, from); t; t = nextTag(xml, t.end)) {
    if (t.name === closeName && t.closing) return { text, end: t.end };
    if (t.name === 'rPh' && !t.selfClosing) phonetic += t.closing ? -1 : 1;
    else if (t.name === 't' && !t.closing && !t.selfClosing && phonetic === 0) {
      const v = textUntilTag(xml, t.end);
      text += escapes ? decodeEscapes(v.text) : v.text;
    }
  }
  return { text, end: xml.length };
}

export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.name !== 'si' || t.closing) continue;
    if (t.selfClosing) {
      out.push('');
      continue;
    }
    const item = stringItem(xml, t.end, 'si', true);
    out.push(item.text);
    t = { ...t, end: item.end };
  }
  return out;
}

export { decodeXml };
