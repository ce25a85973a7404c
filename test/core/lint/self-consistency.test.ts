import ExcelJS from 'exceljs';
import { join } from 'path';
import { addSupplementary } from '../../../scripts/samples/common';
import { JDFW_2021 } from '../../../scripts/samples/heshan-jdfw-2021.data';
import { ZFB_2021 } from '../../../scripts/samples/heshan-zfb-2021.data';
import { buildJdfw } from '../../../scripts/samples/layout-jdfw';
import { buildNational } from '../../../scripts/samples/layout-national';
import type { SampleData } from '../../../scripts/samples/types';
import { analyseGrid } from '../../../src/core/engine';
import { lintNarrative } from '../../../src/core/lint';
import type { Disclosure } from '../../../src/core/model/types';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { renderText } from '../../../src/core/narrative/render-text';
import { fullDisclosureDocx } from '../../../src/io/docx';
import { readDocxText } from '../../../src/io/docx-text';
import { readGridFromBuffer, readGridFromFile } from '../../../src/io/xlsx';

/**
 * Issue 16, self-consistency: the tool's own draft, linted against the workbook it was drafted from, has no error
 * — for both samples' data, each in both export layouts the sample generator writes (national 公开NN表 in 元; the
 * 万元 export with 3-column 科目 codes), and both profiles. An error here is a false alarm of the linter or a wrong
 * number in the draft; both must be fixed at the root.
 */
const DATA: readonly SampleData[] = [ZFB_2021, JDFW_2021];
const LAYOUTS = { national: buildNational, jdfw: buildJdfw } as const;
const PROFILES = ['hunan-2021', 'shanghai-2024'] as const;

async function disclosureOf(data: SampleData, layout: keyof typeof LAYOUTS): Promise<Disclosure> {
  const wb = new ExcelJS.Workbook();
  LAYOUTS[layout](wb, data);
  addSupplementary(wb, data);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return analyseGrid((await readGridFromBuffer(buf, `${data.id}-${layout}.xlsx`)).grid).disclosure;
}

describe.each(DATA.map((d) => [d.id, d] as const))('lint(draft(%s)) against its workbook', (_id, data) => {
  describe.each(Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[])('%s layout', (layout) => {
    let d: Disclosure;
    beforeAll(async () => {
      d = await disclosureOf(data, layout);
    });
    test.each(PROFILES)('%s: 0 errors, and most numbers verified', (profile) => {
      const text = renderText(draftNarrative(d, { profile }));
      const r = lintNarrative(text, { disclosure: d });
      const errors = r.findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.section} ${f.rule} “${f.quote}”: ${f.message}`)).toEqual([]);
      expect(r.verified).toBeGreaterThan(r.claims * 0.8);
    });
  });
});

describe('the tool’s own full .docx (第一 to 第四部分, 第五部分 where the profile has one), read back as a reviewer would lint it', () => {
  const STRUCTURE = ['numbering', 'template-leftover', 'punctuation', 'report-year', 'percent-sign'];
  test.each(['heshan-zfb-2021', 'heshan-jdfw-2021'].flatMap((s) => PROFILES.map((p) => [s, p] as const)))(
    '%s %s: no numbering or structure finding, no error',
    async (sample, profile) => {
      const grid = await readGridFromFile(join(__dirname, '../../../samples', `${sample}.xlsx`));
      const d = analyseGrid(grid).disclosure;
      const docx = await fullDisclosureDocx(d, draftNarrative(d, { profile }));
      const r = lintNarrative(await readDocxText(Buffer.from(docx)), { disclosure: d });
      const bad = r.findings.filter((f) => STRUCTURE.includes(f.rule) || f.severity === 'error');
      expect(bad.map((f) => `${f.place} ${f.rule} “${f.quote}”: ${f.message}`)).toEqual([]);
    },
  );
});
