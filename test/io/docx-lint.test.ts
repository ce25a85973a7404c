/**
 * The tool's own full document, read back from the .docx as the linter reads any document (`juesuan lint
 * document.docx --workbook same.xlsx`): no error on either sample in the hunan-2021 profile — the printed tables, the
 * 目录 and the headings are read along with the text, and no placeholder key table is left to confuse numbering.
 * (Shanghai-profile documents: see the issue notes; the remaining findings there are the linter's to settle.)
 */
import { join } from 'path';
import { analyseGrid } from '../../src/core/engine';
import { lintNarrative } from '../../src/core/lint';
import { draftNarrative } from '../../src/core/narrative/draft';
import { fullDisclosureDocx } from '../../src/io/docx';
import { readDocxText } from '../../src/io/docx-text';
import { readGridFromFile } from '../../src/io/xlsx';

test.each(['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'])(
  '%s: the full hunan-2021 document lints without error',
  async (file) => {
    const d = analyseGrid(await readGridFromFile(join(__dirname, '../../samples', file))).disclosure;
    const text = await readDocxText(await fullDisclosureDocx(d, draftNarrative(d, { profile: 'hunan-2021' })));
    const r = lintNarrative(text, { disclosure: d });
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.section} ${f.quote}: ${f.message}`)).toEqual([]);
    expect(r.verified).toBeGreaterThan(r.claims * 0.8);
  },
);
