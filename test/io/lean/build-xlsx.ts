import { strToU8, zipSync } from 'fflate';

/**
 * Builds an .xlsx from hand-written part XML with fflate's zip: files ExcelJS cannot produce (a cached formula
 * result of 0, shared formulas, inline strings, prefixed namespaces…) for the lean reader's tests.
 */
export interface XmlSheet {
  readonly name: string;
  /** The <sheetData> content (rows and cells). */
  readonly data: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Extra XML after </sheetData> (mergeCells…) and before it (cols…). */
  readonly after?: string;
  readonly before?: string;
}

export interface XmlWorkbook {
  readonly sheets: readonly XmlSheet[];
  readonly sharedStrings?: readonly string[];
  /** Raw <si> elements (rich text, phonetic runs) appended after sharedStrings. */
  readonly rawSharedStrings?: readonly string[];
  /** Custom number formats by id (ids ≥ 164) and the cellXfs list as numFmtIds (index = style s). */
  readonly numFmts?: Readonly<Record<number, string>>;
  readonly cellXfs?: readonly number[];
  readonly date1904?: boolean;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xlsxFromXml(wb: XmlWorkbook): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string) =>
    (files[name] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`));
  put(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${wb.sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join(
        '',
      )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  put(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    'xl/workbook.xml',
    `<workbook xmlns="${NS}" xmlns:r="${R}">${wb.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${wb.sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  const n = wb.sheets.length;
  put(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wb.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join(
        '',
      )}<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  wb.sheets.forEach((s, i) =>
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<worksheet xmlns="${NS}" xmlns:r="${R}">${s.before ?? ''}<sheetData>${s.data}</sheetData>${s.after ?? ''}</worksheet>`,
    ),
  );
  const sst = [
    ...(wb.sharedStrings ?? []).map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`),
    ...(wb.rawSharedStrings ?? []),
  ];
  put(
    'xl/sharedStrings.xml',
    `<sst xmlns="${NS}" count="${sst.length}" uniqueCount="${sst.length}">${sst.join('')}</sst>`,
  );
  const fmts = Object.entries(wb.numFmts ?? {});
  const xfs = wb.cellXfs ?? [0];
  put(
    'xl/styles.xml',
    `<styleSheet xmlns="${NS}">${fmts.length ? `<numFmts count="${fmts.length}">${fmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` : ''}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('')}</cellXfs></styleSheet>`,
  );
  return zipSync(files);
}
