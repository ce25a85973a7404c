import { zipSync, strToU8 } from 'fflate';
import { readXlsxGrid } from '../../../src/io/xlsx-read';
import { readGridFromBytes } from '../../../src/io/xlsx';
import { xlsxFromXml } from './build-xlsx';

/**
 * What other writers than Excel put in files (and ExcelJS cannot read or reads wrong): namespace prefixes (the
 * Open XML SDK writes <x:c>), rows and cells without an r attribute, comments and CDATA, merged cells that carry
 * a value of their own, a formula master that comes after its children, absolute relationship targets.
 */
describe('the lean reader on files from other writers', () => {
  test('prefixed elements, absolute targets and a BOM read like plain ones', () => {
    const x = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8(
        `\uFEFF<?xml version="1.0"?><x:workbook xmlns:x="${x}" xmlns:r="${r}"><x:sheets><x:sheet name="表&lt;1&gt;" sheetId="1" r:id="R1"/></x:sheets></x:workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${r}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="R2" Type="${r}/sharedStrings" Target="/xl/strings.xml"/></Relationships>`,
      ),
      'xl/strings.xml': strToU8(`<x:sst xmlns:x="${x}"><x:si><x:t>项目</x:t></x:si></x:sst>`),
      'xl/worksheets/data.xml': strToU8(
        `<x:worksheet xmlns:x="${x}"><x:sheetData><!-- a comment <c r="Z9"> --><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>12.5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="C2:D2"/></x:mergeCells></x:worksheet>`,
      ),
    });
    const s = readXlsxGrid(bytes).sheets[0];
    expect(s.name).toBe('表<1>');
    expect(s.rows[1]?.map((c) => c?.value)).toEqual([undefined, '项目', 12.5]);
    expect(s.merges).toEqual([{ top: 2, left: 3, bottom: 2, right: 4 }]);
  });

  test('rows and cells without r follow their neighbours; a merged range keeps only its top-left value', () => {
    const bytes = xlsxFromXml({
      sheets: [
        {
          name: 'S',
          data:
            '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>' +
            '<row r="4"><c r="A4"><v>5</v></c><c r="B4"><v>6</v></c></row>',
          after: '<mergeCells count="1"><mergeCell ref="A4:B5"/></mergeCells>',
        },
      ],
    });
    const s = readXlsxGrid(bytes).sheets[0];
    expect(s.rows.map((r) => r?.map((c) => c?.value))).toEqual([
      [1, 2],
      [undefined, undefined, 3, 4],
      undefined,
      [5],
      [],
    ]);
  });

  test('a shared formula whose master comes after a child, CDATA text, Node zlib and fflate alike', () => {
    const bytes = xlsxFromXml({
      sheets: [
        {
          name: 'S',
          data:
            '<row r="1"><c r="B1"><f t="shared" si="3"/><v>2</v></c></row>' +
            '<row r="2"><c r="A2"><f t="shared" ref="A2:B1" si="3">C2*2</f><v>4</v></c><c r="C2" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row>',
        },
      ],
    });
    for (const g of [readXlsxGrid(bytes), readGridFromBytes(bytes)]) {
      const s = g.sheets[0];
      expect(s.rows[0]?.[1]).toMatchObject({ formula: 'D1*2', value: 2 });
      expect(s.rows[1]?.[0]).toMatchObject({ formula: 'C2*2', value: 4 });
      expect(s.rows[1]?.[2]?.value).toBe('a<b');
    }
  });

  test('a cell address past the sheet is refused as damaged, naming the sheet', () => {
    const bytes = xlsxFromXml({ sheets: [{ name: '公开01表', data: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }] });
    expect(() => readXlsxGrid(bytes, 'bad.xlsx')).toThrow(
      /^bad\.xlsx 已损坏.*sheet 公开01表 has an invalid cell address XFE1/,
    );
  });
});
